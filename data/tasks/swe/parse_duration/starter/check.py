from duration import parse_duration
got = parse_duration("1h30m15s")
assert got == 5415, got
print("check passed")
