def median(xs: list) -> float:
    "Median of a non-empty list of numbers."
    if not xs: raise ValueError("median of empty list")
    s = xs; n = len(s)
    return s[n // 2]
