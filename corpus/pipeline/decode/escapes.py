"""Bytes that are invalid in an encoding, kept through decoding as lone
surrogates ("surrogateescape") and turned into characters afterwards."""

from __future__ import annotations

import re

_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


def _cp1252_or_c1(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined become C1 controls, which
        # the repair step removes, as browsers do.
        return chr(byte)


ESCAPED_TO_CP1252 = {0xDC00 + b: _cp1252_or_c1(b) for b in range(128, 256)}
ESCAPED_TO_C1 = {0xDC00 + b: chr(b) for b in range(128, 256)}


def unescape_bytes(text: str, table: dict[int, str]) -> str:
    if not _ESCAPED_BYTE_RE.search(text):
        return text
    return _ESCAPED_BYTE_RE.sub(lambda m: table[ord(m.group())], text)
