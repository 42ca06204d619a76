from stats import median
got = median([4, 1, 3, 2])
assert got == 2.5, got
print("check passed")
