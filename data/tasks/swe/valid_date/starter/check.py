from dates import is_valid_date
assert not is_valid_date("1900-02-29"), "1900 was not a leap year"
assert is_valid_date("2000-02-29")
print("check passed")
