def median(xs: list) -> float:
    "Median of a non-empty list of numbers."
    if not xs: raise ValueError("median of empty list")
    s = sorted(xs); n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
