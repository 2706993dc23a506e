"""Recover paragraphs from plain text: keep the ones the author made, re-join
hard-wrapped lines, and split walls of text at speaker turns, inline section
headings and sentence boundaries.

Everything here reads typography and layout (line widths, sentence ends,
colons, capitalisation), never the words of one language; the only word
lists are the interview markers ("Q"/"A", "问"/"答"; structure_labels.py)
and a few Chinese reported-speech verbs. The text is never changed except
for whitespace: paragraphs are cut out of the input, and a line break inside
one becomes a space, or nothing between CJK characters and after a hyphen
("Ver-fahren").
"""

from __future__ import annotations

import re
from collections import Counter

import regex

from .structure_labels import (
    EXTRA_SENTENCE_END,
    LETTERS,
    MARKER_PAIRS,
    PERIOD_MARKER_RE,
    SPACE_ENDS_SENTENCE_RE,
    WORD_RE,
    Labels,
    alternating_markers,
    is_variant,
    rank_speakers,
    speaker_corrections,
)
from .text import CLOSERS, SENTENCE_END, split_sentences
from .types import Structured

# --- Thresholds --------------------------------------------------------------
# Lengths are "weights": characters, with wide (CJK, Hangul) characters counted
# twice, because one of them carries about as much text as two Latin letters.
#
# News paragraphs rarely pass ~800 characters (the longest paragraph of a
# typical wire story is 400-700), so 1,200 leaves room for a long legitimate
# paragraph while still catching walls: whole articles on one line.
WALL_LIMIT = 1200
# A speaker's answer is one unit of meaning and cutting it loses the visual
# link to the label, so turns are tolerated longer than anonymous walls.
TURN_LIMIT = 1500
# Walls are cut into pieces of about this weight, at sentence ends only...
CHUNK_TARGET = 600
# ...but a chunk never grows past this just to keep a quotation whole.
CHUNK_HARD_MAX = 1600
# A last chunk lighter than this is merged into the previous one.
CHUNK_TAIL_MIN = 150

# Hard-wrap widths seen in practice: 60-80 columns (e-mail, terminals),
# down to ~30 for narrow newspaper columns; wider lines are paragraphs.
WRAP_MIN_WIDTH = 30
WRAP_MAX_WIDTH = 110
# A wrapped line is "full" when it reaches this share of the wrap width; a
# line that stops well short of it was ended on purpose.
FULL_LINE = 0.6
# A full line ending a sentence is only a continuation when it is really
# full; ending a sentence at 70% of the width means the writer pressed enter.
FULL_SENTENCE_LINE = 0.85
# Outside wrapped text, a line ending mid-sentence before a lower-case line is
# a broken sentence, unless it is short (a list item, a heading).
BROKEN_LINE_MIN = 40

MAX_LABEL_WORDS = 4
MAX_LABEL_CHARS = 40
MAX_CJK_LABEL = 8
HEADING_MAX_WORDS = 10
HEADING_MAX_CHARS = 100
HEADING_WINDOW = 120

# --- Character classes -------------------------------------------------------
_NO_SPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana + Han
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
_WIDE_RE = re.compile(f"[{_NO_SPACE}\uac00-\ud7af{_CJK_PUNCT}]")
_NO_SPACE_CHAR_RE = re.compile(f"[{_NO_SPACE}{_CJK_PUNCT}]")
_NO_SPACE_LANGS = frozenset({"zh", "ja", "yue", "wuu"})

