from interest import compound
got = compound(1000, 5, 2)
assert got == 1102.5, got
print("check passed")
