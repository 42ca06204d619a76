from search import binary_search
assert binary_search([1, 3, 5, 7], 7) == 3, binary_search([1, 3, 5, 7], 7)
print("check passed")
