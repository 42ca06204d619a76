def concat_files(paths: list, out_path: str) -> int:
    "Concatenate files into `out_path`; returns bytes written."
    total = 0
    for p in paths:
        with open(p, "rb") as f: data = f.read()
        with open(out_path, "wb") as out: out.write(data)
        total += len(data)
    return total
