from inventory import Inventory
a, b = Inventory(), Inventory()
a.add("apple", 3)
assert b.total() == 0, b.items
print("check passed")
