import os, tempfile, unittest
from logstats import count_levels

def write(text):
    fd, p = tempfile.mkstemp(dir=".", suffix=".log")
    with os.fdopen(fd, "w") as f: f.write(text)
    return p

class TestLevels(unittest.TestCase):
    def test_counts(self):
        p = write("d t WARN a\nd t WARN b\nd t DEBUG c\n")
        self.assertEqual(count_levels(p), {"WARN": 2, "DEBUG": 1})
    def test_short_lines_skipped(self): self.assertEqual(count_levels(write("\njunk\nd t INFO x\n")), {"INFO": 1})
    def test_empty(self): self.assertEqual(count_levels(write("")), {})
