from rotate import rotate
assert rotate([1, 2, 3, 4], 1) == [4, 1, 2, 3]
print("check passed")
