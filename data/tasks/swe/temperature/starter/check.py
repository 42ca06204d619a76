from temperature import Temperature
t = Temperature(); t.fahrenheit = 212
assert abs(t.celsius - 100) < 1e-9, t.celsius
print("check passed")
