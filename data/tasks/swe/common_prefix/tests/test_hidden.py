import unittest
from prefix import longest_common_prefix

class TestPrefix(unittest.TestCase):
    def test_none(self): self.assertEqual(longest_common_prefix(["dog", "car"]), "")
    def test_empty_list(self): self.assertEqual(longest_common_prefix([]), "")
    def test_single(self): self.assertEqual(longest_common_prefix(["alone"]), "alone")
    def test_whole(self): self.assertEqual(longest_common_prefix(["ab", "abc", "abd"]), "ab")
