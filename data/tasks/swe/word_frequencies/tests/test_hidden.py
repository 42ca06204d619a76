import unittest
from wordfreq import word_frequencies

class TestWordFreq(unittest.TestCase):
    def test_case(self): self.assertEqual(word_frequencies("A a A"), {"a": 3})
    def test_punct(self): self.assertEqual(word_frequencies("hi, there; hi."), {"hi": 2, "there": 1})
    def test_apostrophe(self): self.assertEqual(word_frequencies("don't stop"), {"don't": 1, "stop": 1})
    def test_empty(self): self.assertEqual(word_frequencies("   "), {})
