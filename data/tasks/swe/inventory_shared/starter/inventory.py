class Inventory:
    "Item counts for one store."
    items = {}

    def add(self, name: str, qty: int = 1):
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name: str, qty: int = 1):
        if self.items.get(name, 0) < qty: raise ValueError(f"not enough {name}")
        self.items[name] -= qty
        if not self.items[name]: del self.items[name]

    def total(self) -> int:
        return sum(self.items.values())
