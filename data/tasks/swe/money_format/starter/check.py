from report import total_line
from fmt import format_money
assert format_money(-1234.5) == "-$1,234.50", format_money(-1234.5)
assert total_line({"a": 1000, "b": 0.5}) == "Total: $1,000.50"
print("check passed")
