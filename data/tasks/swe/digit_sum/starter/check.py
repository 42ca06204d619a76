from digits import digit_sum
assert digit_sum(-123) == 6
print("check passed")
