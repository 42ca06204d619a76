def two_sum(nums: list, target: int):
    "Indices (i, j), i < j, of the first pair (by j, then i) summing to `target`, else None."
    first = {}
    for j, x in enumerate(nums):
        if target - x in first: return (first[target - x], j)
        first.setdefault(x, j)
    return None
