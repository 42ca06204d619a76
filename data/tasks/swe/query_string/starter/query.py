from urllib.parse import unquote_plus

def parse_query(qs: str) -> dict:
    "Map each key to the list of its (decoded) values, in order."
    out = {}
    for part in qs.lstrip("?").split("&"):
        if not part: continue
        k, _, v = part.partition("=")
        out[unquote_plus(k)] = [unquote_plus(v)]
    return out
