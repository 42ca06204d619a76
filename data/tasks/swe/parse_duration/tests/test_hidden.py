import unittest
from duration import parse_duration

class TestDuration(unittest.TestCase):
    def test_minutes(self): self.assertEqual(parse_duration("2m"), 120)
    def test_full(self): self.assertEqual(parse_duration("1h1m1s"), 3661)
    def test_seconds(self): self.assertEqual(parse_duration("45s"), 45)
    def test_bad(self):
        with self.assertRaises(ValueError): parse_duration("5x")
