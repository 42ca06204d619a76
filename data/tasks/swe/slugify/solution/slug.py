import re

def slugify(text: str) -> str:
    "Lower-case `text` and join its ASCII alphanumeric runs with single dashes."
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
