"""Splitting paragraphs at speaker turns (labels, dialogue dashes) and
chunking walls of text at sentence ends."""

from __future__ import annotations

from ..common.text import split_sentences
from .labels import (
    PERIOD_MARKER_RE,
    WORD_RE,
    Labels,
)
from .shape import (
    _COLON_RE,
    _DASH_TURN_RE,
    _NO_SPACE_CHAR_RE,
    _OPENING_QUOTES,
    _QUOTE_GROUP_OF,
    _QUOTE_GROUPS,
    _QUOTE_RE,
    _SENT_END_RE,
    CHUNK_HARD_MAX,
    CHUNK_TAIL_MIN,
    CHUNK_TARGET,
    HEADING_WINDOW,
    MAX_LABEL_CHARS,
    TURN_LIMIT,
    WALL_LIMIT,
    _at_sentence_start,
    _colon_start,
    _first_letter,
    _heading_like,
    _starts_lower,
    _weight,
)
from .speakers import _label_before


def _split_paragraph(paragraph: str, labels: Labels, text: str) -> list[str]:
    pieces = _split_turns(paragraph, labels, text) if labels.known or labels.period else None
    if pieces is None:
        pieces = _split_dash_turns(paragraph, wall=_weight(paragraph) > WALL_LIMIT)
        if pieces is None:
            return _chunk(paragraph, WALL_LIMIT)
    out: list[str] = []
    for piece in pieces:
        out.extend(_chunk(piece, TURN_LIMIT))
    return out


def _split_turns(paragraph: str, labels: Labels, text: str) -> list[str] | None:
    """Cut ``paragraph`` before every turn of a known label, and around an
    inline heading standing between a sentence end and the label. Returns
    None when the paragraph holds no turn."""
    cuts: list[int] = [0]
    found = False
    for end, after, marker in _label_ends(paragraph, labels):
        floor = cuts[-1]
        label = marker or _known_label_at(paragraph, end, floor, labels.known)
        if label is None:
            continue
        start = end - len(label)
        turn_start = _turn_start(paragraph, start, floor, label, after, text)
        if turn_start is None:
            continue
        found = True
        labels.turns[label] += 1
        labels.sequence.append(label)
        heading_start, start = turn_start
        for cut in (heading_start, start):
            if cut > cuts[-1]:
                cuts.append(cut)
    if not found:
        return None
    cuts.append(len(paragraph))
    pieces = (paragraph[a:b].strip() for a, b in zip(cuts, cuts[1:]))
    return [piece for piece in pieces if piece]


def _label_ends(paragraph: str, labels: Labels) -> list[tuple[int, int, str | None]]:
    """Where a label may end, in order: (its colon or full stop, where the
    turn's text starts, the period marker or None for a colon)."""
    ends: list[tuple[int, int, str | None]] = []
    if labels.known:
        ends = [(_colon_start(paragraph, m), m.end(), None) for m in _COLON_RE.finditer(paragraph)]
    if labels.period:
        ends += [
            (m.end(1), m.end(), m.group(1))
            for m in PERIOD_MARKER_RE.finditer(paragraph)
            if m.group(1) in labels.period
        ]
        ends.sort()
    return ends


def _known_label_at(text: str, colon: int, floor: int, known: frozenset[str]) -> str | None:
    """The longest known label ending at ``colon`` ("Jack Ma" over "Ma")."""
    for start in reversed(_label_before(text, colon, floor)):
        if text[start:colon] in known:
            return text[start:colon]
    return None


def _turn_start(
    paragraph: str, start: int, floor: int, label: str, after: int, text: str
) -> tuple[int, int] | None:
    """Where the turn of ``label`` at ``start`` begins, as (heading start,
    label start); equal when no heading precedes. None when this colon is
    not a turn."""
    if _at_sentence_start(paragraph, start, floor):
        return start, start
    cjk = bool(_NO_SPACE_CHAR_RE.match(label[0]))
    if not cjk:
        start = _extend_full_name(paragraph, start, floor, label, text)
        if _at_sentence_start(paragraph, start, floor):
            return start, start
    boundary = _last_sentence_end(paragraph, start, floor)
    if boundary is not None and _heading_like(paragraph[boundary:start].strip(), label):
        return boundary, start
    # A recurring name label after a sentence that lost its final stop
    # ("... gemacht haben Solkin: Bitte ..."): still a turn when preceded by
    # a space and followed by a capital. One-letter markers ("Plan A: ...")
    # and CJK runs glued to text are too ambiguous.
    if cjk or len(label) < 2 or not paragraph[start - 1].isspace():
        return None
    nxt = paragraph[after : after + 3].lstrip()
    if not nxt or nxt[0] in _OPENING_QUOTES or _starts_lower(nxt):
        return None
    # "Dazu sagte Merkel: Wir ..." is reported speech, not a lost full stop:
    # a sentence that lost its stop has more than a few words.
    if boundary is not None and len(paragraph[boundary:start].split()) < 4:
        return None
    return start, start


