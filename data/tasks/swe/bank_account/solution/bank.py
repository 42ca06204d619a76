class Account:
    "A bank account that never goes negative."
    def __init__(self, owner: str, balance: float = 0.0):
        self.owner, self.balance = owner, balance

    def deposit(self, amount: float) -> float:
        if amount <= 0: raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount: float) -> float:
        if amount <= 0: raise ValueError("withdrawal must be positive")
        if amount > self.balance: raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance
