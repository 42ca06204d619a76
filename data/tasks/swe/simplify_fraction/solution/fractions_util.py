from math import gcd

def simplify(num: int, den: int) -> tuple:
    "Lowest terms, positive denominator."
    if den == 0: raise ZeroDivisionError("denominator is zero")
    if den < 0: num, den = -num, -den
    g = gcd(num, den)
    return (num // g, den // g)
