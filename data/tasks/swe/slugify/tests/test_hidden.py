import unittest
from slug import slugify

class TestSlugify(unittest.TestCase):
    def test_basic(self): self.assertEqual(slugify("Hello World"), "hello-world")
    def test_punctuation_runs(self): self.assertEqual(slugify("a -- b!!c"), "a-b-c")
    def test_strip_ends(self): self.assertEqual(slugify("  --Trim me--  "), "trim-me")
    def test_digits(self): self.assertEqual(slugify("Top 10 Tips"), "top-10-tips")
    def test_empty(self): self.assertEqual(slugify("!!!"), "")
