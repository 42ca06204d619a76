import unittest
from dates import is_valid_date, is_leap

class TestDates(unittest.TestCase):
    def test_leap_rules(self): self.assertEqual([is_leap(y) for y in (1900, 2000, 2024, 2023)], [False, True, True, False])
    def test_feb(self):
        self.assertFalse(is_valid_date("2100-02-29")); self.assertTrue(is_valid_date("2024-02-29"))
    def test_month(self): self.assertFalse(is_valid_date("2024-13-01"))
    def test_format(self): self.assertFalse(is_valid_date("2024-1-01"))
