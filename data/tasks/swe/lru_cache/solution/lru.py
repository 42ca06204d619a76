from collections import OrderedDict

class LRUCache:
    "A least-recently-used cache of fixed capacity."
    def __init__(self, capacity: int):
        if capacity < 1: raise ValueError("capacity must be >= 1")
        self.capacity, self._d = capacity, OrderedDict()
    def get(self, key):
        if key not in self._d: return None
        self._d.move_to_end(key)
        return self._d[key]
    def put(self, key, value):
        self._d[key] = value; self._d.move_to_end(key)
        while len(self._d) > self.capacity: self._d.popitem(last=False)
    def __len__(self): return len(self._d)
