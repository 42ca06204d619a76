import unittest
from chunks import chunk

class TestChunk(unittest.TestCase):
    def test_exact(self): self.assertEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]])
    def test_big(self): self.assertEqual(chunk([1, 2], 5), [[1, 2]])
    def test_empty(self): self.assertEqual(chunk([], 3), [])
    def test_bad_size(self):
        with self.assertRaises(ValueError): chunk([1], 0)
