"""RTF to plain text with striprtf (a small, pure-Python converter).

RTF is 7-bit text with escapes, so it arrives here decoded; the code page
named by ``\\ansicpgNNNN`` is what its ``\\'xx`` escapes mean. The document
title from the ``{\\info{\\title ...}}`` group is kept as a headline
candidate; the info group (title, author, dates) is recorded as dropped.
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from ..types import Removal, RemovalReason

__all__ = ["looks_like_rtf", "rtf_to_plain"]

_RTF_START_RE = re.compile(r"\A\s*\{\\rtf")
_CODEPAGE_RE = re.compile(r"\\ansicpg(\d{3,5})")
_INFO_RE = re.compile(r"\{\\info\b((?:[^{}]|\{[^{}]*\})*)\}")
_TITLE_RE = re.compile(r"\{\\title\s+([^{}]*)\}")


def looks_like_rtf(text: str) -> bool:
    return bool(_RTF_START_RE.match(text))


def _codepage(text: str) -> str:
    match = _CODEPAGE_RE.search(text[:2000])
    if match:
        name = f"cp{match.group(1)}"
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return "cp1252"


def rtf_to_plain(text: str) -> tuple[str, str, tuple[Removal, ...]]:
    """(plain text, title from the info group or "", removals)."""
    removed: list[Removal] = []
    title = ""
    info = _INFO_RE.search(text)
    if info:
        found = _TITLE_RE.search(info.group(0))
        if found:
            title = rtf_to_text("{\\rtf1 " + found.group(1) + "}", encoding=_codepage(text),
                                errors="replace").strip()
        removed.append(
            Removal(info.group(0), RemovalReason.MARKUP, "RTF document properties (title, author, dates).")
        )
    plain = rtf_to_text(text, encoding=_codepage(text), errors="replace")
    return plain, title, tuple(removed)
