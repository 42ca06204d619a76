from collections import Counter

def count_levels(path: str) -> dict:
    "Count log lines per level (third field)."
    counts = Counter()
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3: counts[parts[2]] += 1
    return dict(counts)
