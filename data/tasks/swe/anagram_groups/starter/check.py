from anagrams import group_anagrams
got = group_anagrams(["tea", "eat", "tan", "nat", "bat"])
assert got == [["bat"], ["eat", "tea"], ["nat", "tan"]], got
print("check passed")
