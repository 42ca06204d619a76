import unittest
from matrix import transpose

class TestTranspose(unittest.TestCase):
    def test_square(self): self.assertEqual(transpose([[1, 2], [3, 4]]), [[1, 3], [2, 4]])
    def test_empty(self): self.assertEqual(transpose([]), [])
    def test_ragged(self):
        with self.assertRaises(ValueError): transpose([[1, 2], [3]])
    def test_row(self): self.assertEqual(transpose([[1, 2, 3]]), [[1], [2], [3]])
