import unittest
from words import reverse_words

class TestReverseWords(unittest.TestCase):
    def test_basic(self): self.assertEqual(reverse_words("one two three"), "three two one")
    def test_spaces(self): self.assertEqual(reverse_words("  a   b "), "b a")
    def test_single(self): self.assertEqual(reverse_words("word"), "word")
    def test_empty(self): self.assertEqual(reverse_words(""), "")
