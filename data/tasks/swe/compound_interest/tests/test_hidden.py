import unittest
from interest import compound

class TestCompound(unittest.TestCase):
    def test_zero_years(self): self.assertEqual(compound(100, 7, 0), 100)
    def test_ten(self): self.assertEqual(compound(100, 10, 3), 133.1)
    def test_zero_rate(self): self.assertEqual(compound(250, 0, 5), 250)
