from flat import flatten
got = flatten([1, [2, [3, [4]]], 5])
assert got == [1, 2, 3, 4, 5], got
print("check passed")
