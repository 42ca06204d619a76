from csvline import split_csv_line
assert split_csv_line('a,"b,c",d') == ["a", "b,c", "d"], split_csv_line('a,"b,c",d')
print("check passed")
