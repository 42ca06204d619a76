import re
from collections import Counter

def word_frequencies(text: str) -> dict:
    "Count words (runs of letters/apostrophes), case-insensitively."
    words = re.findall(r"[a-z']+", text.lower())
    return dict(Counter(words))
