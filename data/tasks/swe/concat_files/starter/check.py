from concat import concat_files
n = concat_files(["part1.txt", "part2.txt"], "joined.txt")
got = open("joined.txt").read()
assert got == "alpha\nbeta\n", repr(got)
assert n == 11
print("check passed")
