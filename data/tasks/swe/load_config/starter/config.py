import json

def load_config(path: str, defaults: dict) -> dict:
    "Defaults overridden by the JSON object in `path` (defaults untouched)."
    with open(path) as f: data = json.load(f)
    if not isinstance(data, dict): raise ValueError(f"{path}: expected a JSON object")
    defaults.update(data)
    return defaults
