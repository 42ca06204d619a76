def parse_kv(text: str) -> dict:
    "Parse `k=v; k2=v2` pairs into a dict of stripped strings."
    out = {}
    for piece in text.split(";"):
        if not piece.strip(): continue
        if "=" not in piece: raise ValueError(f"expected key=value, got {piece.strip()!r}")
        k, v = piece.split("=", 1)
        out[k.strip()] = v.strip()
    return out
