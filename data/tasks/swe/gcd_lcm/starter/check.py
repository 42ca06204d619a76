from numtheory import gcd_all, lcm_all
assert gcd_all(12, 18, 24) == 6 and lcm_all(4, 6) == 12
print("check passed")
