from palindrome import is_palindrome
assert is_palindrome("Racecar"), "Racecar should be a palindrome"
assert not is_palindrome("python")
print("check passed")
