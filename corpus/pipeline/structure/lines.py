"""Hard-wrapped lines back into paragraphs: a line break is kept where a
paragraph ends and dropped where a sentence merely wrapped."""

from __future__ import annotations

from .labels import (
    PERIOD_MARKER_RE,
    Labels,
)
from .shape import (
    _COLON_RE,
    _LIST_START_RE,
    _NO_SPACE_CHAR_RE,
    _NO_SPACE_LANGS,
    BROKEN_LINE_MIN,
    FULL_LINE,
    FULL_SENTENCE_LINE,
    MAX_LABEL_CHARS,
    WRAP_MAX_WIDTH,
    WRAP_MIN_WIDTH,
    _colon_start,
    _ends_sentence,
    _starts_lower,
    _weight,
)
from .turns import _known_label_at


def _line_paragraphs(text: str, language: str | None, labels: Labels) -> list[str]:
    blocks: list[list[str]] = []
    indented: set[tuple[int, int]] = set()  # (block, line) that start with whitespace
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            if line[0].isspace():
                indented.add((len(blocks), len(current)))
            current.append(stripped)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    width = _wrap_width(blocks)
    loose = len(blocks) >= 2  # blank lines already mark the paragraphs
    paragraphs: list[str] = []
    for b, block in enumerate(blocks):
        pieces = [block[0]]
        for i, (prev, nxt) in enumerate(zip(block, block[1:])):
            # In wrapped text an indented line after a flush one opens a
            # paragraph (typewriter style, and the "　　" of Chinese text).
            new_indent = (b, i + 1) in indented and (b, i) not in indented
            if not (width and new_indent) and _continues(prev, nxt, width, loose, labels):
                pieces[-1] += _joiner(prev, nxt, language) + nxt
            else:
                pieces.append(nxt)
        paragraphs.extend(pieces)
    return paragraphs


def _wrap_width(blocks: list[list[str]]) -> int:
    """The wrap width when the text is hard-wrapped, else 0.

    Hard wrapping shows as lines of similar width, at most ~100 columns,
    most of which stop in the middle of a sentence.
    """
    widths = sorted(_weight(line) for block in blocks for line in block)
    if len(widths) < 3:
        return 0
    width = widths[int(0.9 * (len(widths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return 0
    full = [
        line for block in blocks for line in block[:-1] if _weight(line) >= FULL_LINE * width
    ]
    open_ended = sum(1 for line in full if not _ends_sentence(line))
    return width if open_ended >= 2 and open_ended >= 0.4 * len(full) else 0


def _continues(prev: str, nxt: str, width: int, loose: bool, labels: Labels) -> bool:
    """Whether line ``nxt`` continues the paragraph that line ``prev`` is in."""
    if _LIST_START_RE.match(nxt) or _starts_with_label(nxt, labels):
        return False
    ends = _ends_sentence(prev)
    if not ends and not prev.endswith((":", "：")) and _starts_lower(nxt):
        if width or _weight(prev) >= BROKEN_LINE_MIN:
            return True
    if not width:
        return False
    size = _weight(prev)
    if size < FULL_LINE * width:
        return False
    if not ends:
        return True
    # A sentence ending on a full line: the paragraph goes on unless what
    # follows is a short line without final punctuation, i.e. a heading.
    if size < (FULL_LINE if loose else FULL_SENTENCE_LINE) * width:
        return False
    return not (_weight(nxt) < FULL_LINE * width and not _ends_sentence(nxt))


def _starts_with_label(line: str, labels: Labels) -> bool:
    marker = PERIOD_MARKER_RE.match(line) if labels.period else None
    if marker and marker.group(1) in labels.period:
        return True
    match = _COLON_RE.search(line, 0, MAX_LABEL_CHARS + 2) if labels.known else None
    if not match:
        return False
    return _known_label_at(line, _colon_start(line, match), 0, labels.known) is not None


def _joiner(prev: str, nxt: str, language: str | None) -> str:
    # "Ver-\nfahren" keeps its hyphen and is glued back; no dehyphenation.
    if len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalpha() and nxt[0].isalpha():
        return ""
    left = bool(_NO_SPACE_CHAR_RE.match(prev[-1]))
    right = bool(_NO_SPACE_CHAR_RE.match(nxt[0]))
    if left and right:
        return ""
    if (left or right) and (language or "").split("-")[0] in _NO_SPACE_LANGS:
        return ""
    return " "
