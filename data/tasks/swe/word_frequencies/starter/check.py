from wordfreq import word_frequencies
got = word_frequencies("The cat.  the hat!")
assert got == {"the": 2, "cat": 1, "hat": 1}, got
print("check passed")
