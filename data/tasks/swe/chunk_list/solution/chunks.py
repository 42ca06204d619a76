def chunk(items: list, size: int) -> list:
    "Split `items` into consecutive lists of length `size` (last may be shorter)."
    if size < 1: raise ValueError(f"size must be >= 1, got {size}")
    return [list(items[i:i + size]) for i in range(0, len(items), size)]
