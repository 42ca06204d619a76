import unittest
from ini import parse_ini

class TestIni(unittest.TestCase):
    def test_comments(self): self.assertEqual(parse_ini("; c\n# d\n[a]\nx=1"), {"a": {"x": "1"}})
    def test_global(self): self.assertEqual(parse_ini("top=1\n[s]\nk = v"), {"": {"top": "1"}, "s": {"k": "v"}})
    def test_empty_section(self): self.assertEqual(parse_ini("[e]\n"), {"e": {}})
    def test_bad_line(self):
        with self.assertRaises(ValueError) as cm: parse_ini("[a]\nx=1\ngarbage")
        self.assertIn("3", str(cm.exception))
