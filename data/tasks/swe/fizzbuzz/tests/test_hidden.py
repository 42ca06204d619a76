import unittest
from fizz import fizzbuzz

class TestFizz(unittest.TestCase):
    def test_15(self): self.assertEqual(fizzbuzz(15)[-1], "FizzBuzz")
    def test_len(self): self.assertEqual(len(fizzbuzz(100)), 100)
    def test_zero(self): self.assertEqual(fizzbuzz(0), [])
    def test_counts(self): self.assertEqual(fizzbuzz(30).count("Fizz"), 8)
