from pairs import two_sum
assert two_sum([2, 7, 11, 15], 9) == (0, 1)
print("check passed")
