"""Compile the translation catalogues (``locale/*/LC_MESSAGES/*.po`` → ``.mo``).

Babel does it in pure Python, so installing on a fresh machine needs no
system gettext (``makemessages``, for developers updating the catalogues,
still does). Only catalogues older than their ``.po`` are rebuilt.

    python -m config.catalogues
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogues(locale_dir: Path = LOCALE) -> list[Path]:
    """Write every stale ``.mo`` next to its ``.po``; return those written."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)  # fuzzy entries are left out, as msgfmt does
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_catalogues():
        sys.stdout.write(f"compiled {path.relative_to(LOCALE.parent)}\n")
