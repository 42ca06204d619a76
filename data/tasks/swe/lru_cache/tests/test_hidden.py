import unittest
from lru import LRUCache

class TestLRU(unittest.TestCase):
    def test_evict_oldest(self):
        c = LRUCache(2); c.put(1, 1); c.put(2, 2); c.put(3, 3)
        self.assertIsNone(c.get(1)); self.assertEqual(len(c), 2)
    def test_update_refreshes(self):
        c = LRUCache(2); c.put(1, 1); c.put(2, 2); c.put(1, 10); c.put(3, 3)
        self.assertEqual(c.get(1), 10); self.assertIsNone(c.get(2))
    def test_missing(self): self.assertIsNone(LRUCache(1).get("x"))
    def test_capacity_one(self):
        c = LRUCache(1); c.put("a", 1); c.put("b", 2); self.assertEqual((c.get("a"), c.get("b")), (None, 2))
