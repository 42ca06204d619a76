def format_money(amount: float) -> str:
    "Dollars with thousands separators and cents; sign in front: -$1,234.50."
    return f"${amount:.2f}"
