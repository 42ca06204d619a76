def moving_average(xs: list, window: int) -> list:
    "Means of every full window of length `window`."
    if window < 1: raise ValueError("window must be >= 1")
    return [sum(xs[i:i + window]) / window for i in range(len(xs) - window + 1)]
