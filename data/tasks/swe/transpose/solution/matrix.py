def transpose(rows: list) -> list:
    "Transpose a rectangular list of lists."
    if not rows: return []
    if len({len(r) for r in rows}) != 1: raise ValueError("ragged matrix: rows have different lengths")
    return [list(col) for col in zip(*rows)]
