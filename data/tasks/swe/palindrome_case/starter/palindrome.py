def is_palindrome(text: str) -> bool:
    "True when `text` reads the same both ways, ignoring case and non-alphanumerics."
    chars = [c for c in text if c.isalnum()]
    return chars == chars[::-1]
