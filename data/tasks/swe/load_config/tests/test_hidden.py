import json, os, tempfile, unittest
from config import load_config

def write(obj):
    fd, p = tempfile.mkstemp(dir=".", suffix=".json")
    with os.fdopen(fd, "w") as f: json.dump(obj, f)
    return p

class TestConfig(unittest.TestCase):
    def test_untouched(self):
        d = {"a": 1}; load_config(write({"a": 2, "b": 3}), d); self.assertEqual(d, {"a": 1})
    def test_merge(self): self.assertEqual(load_config(write({"b": 3}), {"a": 1}), {"a": 1, "b": 3})
    def test_not_object(self):
        with self.assertRaises(ValueError): load_config(write([1, 2]), {})
