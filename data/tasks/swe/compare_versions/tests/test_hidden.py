import unittest
from semver import compare_versions

class TestCompare(unittest.TestCase):
    def test_numeric(self): self.assertEqual(compare_versions("2.0", "10.0"), -1)
    def test_equal_padding(self): self.assertEqual(compare_versions("1.0", "1.0.0"), 0)
    def test_greater(self): self.assertEqual(compare_versions("1.2.10", "1.2.9"), 1)
    def test_less(self): self.assertEqual(compare_versions("0.9", "0.10"), -1)
