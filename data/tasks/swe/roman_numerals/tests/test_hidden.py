import unittest
from roman import to_roman, from_roman

class TestRoman(unittest.TestCase):
    def test_small(self): self.assertEqual([to_roman(i) for i in (1, 4, 9, 14, 40)], ["I", "IV", "IX", "XIV", "XL"])
    def test_roundtrip(self):
        for n in range(1, 400): self.assertEqual(from_roman(to_roman(n)), n)
    def test_range(self):
        with self.assertRaises(ValueError): to_roman(0)
        with self.assertRaises(ValueError): to_roman(4000)
    def test_from(self): self.assertEqual(from_roman("MMXXIV"), 2024)
