import unittest
from fractions_util import simplify

class TestSimplify(unittest.TestCase):
    def test_sign(self): self.assertEqual(simplify(3, -6), (-1, 2))
    def test_both_negative(self): self.assertEqual(simplify(-4, -8), (1, 2))
    def test_zero(self): self.assertEqual(simplify(0, 5), (0, 1))
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError): simplify(1, 0)
