def flatten(nested: list) -> list:
    "Flatten arbitrarily nested lists into one flat list."
    out = []
    for x in nested:
        if isinstance(x, list): out.extend(flatten(x))
        else: out.append(x)
    return out