# A label's colon: ":" then whitespace (en/de), " :" after a (narrow) no-break
# space (fr; found by _colon_start so the regex can jump straight to colons),
# full-width "：" (CJK), or ":" glued to CJK text. Times (10:30), URLs
# (http://) and ratios (3:1) are not followed by whitespace.
_COLON_RE = re.compile(rf":(?=\s|$|[{_NO_SPACE}])|：")
_FRENCH_SPACES = " \u00a0\u202f"
_CJK_LABEL_RE = re.compile(rf"[{_NO_SPACE}·・]+\Z")
_OPENING_QUOTES = "\"«„“‘「『»"
# Chinese/Japanese "he said:" is a colon after a name too; these verbs end
# reported speech, never a speaker label.
_SPEECH_VERBS = ("说", "說", "表示", "称", "稱", "指出", "认为", "認為", "强调", "強調", "言う")
_SENTENCE_END = SENTENCE_END + EXTRA_SENTENCE_END
_SENT_END_RE = re.compile(
    rf"(?:[.!?…؟।॥{EXTRA_SENTENCE_END}]+[{re.escape(CLOSERS)}]*\s+"
    rf"|[。！？][{re.escape(CLOSERS)}]*\s*)"
)
_HEADING_FORBIDDEN = frozenset(".!?…。！？؟;；,，:：、")
# Dash-introduced turns ("— Bonjour. — Salut.") start a sentence and are
# followed by a word; "— dit-il" (lower case) is an attribution, not a turn.
# A hyphen-minus stands in for the dash only with a space after it. The
# regex finds the dash and the first letter; _at_sentence_start checks what
# precedes the dash.
_DASH_TURN_RE = regex.compile(r"(?:[—–―][ \u00a0\u202f]?|-[ \u00a0\u202f])[«„\"“¿¡]?(\p{L})")
# What a name mentioned in the text must not run into.
_NAME_CHAR_RE = regex.compile(rf"[{LETTERS}\p{{N}}_]")
_LIST_START_RE = re.compile(r"(?:[-–—•*·▪●►]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_QUOTE_GROUPS = ('"', "„“”", "«»", "「」", "『』")
_QUOTE_GROUP_OF = {ch: i for i, group in enumerate(_QUOTE_GROUPS) for ch in group}
_QUOTE_RE = re.compile("[" + "".join(_QUOTE_GROUPS) + "]")


def recover_paragraphs(text: str, *, language: str | None = None) -> Structured:
    """Split ``text`` into paragraphs and report the speakers of an interview.

    Guarantees: no character is lost, added or reordered except whitespace
    (``"".join(p.split())`` over the paragraphs equals the same over the
    input); every paragraph is stripped and non-empty. Paragraphs the author
    made (blank lines, one paragraph per line) are kept; hard-wrapped lines
    are re-joined; paragraphs are cut at speaker turns of labels that recur
    in the document, at inline headings standing before such a label, and
    walls longer than ``WALL_LIMIT`` at sentence ends. ``corrections`` flags
    speaker labels that look like misspellings of a more frequent one; the
    text itself is not changed. ``language`` (ISO 639-1) is a hint used when
    re-joining wrapped lines of languages written without spaces.
    """
    labels = _find_labels(text)
    paragraphs: list[str] = []
    for block in _line_paragraphs(text, language, labels):
        paragraphs.extend(_split_paragraph(block, labels, text))
    mentions = {label: _mentions(text, label) for label in labels.turns}
    return Structured(
        paragraphs=tuple(paragraphs),
        corrections=tuple(speaker_corrections(labels, mentions)),
        speakers=rank_speakers(labels, mentions),
    )


# --- Helpers on characters ---------------------------------------------------


def _weight(s: str) -> int:
    if not _WIDE_RE.search(s):
        return len(s)
    return len(s) + len(_WIDE_RE.findall(s))


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(CLOSERS)
    return bool(s) and s[-1] in SENTENCE_END


def _first_letter(s: str) -> str:
    for ch in s:
        if ch.isalpha():
            return ch
    return ""


def _starts_lower(s: str) -> bool:
    return _first_letter(s[:3]).islower()


def _all_caps(s: str) -> bool:
    return any(ch.isupper() for ch in s) and not any(ch.islower() for ch in s)


def _at_sentence_start(text: str, pos: int, floor: int = 0) -> bool:
    """True when only whitespace, a line break or a sentence end precedes
    pos; in Thai and Lao, which end sentences with a space, any space."""
    i = pos
    while i > floor and text[i - 1].isspace():
        i -= 1
    if i == floor or "\n" in text[i:pos]:
        return True
    if i < pos and SPACE_ENDS_SENTENCE_RE.match(text[i - 1]):
        return True
    while i > floor and text[i - 1] in CLOSERS:
        i -= 1
    return i == floor or text[i - 1] in _SENTENCE_END


# --- Step 1: lines into paragraphs -------------------------------------------


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


# --- Speaker labels ----------------------------------------------------------


def _colon_start(text: str, match: re.Match) -> int:
    """Start of a label's colon, including the space French puts before it."""
    pos = match.start()
    if match.group() == ":" and pos > 1 and text[pos - 1] in _FRENCH_SPACES:
        if not text[pos - 2].isspace():
            return pos - 1
    return pos


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


# --- Step 2: walls of text ---------------------------------------------------


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


def _heading_like(span: str, label: str) -> bool:
    """A few words without sentence punctuation that do not start lower-case
    before ``label``; one word only in CJK, or in capitals before a label in
    capitals ("BEGINNINGS INTERVIEWER:")."""
    if not span or any(ch in _HEADING_FORBIDDEN for ch in span):
        return False
    first = _first_letter(span)
    if not first or first.islower():
        return False
    words = span.split()
    if len(words) == 1 and _NO_SPACE_CHAR_RE.search(span):
        return 3 <= len(span) <= 25
    if len(words) == 1 and _all_caps(span) and _all_caps(label):
        return sum(ch.isalpha() for ch in span) >= 3
    return 2 <= len(words) <= HEADING_MAX_WORDS and len(span) <= HEADING_MAX_CHARS


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
