from functools import reduce
from math import gcd

def gcd_all(*nums: int) -> int:
    "Greatest common divisor of all arguments."
    if not nums: raise ValueError("need at least one number")
    return reduce(gcd, (abs(n) for n in nums))

def lcm_all(*nums: int) -> int:
    "Least common multiple of all arguments."
    if not nums: raise ValueError("need at least one number")
    return reduce(lambda a, b: a * b // gcd(a, b) if a and b else 0, (abs(n) for n in nums))
