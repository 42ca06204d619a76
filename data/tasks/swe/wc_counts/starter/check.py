from wc import count_file
got = count_file("sample.txt")
assert got == {"lines": 2, "words": 3, "chars": 14}, got
print("check passed")
