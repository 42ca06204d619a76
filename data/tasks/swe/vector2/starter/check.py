from vector import Vector2
assert Vector2(1, 2) + Vector2(3, 4) == Vector2(4, 6)
assert abs(Vector2(3, 4)) == 5
print("check passed")
