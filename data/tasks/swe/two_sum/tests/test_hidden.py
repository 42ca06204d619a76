import unittest
from pairs import two_sum

class TestTwoSum(unittest.TestCase):
    def test_none(self): self.assertIsNone(two_sum([1, 2], 10))
    def test_same_value(self): self.assertEqual(two_sum([3, 3], 6), (0, 1))
    def test_smallest_j(self): self.assertEqual(two_sum([1, 5, 4, 2, 3], 6), (0, 1))
    def test_smallest_i(self): self.assertEqual(two_sum([2, 2, 4], 6), (0, 2))
