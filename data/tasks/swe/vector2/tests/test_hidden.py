import unittest
from vector import Vector2

class TestVector(unittest.TestCase):
    def test_sub(self): self.assertEqual(Vector2(5, 5) - Vector2(1, 2), Vector2(4, 3))
    def test_scale_both_sides(self):
        self.assertEqual(Vector2(1, 2) * 3, Vector2(3, 6)); self.assertEqual(2 * Vector2(1, 2), Vector2(2, 4))
    def test_repr(self): self.assertEqual(repr(Vector2(1, 2)), "Vector2(1, 2)")
    def test_neq(self): self.assertNotEqual(Vector2(1, 2), (1, 2))
