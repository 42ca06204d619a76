def compare_versions(a: str, b: str) -> int:
    "-1, 0 or 1 comparing dotted numeric versions."
    pa, pb = a.split("."), b.split(".")
    n = max(len(pa), len(pb))
    pa += ["0"] * (n - len(pa)); pb += ["0"] * (n - len(pb))
    return (pa > pb) - (pa < pb)