def _extend_full_name(paragraph: str, start: int, floor: int, label: str, text: str) -> int:
    """Widen "Sorkin" to "Andrew Ross Sorkin" when the longer form recurs in
    the document; otherwise those words would be read as a heading."""
    window = paragraph[max(floor, start - MAX_LABEL_CHARS) : start]
    words = window.split(" ")[:-1][-2:]  # last element is "" (the space)
    for n in (2, 1):
        ext = words[-n:] if len(words) >= n else []
        if ext and all(w and _first_letter(w[:1]).isupper() and WORD_RE.fullmatch(w) for w in ext):
            full = " ".join(ext) + " " + label
            if text.count(full) >= 2:
                return start - len(full) + len(label)
    return start


def _last_sentence_end(paragraph: str, start: int, floor: int) -> int | None:
    """Offset just after the last sentence end shortly before ``start``; the
    paragraph start counts when it is that close. None when it is farther
    away than any heading could be."""
    low = max(floor, start - HEADING_WINDOW)
    boundary = floor if low == floor else None
    for match in _SENT_END_RE.finditer(paragraph, low, start):
        boundary = match.end()
    return boundary


def _split_dash_turns(paragraph: str, *, wall: bool) -> list[str] | None:
    """Cut at dash-introduced turns ("— Bonjour. — Salut.") when there are at
    least three of them starting a sentence with a capital; fewer could be
    ordinary parenthetical dashes. A paragraph short of a wall needs three
    after its start: one reply quoted with two attributions ("— Oui, — dit-il.
    — Demain, — ajouta-t-il. — Peut-être.") has only two."""
    cuts = [
        m.start()
        for m in _DASH_TURN_RE.finditer(paragraph)
        if not m.group(1).islower() and _at_sentence_start(paragraph, m.start())
    ]
    if len(cuts) < 3 or (not wall and sum(1 for c in cuts if c > 0) < 3):
        return None
    bounds = [0, *[c for c in cuts if c > 0], len(paragraph)]
    pieces = (paragraph[a:b].strip() for a, b in zip(bounds, bounds[1:]))
    return [piece for piece in pieces if piece]


def _chunk(paragraph: str, limit: int) -> list[str]:
    """Cut a paragraph heavier than ``limit`` at sentence ends into chunks of
    about equal weight near ``CHUNK_TARGET``, deterministically. A cut is
    postponed while a quotation opened in the chunk is still open, up to
    ``CHUNK_HARD_MAX``."""
    if _weight(paragraph) <= limit:
        return [paragraph]
    sentences = split_sentences(paragraph)
    if len(sentences) < 2:
        return [paragraph]
    starts, pos = [], 0
    for sentence in sentences:
        pos = paragraph.find(sentence, pos)
        starts.append(pos)
        pos += len(sentence)
    weights = [_weight(s) for s in sentences]
    target = sum(weights) / max(2, round(sum(weights) / CHUNK_TARGET))

    cuts = [0]
    acc = 0
    parity = [0] * len(_QUOTE_GROUPS)
    for i, (sentence, weight) in enumerate(zip(sentences, weights)):
        acc += weight
        for quote in _QUOTE_RE.findall(sentence):
            parity[_QUOTE_GROUP_OF[quote]] ^= 1
        if i == len(sentences) - 1:
            break
        if (acc >= target and not any(parity)) or acc >= CHUNK_HARD_MAX:
            cuts.append(starts[i + 1])
            acc = 0
            parity = [0] * len(_QUOTE_GROUPS)
    if len(cuts) > 1 and acc < CHUNK_TAIL_MIN:
        cuts.pop()
    cuts.append(len(paragraph))
    pieces = (paragraph[a:b].strip() for a, b in zip(cuts, cuts[1:]))
    return [piece for piece in pieces if piece]
