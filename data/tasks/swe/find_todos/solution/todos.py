import os

def find_todos(root: str) -> list:
    "(relpath, line number, text) of every `TODO:` in .py files under `root`, sorted."
    out = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".py"): continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if "TODO:" in line: out.append((rel, n, line.split("TODO:", 1)[1].strip()))
    return sorted(out)
