from collections import Counter

def word_frequencies(text: str) -> dict:
    "Count words (runs of letters/apostrophes), case-insensitively."
    words = text.split(" ")
    return dict(Counter(words))
