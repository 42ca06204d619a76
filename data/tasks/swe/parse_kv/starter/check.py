from kv import parse_kv
assert parse_kv("a=1; b = two;") == {"a": "1", "b": "two"}
print("check passed")
