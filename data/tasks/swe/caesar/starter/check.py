from cipher import caesar
assert caesar("abc", 1) == "bcd", caesar("abc", 1)
print("check passed")
