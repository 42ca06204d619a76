import unittest
from rotate import rotate

class TestRotate(unittest.TestCase):
    def test_negative(self): self.assertEqual(rotate([1, 2, 3], -1), [2, 3, 1])
    def test_large(self): self.assertEqual(rotate([1, 2, 3], 7), [3, 1, 2])
    def test_empty(self): self.assertEqual(rotate([], 3), [])
    def test_not_mutated(self):
        xs = [1, 2, 3]; ys = rotate(xs, 0)
        self.assertEqual(ys, [1, 2, 3]); ys.append(4); self.assertEqual(xs, [1, 2, 3])
