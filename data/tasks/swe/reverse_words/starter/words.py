def reverse_words(s: str) -> str:
    "Reverse the order of whitespace-separated words."
    return s[::-1]
