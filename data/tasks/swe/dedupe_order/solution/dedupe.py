def dedupe(items: list) -> list:
    "Remove duplicates, keeping first occurrences in order."
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x); out.append(x)
    return out
