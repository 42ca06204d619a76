import unittest
from bank import Account

class TestAccount(unittest.TestCase):
    def test_ok(self):
        a = Account("x"); a.deposit(5); self.assertEqual(a.withdraw(2), 3)
    def test_overdraft(self):
        a = Account("x", 1)
        with self.assertRaises(ValueError): a.withdraw(2)
        self.assertEqual(a.balance, 1)
    def test_negative_deposit(self):
        with self.assertRaises(ValueError): Account("x").deposit(-1)
    def test_exact(self): self.assertEqual(Account("x", 3).withdraw(3), 0)
