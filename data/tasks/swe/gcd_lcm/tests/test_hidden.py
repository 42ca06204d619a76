import unittest
from numtheory import gcd_all, lcm_all

class TestNumTheory(unittest.TestCase):
    def test_negative(self): self.assertEqual(gcd_all(-8, 12), 4)
    def test_single(self): self.assertEqual((gcd_all(7), lcm_all(7)), (7, 7))
    def test_zero(self): self.assertEqual((gcd_all(0, 0), lcm_all(0, 5)), (0, 0))
    def test_lcm_many(self): self.assertEqual(lcm_all(2, 3, 4, 5), 60)
    def test_empty(self):
        with self.assertRaises(ValueError): gcd_all()
