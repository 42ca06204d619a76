MINOR = ("a", "an", "the", "of", "and", "in")

def title_case(s: str, minor=MINOR) -> str:
    "Capitalise words except minor ones; the first word is always capitalised."
    words = s.lower().split()
    out = []
    for i, w in enumerate(words):
        out.append(w if (w in minor and i > 0) else w.capitalize())
    return " ".join(out)
