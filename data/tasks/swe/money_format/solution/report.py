from fmt import format_money

def total_line(items: dict) -> str:
    "One line 'Total: $X' for a dict of name -> amount."
    return "Total: " + format_money(sum(items.values()))
