#!/usr/bin/env bash
# Render README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which cannot be installed offline).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
jupyter nbconvert --to markdown --TagRemovePreprocessor.enabled=True --output-dir "$tmp" --output README nbs/index.ipynb >/dev/null 2>&1
python3 - "$tmp/README.md" <<'PY'
import re, sys, pathlib
src = pathlib.Path(sys.argv[1]).read_text()
# drop cells marked #| hide and the directive lines themselves
src = re.sub(r"```\w*\n#\| hide\n.*?```\n+", "", src, flags=re.S)
src = re.sub(r"^#\| .*\n", "", src, flags=re.M)
# nbdev's `> summary` line under the title
src = src.replace("](images/", "](nbs/images/")  # notebook-relative image links → repo-relative
pathlib.Path("README.md").write_text("<!-- generated from nbs/index.ipynb by tools/render_readme.sh: edit the notebook -->\n\n" + src)
PY
if [ -d "$tmp/README_files" ]; then rm -rf nbs/README_files; mkdir -p docs_img; cp "$tmp"/README_files/* docs_img/ 2>/dev/null || true; sed -i 's#(README_files/#(docs_img/#g' README.md; fi
rm -rf "$tmp"
echo "README.md rendered"
