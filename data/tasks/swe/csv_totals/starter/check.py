from totals import column_totals
got = column_totals("sales.csv")
assert got == {"units": 7.0, "price": 3.5}, got
print("check passed")
