import unittest
from csvline import split_csv_line

class TestCsvLine(unittest.TestCase):
    def test_plain(self): self.assertEqual(split_csv_line("1,2,3"), ["1", "2", "3"])
    def test_quotes(self): self.assertEqual(split_csv_line('"say ""hi""",x'), ['say "hi"', "x"])
    def test_empty_fields(self): self.assertEqual(split_csv_line("a,,b,"), ["a", "", "b", ""])
    def test_single(self): self.assertEqual(split_csv_line("solo"), ["solo"])
