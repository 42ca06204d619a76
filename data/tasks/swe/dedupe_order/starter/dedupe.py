def dedupe(items: list) -> list:
    "Remove duplicates, keeping first occurrences in order."
    return list(set(items))
