from words import reverse_words
got = reverse_words("hello big world")
assert got == "world big hello", got
print("check passed")
