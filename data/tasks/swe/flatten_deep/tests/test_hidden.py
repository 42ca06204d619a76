import unittest
from flat import flatten

class TestFlatten(unittest.TestCase):
    def test_deep(self): self.assertEqual(flatten([[[[1]]], 2]), [1, 2])
    def test_flat(self): self.assertEqual(flatten([1, 2]), [1, 2])
    def test_empty_lists(self): self.assertEqual(flatten([[], [[]], 3]), [3])
    def test_strings_kept(self): self.assertEqual(flatten(["ab", ["cd"]]), ["ab", "cd"])
