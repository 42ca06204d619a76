import os, tempfile, unittest
from wc import count_file

def write(text):
    fd, p = tempfile.mkstemp(dir=".", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f: f.write(text)
    return p

class TestWC(unittest.TestCase):
    def test_no_trailing_newline(self): self.assertEqual(count_file(write("a b")), {"lines": 0, "words": 2, "chars": 3})
    def test_unicode(self): self.assertEqual(count_file(write("héllo wörld\n"))["chars"], 12)
    def test_empty(self): self.assertEqual(count_file(write("")), {"lines": 0, "words": 0, "chars": 0})
    def test_blank_lines(self): self.assertEqual(count_file(write("\n\nx\n"))["lines"], 3)
