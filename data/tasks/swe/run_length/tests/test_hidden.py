import unittest
from rle import encode, decode

class TestRLE(unittest.TestCase):
    def test_encode(self): self.assertEqual(encode("wwwwb"), "4w1b")
    def test_long_run(self): self.assertEqual(encode("x" * 12), "12x")
    def test_decode_long(self): self.assertEqual(decode("12x1y"), "x" * 12 + "y")
    def test_empty(self):
        self.assertEqual(encode(""), "")
        self.assertEqual(decode(""), "")
    def test_roundtrip(self): self.assertEqual(decode(encode("aabbbc  d")), "aabbbc  d")
