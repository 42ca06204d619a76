def count_file(path: str) -> dict:
    "Lines (newlines), words and characters of a UTF-8 text file."
    with open(path, encoding="utf-8") as f: text = f.read()
    return {"lines": text.count("\n"), "words": len(text.split()), "chars": len(text)}
