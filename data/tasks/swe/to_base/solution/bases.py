DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n: int, base: int) -> str:
    "`n` written in `base` (2..36)."
    if not 2 <= base <= 36: raise ValueError(f"base must be in 2..36, got {base}")
    if n == 0: return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        n, r = divmod(n, base); out = DIGITS[r] + out
    return sign + out
