import unittest
from primes import is_prime

class TestPrime(unittest.TestCase):
    def test_first(self): self.assertEqual([n for n in range(30) if is_prime(n)], [2, 3, 5, 7, 11, 13, 17, 19, 23, 29])
    def test_squares(self): self.assertFalse(any(is_prime(p * p) for p in (2, 3, 5, 7, 11)))
    def test_negative(self): self.assertFalse(is_prime(-7))
    def test_big(self): self.assertTrue(is_prime(7919))
