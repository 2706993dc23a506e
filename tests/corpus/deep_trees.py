"""Build and remove folder trees deeper than recursion (and PATH_MAX) allow.

Both work one level at a time with short relative names, so neither the
test nor pytest's clean-up (``shutil.rmtree`` recurses) hits a limit.
"""

from __future__ import annotations

import os
from pathlib import Path


def build(root: Path, depth: int, *, file_name: str, text: str) -> None:
    """``root/d/d/.../d/<file_name>`` with ``depth`` levels of ``d``."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            child = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        with open(os.open(file_name, os.O_CREAT | os.O_WRONLY, dir_fd=fd), "w", encoding="utf-8") as handle:
            handle.write(text)
    finally:
        os.close(fd)


def remove(root: Path) -> None:
    """Undo :func:`build`: lift each inner folder to the top, then drop the emptied one."""
    top, lifted = root / "d", root / "lifted"
    while top.exists():
        for entry in os.scandir(top):
            if entry.is_dir(follow_symlinks=False):
                os.rename(entry.path, lifted)
            else:
                os.unlink(entry.path)
        os.rmdir(top)
        if lifted.exists():
            os.rename(lifted, top)
