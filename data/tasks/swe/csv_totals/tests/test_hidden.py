import os, tempfile, unittest
from totals import column_totals

def write(text):
    fd, p = tempfile.mkstemp(dir=".", suffix=".csv")
    with os.fdopen(fd, "w", newline="") as f: f.write(text)
    return p

class TestTotals(unittest.TestCase):
    def test_empty_cells(self): self.assertEqual(column_totals(write("a,b\n1,\n2,5\n")), {"a": 3.0, "b": 5.0})
    def test_mixed(self): self.assertEqual(column_totals(write("a,b\n1,x\n2,3\n")), {"a": 3.0})
    def test_header_only(self): self.assertEqual(column_totals(write("a,b\n")), {})
    def test_negative(self): self.assertEqual(column_totals(write("v\n-1.5\n0.5\n")), {"v": -1.0})
