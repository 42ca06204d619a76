from roman import to_roman, from_roman
assert to_roman(1994) == "MCMXCIV"
assert from_roman("MCMXCIV") == 1994
print("check passed")
