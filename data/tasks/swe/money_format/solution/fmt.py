def format_money(amount: float) -> str:
    "Dollars with thousands separators and cents; sign in front: -$1,234.50."
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"
