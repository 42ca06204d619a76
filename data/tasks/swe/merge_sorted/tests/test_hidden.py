import unittest
from merge import merge_sorted

class TestMerge(unittest.TestCase):
    def test_empty(self): self.assertEqual(merge_sorted([], [1]), [1])
    def test_dupes(self): self.assertEqual(merge_sorted([1, 1], [1]), [1, 1, 1])
    def test_stable(self):
        self.assertEqual(merge_sorted([1.0], [1]), [1.0, 1])
        self.assertIsInstance(merge_sorted([1.0], [1])[0], float)
    def test_long(self): self.assertEqual(merge_sorted(list(range(0, 100, 2)), list(range(1, 100, 2))), list(range(100)))
