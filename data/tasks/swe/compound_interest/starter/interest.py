def compound(principal: float, rate_percent: float, years: int) -> float:
    "Balance after `years` of yearly compounding at `rate_percent` percent, rounded to cents."
    return round(principal * (1 + rate_percent) ** years, 2)
