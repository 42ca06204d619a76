from bases import to_base
assert to_base(255, 16) == "ff" and to_base(5, 2) == "101"
print("check passed")
