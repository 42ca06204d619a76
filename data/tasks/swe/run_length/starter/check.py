from rle import encode, decode
assert encode("aaabcc") == "3a1b2c", encode("aaabcc")
assert decode("3a1b2c") == "aaabcc"
print("check passed")
