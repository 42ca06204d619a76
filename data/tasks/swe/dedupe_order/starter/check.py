from dedupe import dedupe
got = dedupe([3, 1, 3, 2, 1])
assert got == [3, 1, 2], got
print("check passed")
