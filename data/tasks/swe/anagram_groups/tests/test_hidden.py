import unittest
from anagrams import group_anagrams

class TestAnagrams(unittest.TestCase):
    def test_empty(self): self.assertEqual(group_anagrams([]), [])
    def test_dupes(self): self.assertEqual(group_anagrams(["ab", "ba", "ab"]), [["ab", "ab", "ba"]])
    def test_case(self): self.assertEqual(group_anagrams(["ab", "Ba"]), [["Ba"], ["ab"]])
    def test_order(self): self.assertEqual(group_anagrams(["z", "listen", "silent"]), [["listen", "silent"], ["z"]])
