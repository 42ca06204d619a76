from collections import defaultdict

def group_anagrams(words: list) -> list:
    "Group anagrams; words sorted within groups, groups sorted by first word."
    groups = defaultdict(list)
    for w in words: groups["".join(sorted(w))].append(w)
    return sorted(sorted(g) for g in groups.values())
