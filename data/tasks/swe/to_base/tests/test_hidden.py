import unittest
from bases import to_base

class TestBase(unittest.TestCase):
    def test_zero(self): self.assertEqual(to_base(0, 7), "0")
    def test_negative(self): self.assertEqual(to_base(-10, 2), "-1010")
    def test_36(self): self.assertEqual(to_base(35, 36), "z")
    def test_roundtrip(self):
        for n in (1, 99, 12345): self.assertEqual(int(to_base(n, 13), 13), n)
    def test_bad(self):
        with self.assertRaises(ValueError): to_base(3, 1)
