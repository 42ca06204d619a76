from smooth import moving_average
got = moving_average([1, 2, 3, 4], 2)
assert got == [1.5, 2.5, 3.5], got
print("check passed")
