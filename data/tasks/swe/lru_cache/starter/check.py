from lru import LRUCache
c = LRUCache(2); c.put("a", 1); c.put("b", 2); c.get("a"); c.put("c", 3)
assert c.get("b") is None and c.get("a") == 1
print("check passed")
