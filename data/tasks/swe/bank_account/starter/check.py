from bank import Account
a = Account("ann", 10)
try:
    a.withdraw(50)
    raise SystemExit("withdraw(50) from 10 should raise ValueError")
except ValueError:
    pass
assert a.balance == 10
print("check passed")
