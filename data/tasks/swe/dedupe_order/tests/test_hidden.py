import unittest
from dedupe import dedupe

class TestDedupe(unittest.TestCase):
    def test_order(self): self.assertEqual(dedupe(["b", "a", "b", "c", "a"]), ["b", "a", "c"])
    def test_empty(self): self.assertEqual(dedupe([]), [])
    def test_numbers(self): self.assertEqual(dedupe([5, 4, 5, 3, 4, 9]), [5, 4, 3, 9])
