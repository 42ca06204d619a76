from stack import Stack
s = Stack(); s.push(1); s.push(2)
assert s.pop() == 2 and len(s) == 1
print("check passed")
