import os

def longest_common_prefix(strings: list) -> str:
    "The longest prefix shared by every string in `strings`."
    if not strings: return ""
    return os.path.commonprefix(list(strings))
