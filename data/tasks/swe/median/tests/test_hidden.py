import unittest
from stats import median

class TestMedian(unittest.TestCase):
    def test_odd_unsorted(self): self.assertEqual(median([9, 1, 5]), 5)
    def test_even(self): self.assertEqual(median([1, 2, 3, 10]), 2.5)
    def test_single(self): self.assertEqual(median([7]), 7)
    def test_empty(self):
        with self.assertRaises(ValueError): median([])
