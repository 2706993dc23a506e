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

_PARAGRAPH_RE = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")
_SENTENCE_RE = re.compile(rf"[^{re.escape(SENTENCE_END)}]+[{re.escape(SENTENCE_END)}]+[\"'»”’」』)]*")
_SPACE_RE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().casefold()


def _is_verse(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return len(lines) >= 2 and all(len(line.strip()) <= _VERSE_LINE_MAX for line in lines)


def duplicate_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of every later copy of a paragraph, and of every
    sentence that directly repeats the one before it, in document order."""
    seen: set[str] = set()
    for match in _PARAGRAPH_RE.finditer(text):
        paragraph = match.group()
        key = _key(paragraph)
        if width(key) >= PARAGRAPH_MIN and not _is_verse(paragraph):
            if key in seen:
                yield match.start(), match.end(), "A paragraph repeating an earlier one word for word."
                continue
            seen.add(key)
        yield from _repeated_sentences(paragraph, match.start())


def _repeated_sentences(paragraph: str, base: int) -> Iterator[tuple[int, int, str]]:
    previous = None
    for match in _SENTENCE_RE.finditer(paragraph):
        key = _key(match.group())
        if key == previous and width(key) >= SENTENCE_MIN:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            yield base + start, base + match.end(), "A sentence repeating the one right before it."
        else:
            previous = key
