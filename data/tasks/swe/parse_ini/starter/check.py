from ini import parse_ini
got = parse_ini("[db]\nhost = localhost\nport=5432\n")
assert got == {"db": {"host": "localhost", "port": "5432"}}, got
print("check passed")
