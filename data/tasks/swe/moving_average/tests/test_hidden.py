import unittest
from smooth import moving_average

class TestMovingAverage(unittest.TestCase):
    def test_full(self): self.assertEqual(moving_average([2, 4, 6], 3), [4.0])
    def test_window_one(self): self.assertEqual(moving_average([1, 2], 1), [1.0, 2.0])
    def test_too_short(self): self.assertEqual(moving_average([1], 2), [])
    def test_bad(self):
        with self.assertRaises(ValueError): moving_average([1], 0)
