from prefix import longest_common_prefix
assert longest_common_prefix(["flower", "flow", "flight"]) == "fl"
print("check passed")
