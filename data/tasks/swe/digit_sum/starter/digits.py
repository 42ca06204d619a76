def digit_sum(n: int) -> int:
    "Sum of the decimal digits of `n` (sign ignored)."
    return sum(int(c) for c in str(n))
