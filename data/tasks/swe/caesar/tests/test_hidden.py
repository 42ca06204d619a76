import unittest
from cipher import caesar

class TestCaesar(unittest.TestCase):
    def test_wrap(self): self.assertEqual(caesar("xyz", 3), "abc")
    def test_case_kept(self): self.assertEqual(caesar("Hello, World!", 5), "Mjqqt, Btwqi!")
    def test_negative(self): self.assertEqual(caesar("abc", -1), "zab")
    def test_large(self): self.assertEqual(caesar("abc", 27), "bcd")
    def test_roundtrip(self): self.assertEqual(caesar(caesar("Secret 42", 13), -13), "Secret 42")
