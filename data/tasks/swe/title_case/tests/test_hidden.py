import unittest
from titles import title_case

class TestTitle(unittest.TestCase):
    def test_first_minor(self): self.assertEqual(title_case("a tale of two cities"), "A Tale of Two Cities")
    def test_plain(self): self.assertEqual(title_case("HELLO world"), "Hello World")
    def test_custom_minor(self): self.assertEqual(title_case("war and peace", minor=()), "War And Peace")
    def test_single(self): self.assertEqual(title_case("the"), "The")
