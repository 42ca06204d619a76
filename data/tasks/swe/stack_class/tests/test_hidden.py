import unittest
from stack import Stack

class TestStack(unittest.TestCase):
    def test_lifo(self):
        s = Stack()
        for i in range(5): s.push(i)
        self.assertEqual([s.pop() for _ in range(5)], [4, 3, 2, 1, 0])
    def test_empty(self):
        s = Stack(); self.assertTrue(s.is_empty())
        with self.assertRaises(IndexError) as cm: s.pop()
        self.assertIn("empty stack", str(cm.exception))
        with self.assertRaises(IndexError): s.peek()
    def test_peek(self):
        s = Stack(); s.push("a"); self.assertEqual(s.peek(), "a"); self.assertEqual(len(s), 1)
    def test_independent(self):
        a, b = Stack(), Stack(); a.push(1); self.assertEqual(len(b), 0)
