import unittest
from kv import parse_kv

class TestKV(unittest.TestCase):
    def test_empty(self): self.assertEqual(parse_kv(" ; ;"), {})
    def test_override(self): self.assertEqual(parse_kv("a=1;a=2"), {"a": "2"})
    def test_equals_in_value(self): self.assertEqual(parse_kv("url=x=y"), {"url": "x=y"})
    def test_bad(self):
        with self.assertRaises(ValueError) as cm: parse_kv("a=1; oops")
        self.assertIn("oops", str(cm.exception))
