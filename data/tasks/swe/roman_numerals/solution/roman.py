VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n: int) -> str:
    "Roman numeral for 1 <= n <= 3999."
    if not 1 <= n <= 3999: raise ValueError(f"out of range: {n}")
    out = ""
    for v, sym in VALUES:
        while n >= v:
            out += sym; n -= v
    return out

def from_roman(s: str) -> int:
    "Integer value of a Roman numeral."
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total
