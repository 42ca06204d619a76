import re
from itertools import groupby

def encode(s: str) -> str:
    "Run-length encode: count followed by character."
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def decode(s: str) -> str:
    "Invert `encode`."
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
