import math

class Vector2:
    "A 2-D vector."
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vector2(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector2(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector2(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vector2) and (self.x, self.y) == (o.x, o.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __repr__(self): return f"Vector2({self.x!r}, {self.y!r})"
