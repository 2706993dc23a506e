"""Duplicated text: paragraphs doubled by a scraper, sentences repeated by
machine translation. The later copy is cut (and recorded); the first stays.

Verse is left alone: a chorus repeats on purpose, so a paragraph of short
lines is never taken for a scraper's double, and a repeated sentence is cut
only when it follows itself directly and is long enough to be prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..common.scripts import width
from ..common.text import SENTENCE_END

# A paragraph must be at least this wide (CJK characters count two) to count
# as a doubled one.
PARAGRAPH_MIN = 60
# A sentence repeated right after itself must be at least this long.
SENTENCE_MIN = 30
_VERSE_LINE_MAX = 60
_WRAP_MAX = 110  # hard-wrapped lines are narrower than this

_PARAGRAPH_RE = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")
_ENDS = re.escape(SENTENCE_END)
_FINAL = tuple(SENTENCE_END) + tuple(f"{e}{c}" for e in SENTENCE_END for c in "\"'»”’」』)")
_SENTENCE_RE = re.compile(rf"[^{_ENDS}]+[{_ENDS}]+[\"'»”’」』)]*")


def _key(text: str) -> str:
    # Scrapers and machine translation repeat text exactly: whitespace is
    # the only difference worth ignoring (str.split is C speed).
    return " ".join(text.split())


def _is_verse(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return len(lines) >= 2 and all(len(line.strip()) <= _VERSE_LINE_MAX for line in lines)


def duplicate_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of every later copy of a paragraph (a line, or a
    block of lines between blank lines), and of every sentence that directly
    repeats the one before it, in document order."""
    seen: set[str] = set()
    for start, end in _blocks(text):
        block = text[start:end]
        if "\n" in block:
            key = _key(block)
            if _long(key, PARAGRAPH_MIN) and not _is_verse(block):
                if key in seen:
                    yield start, end, "A paragraph repeating an earlier one word for word."
                    continue
                seen.add(key)
        lines = block.split("\n")
        # Lines are paragraphs of their own only when every line ends a
        # sentence and some line is wider than hard-wrapped text ever is (one
        # paragraph per line); a line of a wrapped paragraph is never cut.
        if len(lines) > 1 and not (
            max(map(len, lines)) > _WRAP_MAX and all(_key(x).endswith(_FINAL) for x in lines)
        ):
            yield from _repeated_sentences(block, start)
            continue
        pos = start
        for line in lines:
            key = _key(line)
            if _long(key, PARAGRAPH_MIN):
                lead = pos + len(line) - len(line.lstrip())
                if key in seen:
                    why = "A paragraph repeating an earlier one word for word."
                    yield lead, pos + len(line.rstrip()), why
                else:
                    seen.add(key)
                    yield from _repeated_sentences(line, pos)
            pos += len(line) + 1


def _long(key: str, minimum: int) -> bool:
    return len(key) >= minimum or width(key) >= minimum


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    for match in _PARAGRAPH_RE.finditer(text):
        yield match.start(), match.end()


def _repeated_sentences(paragraph: str, base: int) -> Iterator[tuple[int, int, str]]:
    if len(paragraph) < 2 * SENTENCE_MIN:
        return
    parts = [part.strip() for part in _SENTENCE_RE.findall(paragraph)]
    if not any(a == b for a, b in zip(parts, parts[1:])):
        return  # the common case, decided without match objects
    previous = None
    for match in _SENTENCE_RE.finditer(paragraph):
        key = match.group().strip()
        if key == previous and _long(key, SENTENCE_MIN):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            yield base + start, base + match.end(), "A sentence repeating the one right before it."
        else:
            previous = key
