from titles import title_case
got = title_case("the lord of the rings")
assert got == "The Lord of the Rings", got
print("check passed")
