import csv

def _num(s):
    try: return float(s)
    except ValueError: return None

def column_totals(path: str) -> dict:
    "Sum of every all-numeric column of a CSV file with a header."
    with open(path, newline="") as f: rows = list(csv.DictReader(f))
    if not rows: return {}
    out = {}
    for col in rows[0].keys():
        vals = [r[col] for r in rows if r[col] not in ("", None)]
        nums = [_num(v) for v in vals]
        if all(n is not None for n in nums): out[col] = sum(nums)
    return out
