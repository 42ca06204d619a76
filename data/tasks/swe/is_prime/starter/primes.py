import math

def is_prime(n: int) -> bool:
    "Trial-division primality test."
    if n < 2: return False
    for d in range(2, math.isqrt(n)):
        if n % d == 0: return False
    return True
