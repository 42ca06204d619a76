import unittest
from palindrome import is_palindrome

class TestPalindrome(unittest.TestCase):
    def test_mixed_case(self): self.assertTrue(is_palindrome("Racecar"))
    def test_sentence(self): self.assertTrue(is_palindrome("A man, a plan, a canal: Panama"))
    def test_negative(self): self.assertFalse(is_palindrome("Hello"))
    def test_empty(self): self.assertTrue(is_palindrome(""))
