import os, tempfile, unittest
from todos import find_todos

class TestTodos(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(dir=".")
        os.makedirs(os.path.join(self.root, "pkg", "sub"))
        files = {"a.py": "x = 1  # TODO: rename\n# TODO:  later  \n", "pkg/b.py": "# nothing\n",
                 "pkg/sub/c.py": "\n\n# TODO: deep\n", "pkg/d.txt": "TODO: skip\n"}
        for rel, text in files.items():
            with open(os.path.join(self.root, rel), "w") as f: f.write(text)
    def test_all(self):
        self.assertEqual(find_todos(self.root), [("a.py", 1, "rename"), ("a.py", 2, "later"), ("pkg/sub/c.py", 3, "deep")])
    def test_empty_dir(self): self.assertEqual(find_todos(tempfile.mkdtemp(dir=".")), [])
    def test_subfolder_root(self): self.assertEqual(find_todos(os.path.join(self.root, "pkg")), [("sub/c.py", 3, "deep")])
