import re

def is_leap(y: int) -> bool:
    "Gregorian leap year."
    return y % 4 == 0

def is_valid_date(s: str) -> bool:
    "True for a real calendar date written YYYY-MM-DD."
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if not m: return False
    y, mo, d = map(int, m.groups())
    if not 1 <= mo <= 12: return False
    days = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return 1 <= d <= days
