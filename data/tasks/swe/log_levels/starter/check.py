from logstats import count_levels
got = count_levels("app.log")
assert got == {"INFO": 2, "ERROR": 1}, got
print("check passed")
