import re

UNITS = {"h": 3600, "m": 60, "s": 1}

def parse_duration(s: str) -> int:
    "Seconds in a duration like `1h30m15s`."
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", s.strip())
    if not m or not s.strip(): raise ValueError(f"bad duration: {s!r}")
    h, mi, sec = (int(g or 0) for g in m.groups())
    return h * UNITS["h"] + mi * UNITS["m"] + sec * UNITS["s"]
