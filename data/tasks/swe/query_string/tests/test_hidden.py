import unittest
from query import parse_query

class TestQuery(unittest.TestCase):
    def test_repeat(self): self.assertEqual(parse_query("x=1&x=2&x=3"), {"x": ["1", "2", "3"]})
    def test_decode(self): self.assertEqual(parse_query("?q=hello+world&s=%21"), {"q": ["hello world"], "s": ["!"]})
    def test_empty(self): self.assertEqual(parse_query(""), {})
    def test_flag(self): self.assertEqual(parse_query("debug&n=1"), {"debug": [""], "n": ["1"]})
