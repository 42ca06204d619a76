import os, tempfile, unittest
from concat import concat_files

def write(data):
    fd, p = tempfile.mkstemp(dir=".")
    with os.fdopen(fd, "wb") as f: f.write(data)
    return p

class TestConcat(unittest.TestCase):
    def test_three(self):
        ps = [write(b"1"), write(b"22"), write(b"333")]; out = write(b"old")
        self.assertEqual(concat_files(ps, out), 6)
        self.assertEqual(open(out, "rb").read(), b"122333")
    def test_none(self):
        out = write(b"old"); self.assertEqual(concat_files([], out), 0)
        self.assertEqual(open(out, "rb").read(), b"")
    def test_binary(self):
        out = write(b""); concat_files([write(bytes(range(256)))], out)
        self.assertEqual(open(out, "rb").read(), bytes(range(256)))
