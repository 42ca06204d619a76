import unittest
from inventory import Inventory

class TestInventory(unittest.TestCase):
    def test_separate(self):
        a, b = Inventory(), Inventory(); a.add("x", 2); b.add("y")
        self.assertEqual((a.items, b.items), ({"x": 2}, {"y": 1}))
    def test_remove(self):
        a = Inventory(); a.add("x", 2); a.remove("x", 2); self.assertEqual(a.items, {})
    def test_remove_too_many(self):
        a = Inventory(); a.add("x")
        with self.assertRaises(ValueError): a.remove("x", 5)
    def test_fresh(self): self.assertEqual(Inventory().total(), 0)
