import unittest
from digits import digit_sum

class TestDigits(unittest.TestCase):
    def test_positive(self): self.assertEqual(digit_sum(9875), 29)
    def test_negative(self): self.assertEqual(digit_sum(-405), 9)
    def test_zero(self): self.assertEqual(digit_sum(0), 0)
