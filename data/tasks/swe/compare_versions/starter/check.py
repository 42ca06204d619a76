from semver import compare_versions
got = compare_versions("1.10.0", "1.9.2")
assert got == 1, got
print("check passed")
