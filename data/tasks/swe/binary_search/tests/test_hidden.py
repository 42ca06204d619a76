import unittest
from search import binary_search

class TestBinarySearch(unittest.TestCase):
    def test_all(self):
        xs = list(range(0, 40, 3))
        for i, x in enumerate(xs): self.assertEqual(binary_search(xs, x), i)
    def test_missing(self): self.assertEqual(binary_search([1, 2, 4], 3), -1)
    def test_single(self): self.assertEqual(binary_search([5], 5), 0)
    def test_empty(self): self.assertEqual(binary_search([], 1), -1)
