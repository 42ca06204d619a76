from primes import is_prime
assert not is_prime(9), "9 = 3 * 3"
assert is_prime(7)
print("check passed")
