"""Speaker labels ("Sorkin:", "马云：") found across the whole text, so that a
label seen several times is trusted where it stands alone."""

from __future__ import annotations

from collections import Counter

import regex

from ..common.text import split_sentences
from .labels import (
    LETTERS,
    MARKER_PAIRS,
    PERIOD_MARKER_RE,
    WORD_RE,
    Labels,
    alternating_markers,
    is_variant,
)
from .shape import (
    _CJK_LABEL_RE,
    _COLON_RE,
    _NAME_CHAR_RE,
    _NO_SPACE_CHAR_RE,
    _OPENING_QUOTES,
    _SPEECH_VERBS,
    MAX_CJK_LABEL,
    MAX_LABEL_CHARS,
    MAX_LABEL_WORDS,
    _at_sentence_start,
    _colon_start,
    _first_letter,
    _heading_like,
)


def _label_before(text: str, colon: int, floor: int = 0) -> list[int]:
    """Start offsets of the label candidates that end at ``colon``,
    shortest first. A candidate is 1-4 words (capitalised in cased scripts,
    lower-case particles such as "von" allowed inside) or a short run of
    CJK characters (every tail of it, up to MAX_CJK_LABEL)."""
    cjk = _CJK_LABEL_RE.search(text, max(floor, colon - MAX_CJK_LABEL), colon)
    if cjk:
        # Every tail of the run: a known label may be glued to a heading.
        return list(range(colon - 1, cjk.start() - 1, -1))
    starts: list[int] = []
    end = colon
    words: list[str] = []
    while len(words) < MAX_LABEL_WORDS:
        start = end
        while start > floor and not text[start - 1].isspace() and end - start <= MAX_LABEL_CHARS:
            start -= 1
        word = text[start:end]
        if not word or end - start > MAX_LABEL_CHARS or not WORD_RE.fullmatch(word):
            break
        # "Dr. Smith" is one label, "Ende. Jack Ma" is not: the shared
        # sentence splitter knows abbreviations and initials.
        if word.endswith(".") and (not words or len(split_sentences(f"{word} {words[0]}")) > 1):
            break
        words.insert(0, word)
        if _valid_name(words) and colon - start <= MAX_LABEL_CHARS:
            starts.append(start)
        # Words of one label are separated by exactly one space.
        if start - 2 < floor or text[start - 1] not in " \u00a0" or text[start - 2].isspace():
            break
        end = start - 1
    return starts


def _valid_name(words: list[str]) -> bool:
    last = words[-1]
    if last.endswith(".") or _first_letter(last).islower():
        return False
    if _first_letter(words[0]).islower():
        return False
    return all(len(w) <= 3 or not _first_letter(w).islower() for w in words[1:-1])


def _is_reported_speech(text: str, label: str, after: int) -> bool:
    nxt = text[after : after + 3].lstrip()
    return (bool(nxt) and nxt[0] in _OPENING_QUOTES) or label.endswith(_SPEECH_VERBS)


def _find_labels(text: str) -> Labels:
    """Labels that start a sentence somewhere in the document, kept when they
    recur (>= 2), when both halves of an interview marker pair occur, or when
    a one-off is a near-spelling of a recurring label ("Solkin"/"Sorkin").
    Also the single-letter markers with a full stop that alternate."""
    counts: Counter = Counter()
    first_seen: dict[str, int] = {}
    headed: list[tuple[str, int, list[str]]] = []  # label, start, shorter candidates
    for match in _COLON_RE.finditer(text):
        colon = _colon_start(text, match)
        starts = _label_before(text, colon)
        for k in range(len(starts) - 1, -1, -1):
            start = starts[k]
            if not _at_sentence_start(text, start):
                continue
            label = text[start:colon]
            if not _is_reported_speech(text, label, match.end()):
                counts[label] += 1
                first_seen.setdefault(label, start)
                if k:
                    headed.append((label, start, [text[s:colon] for s in starts[:k]]))
            break  # only the longest candidate that starts a sentence
    _credit_heading_tails(counts, first_seen, headed)
    known = {label for label, n in counts.items() if n >= 2}
    for a, b in MARKER_PAIRS:
        if a in counts and b in counts:
            known.update((a, b))
    recurring = list(known)
    for label in counts:
        if label not in known and any(is_variant(label, k) for k in recurring):
            known.add(label)
    period = alternating_markers([
        m.group(1) for m in PERIOD_MARKER_RE.finditer(text) if _at_sentence_start(text, m.start())
    ])
    return Labels(known=frozenset(known), period=period, first_seen=first_seen)


def _credit_heading_tails(
    counts: Counter, first_seen: dict[str, int], headed: list[tuple[str, int, list[str]]]
) -> None:
    """Give a one-off label that is a heading glued to a shorter label ("ON
    FAILURE INTERVIEWER", "Unterschied zu Amazon Sorkin") to that label when
    it recurs once counted this way. In capitals every heading word looks
    like a name word, so without this a label that follows a heading at
    most turns would never reach two occurrences of its own."""
    one_offs = [
        (label, start, [t for t in tails if _heading_like(label[: -len(t)].strip(), t)])
        for label, start, tails in headed
        if counts[label] == 1
    ]
    extra: Counter = Counter(t for _, _, tails in one_offs for t in tails)
    for label, start, tails in one_offs:
        for tail in reversed(tails):  # the longest first
            if counts[tail] + extra[tail] >= 2:
                del counts[label]
                counts[tail] += 1
                tail_start = start + len(label) - len(tail)
                first_seen[tail] = min(first_seen.get(tail, tail_start), tail_start)
                break


def _mentions(text: str, name: str) -> int:
    """How often ``name`` occurs as a whole word (as a substring in CJK)."""
    if _NO_SPACE_CHAR_RE.match(name[0]):
        return text.count(name)
    # The literal comes first so the regex engine can skip ahead to it; the
    # word boundary before it is checked by hand.
    pattern = regex.compile(rf"{regex.escape(name)}(?![{LETTERS}\p{{N}}_])")
    return sum(
        1
        for m in pattern.finditer(text)
        if m.start() == 0 or not _NAME_CHAR_RE.match(text[m.start() - 1])
    )
