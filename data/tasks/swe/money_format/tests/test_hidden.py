import unittest
from fmt import format_money
from report import total_line

class TestMoney(unittest.TestCase):
    def test_small(self): self.assertEqual(format_money(5), "$5.00")
    def test_million(self): self.assertEqual(format_money(1234567.891), "$1,234,567.89")
    def test_negative(self): self.assertEqual(format_money(-0.5), "-$0.50")
    def test_report(self): self.assertEqual(total_line({"x": -2000}), "Total: -$2,000.00")
