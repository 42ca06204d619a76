def parse_ini(text: str) -> dict:
    "Parse INI text into {section: {key: value}}."
    out, section = {}, ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#": continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip(); out.setdefault(section, {}); continue
        if "=" not in line: raise ValueError(f"line {n}: expected key = value or [section], got {line!r}")
        k, v = line.split("=", 1)
        out.setdefault(section, {})[k.strip()] = v.strip()
    return out
