from query import parse_query
got = parse_query("a=1&b=2&a=3")
assert got == {"a": ["1", "3"], "b": ["2"]}, got
print("check passed")
