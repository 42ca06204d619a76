from todos import find_todos
got = find_todos("project")
assert got == [("main.py", 2, "parse arguments")], got
print("check passed")
