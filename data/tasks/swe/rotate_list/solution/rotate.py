def rotate(items: list, k: int) -> list:
    "A copy of `items` rotated right by `k` places."
    if not items: return []
    k %= len(items)
    return items[-k:] + items[:-k] if k else list(items)
