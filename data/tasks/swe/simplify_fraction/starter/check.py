from fractions_util import simplify
assert simplify(6, 8) == (3, 4)
print("check passed")
