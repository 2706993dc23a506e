"""Boilerplate removal: cut scraped junk from the edges of a news text.

The step works on lines, from the tail upwards (where most junk sits: teaser
lists, prompts, separators, credits, author bios), then from the head down
(credits, copyright), then the rest for lines that are unmistakably junk
wherever they stand, and finally the end of the last surviving paragraph for
a separator or author bio glued onto it. In hard-wrapped text a line that
carries on a sentence is judged only with its whole block of lines
(``lines``): half a sentence is never cut. Decisions rest on structure —
position, length, cut-off endings, the repeated shape of consecutive lines,
punctuation — and on multi-language word lists (``lexicon``)
only where words are needed; all lists are always checked, so a wrong
language hint cannot hurt.

Nothing is ever lost silently: every removed span is returned verbatim in a
:class:`Removal` with its reason and the evidence, and the surviving text
keeps its line structure."""

from __future__ import annotations

from dataclasses import dataclass

from ..common.text import is_punctuation_only, split_sentences, words
from ..types import Cleaned, Removal, RemovalReason
from .bio import BIO_LINE_MAX, _bio_paragraph, _glued_bio
from .bio_shape import contact_bio, glued_contact_bio
from .detectors import (
    _GLUED_SEPARATOR_RE,
    _HEADING_RE,
    _INLINE_SEPARATOR_RE,
    _SPEAKER_RE,
    CREDIT_MAX_MIDDLE,
    HEADING_MAX,
    SINGLE_TEASER_MAX,
    _has_letters,
    _is_teaser,
    _is_title_like,
    _letter_in,
    _standalone,
)
from .duplicates import duplicate_spans
from .lines import (
    Lines,
    ends_sentence,
    width,
)
from .rules import tail_section_start


@dataclass(frozen=True)
class _Cut:
    start: int
    end: int
    reason: RemovalReason
    detail: str


def _is_dialogue(s: str, text: str, end: int) -> bool:
    """A "Name: ..." line whose label was already used as a speaker above is
    dialogue trailing off, not a teaser."""
    m = _SPEAKER_RE.match(s)
    return bool(m) and text.find(m.group(0).rstrip(), 0, end) >= 0


def _teaser_block(L: Lines, bottom: int) -> tuple[int, int | None, str] | None:
    """Find a teaser run ending at line ``bottom``: (top line, heading line or
    None, evidence), or None when the lines there are not a teaser block."""
    run: list[int] = []  # bottom-up: cut-off teasers and short title-like lines
    i = bottom
    while i >= 0:
        s = L.lines[i].strip()
        if _HEADING_RE.match(s) or _is_dialogue(s, L.text, L.starts[i]):
            break
        if L.breaks(i - 1):
            break  # the end of a hard-wrapped sentence from the line above
        if not (_is_teaser(s) or _is_title_like(s) or (run and is_punctuation_only(s))):
            break
        run.append(i)
        i = L.prev(i)
    cut = [k for k, idx in enumerate(run) if _is_teaser(L.lines[idx].strip())]
    if not cut:
        return None
    # Under a "Related articles" heading every short line belongs to the
    # block; otherwise the block starts at its topmost cut-off line.
    lexicon_heading = i >= 0 and bool(_HEADING_RE.match(L.lines[i].strip()))
    block = run if lexicon_heading else run[: cut[-1] + 1]
    texts = [L.lines[idx].strip() for idx in block if not is_punctuation_only(L.lines[idx])]
    n, c = len(texts), len(cut)
    heading, above = None, L.prev(block[-1])
    if lexicon_heading:
        heading = i
    elif above >= 0:
        s = L.lines[above].strip()
        short = width(s) <= HEADING_MAX and len(words(s)) <= 8
        if short and _is_title_like(s) and L.prev(above) >= 0:
            heading = above
    mark = "…" if sum(t.endswith("…") for t in texts) * 2 > n else "..."
    each = "each" if c == n else f"{c} of them"
    if c >= 2 and 2 * c >= n:
        lengths = [width(t) for t in texts]
        shape = "similar-length" if max(lengths) <= 1.3 * min(lengths) + 4 else "short"
        why = f"{n} consecutive {shape} lines at the end of the text, {each} cut off with '{mark}'"
    elif lexicon_heading:
        why = f"{n} short line(s) under a 'related articles' heading, {each} cut off with '{mark}'"
    elif n == 1 and width(texts[0]) <= SINGLE_TEASER_MAX and len(split_sentences(texts[0])) <= 2:
        why = f"a single short line at the end of the text, cut off with '{mark}'"
    else:
        return None
    return block[-1], heading, why


def _cut(L: Lines, first: int, last: int, reason: RemovalReason, why: str, where: str) -> _Cut:
    """Lines ``first``..``last`` (one line, or a hard-wrapped block, cut
    whole with its line breaks), with ``why`` + ``where`` as the detail."""
    detail = f"{why[0].upper()}{why[1:]}{where}"
    if last > first:
        detail += f", as one block of {last - first + 1} hard-wrapped lines"
    return _Cut(*L.span(first, last), reason, detail + ".")


def _tail_junk(s: str, L: Lines, first: int) -> tuple[RemovalReason, str] | None:
    """Classify ``s``, the text of line(s) from ``first`` on at the tail."""
    found = _standalone(s, edge=True)
    if _HEADING_RE.match(s) and not found:
        found = RemovalReason.TEASER_HEADING, "a 'related articles' heading, nothing below it"
    if not found and L.prev(first) >= 0:
        bio = _bio_paragraph(s, L.text[: L.starts[first]])
        if bio:
            found = RemovalReason.AUTHOR_BIO, f"an author bio ({', '.join(bio)})"
        elif contact_bio(s):
            why = "a short paragraph about a named person ending with a contact"
            found = RemovalReason.AUTHOR_BIO, why
    return found


def _tail_teasers(L: Lines, i: int, cuts: list[_Cut]) -> int | None:
    """Cut a teaser block (and its heading) ending at line ``i``; returns
    the line to go on from, or None when there is none."""
    s = L.lines[i].strip()
    teaser = _is_teaser(s)
    if not (teaser or _is_title_like(s)) or (not teaser and _standalone(s, edge=True)):
        return None
    found = _teaser_block(L, i)
    # Something must stay above the block (and its heading).
    if not found or L.prev(found[1] if found[1] is not None else found[0]) < 0:
        return None
    top, heading, evidence = found
    cuts.append(_Cut(*L.span(top, i), RemovalReason.TEASER_BLOCK, evidence + "."))
    if heading is None:
        return L.prev(top)
    why = "a short heading line directly above a block of teaser lines"
    cuts.append(_cut(L, heading, heading, RemovalReason.TEASER_HEADING, why, ""))
    return L.prev(heading)


def _scan_tail(L: Lines, cuts: list[_Cut], end: int | None = None) -> tuple[int, int]:
    """Classify lines from the bottom (or line ``end``) up; returns the first
    and last line of the last content unit — a line or a hard-wrapped block
    — ((-1, -1) if none). An unrecognised short line does not stop the scan
    when junk sits right above it: it is cut with that block of junk."""
    i = L.prev(len(L.lines) if end is None else end)
    while i >= 0:
        top = L.wrapped_top(i)
        # A line carrying on a sentence from the line above is judged only
        # with its whole hard-wrapped block: on its own it is half a
        # sentence. The last line of a hard-wrapped paragraph is no teaser.
        carried = L.breaks(i - 1) or (top < i and L.continues(i - 1))
        if carried and top == i:
            return i, i  # no whole block to judge it with: content
        if top == i:
            after = _tail_teasers(L, i, cuts)
            if after is not None:
                i = after
                continue
        first = top if carried else i
        found = _tail_junk(L.joined(first, i)[1], L, first)
        if not found:
            above = _junk_above(L, i) if top == i and not carried else None
            if above is None:
                return top, i
            why = "an unrecognised short line inside a block of junk lines"
            for k in range(above + 1, i + 1):
                if L.lines[k].strip():
                    where = ", at the end of the text"
                    cuts.append(_cut(L, k, k, RemovalReason.JUNK_BLOCK, why, where))
            i = above
            continue
        cuts.append(_cut(L, first, i, *found, ", at the end of the text"))
        i = L.prev(first)
    return -1, -1


def _weak(s: str) -> bool:
    """A short line that is no sentence: may be junk nobody listed yet."""
    return width(s) <= 80 and not ends_sentence(s) and len(words(s)) <= 8


def _junk_above(L: Lines, i: int, reach: int = 2) -> int | None:
    """Line ``i`` (and up to ``reach`` - 1 weak lines above it) unrecognised
    but weak, with a junk line right above them: that junk line's index."""
    j = i
    for _ in range(reach):
        if not _weak(L.lines[j].strip()):
            return None
        j = L.prev(j)
        if j < 0 or L.wrapped_top(j) != j or L.breaks(j):
            return None
        s = L.lines[j].strip()
        if L.prev(j) >= 0 and _tail_junk(s, L, j):
            return j
    return None


def _scan_head(L: Lines, stop: int, cuts: list[_Cut]) -> int:
    """Classify lines (or hard-wrapped blocks) from the top down to
    (excluding) ``stop``; returns the index of the first content line."""
    i = 0
    while i < stop:
        if not L.lines[i].strip():
            i += 1
            continue
        bottom = L.wrapped_bottom(i, stop)
        carries = L.breaks(i) or (bottom > i and L.continues(i))
        if carries and bottom == i:
            return i  # half a sentence, no whole block to judge it with
        last = bottom if carries else i
        found = _standalone(L.joined(i, last)[1], edge=True)
        if not found:
            return i
        cuts.append(_cut(L, i, last, *found, ", at the head of the text"))
        i = last + 1
    return stop


def _scan_middle(L: Lines, first: int, last: int, cuts: list[_Cut]) -> None:
    for i in range(first + 1, last):
        s = L.lines[i].strip()
        if s and width(s) <= 2 * CREDIT_MAX_MIDDLE:
            found = _standalone(s, edge=False)
            if found and not (L.breaks(i - 1) or L.breaks(i) or _carries_on(L, i)):
                cuts.append(_cut(L, i, i, *found, ", standing alone mid-text"))


def _carries_on(L: Lines, i: int) -> bool:
    """Does line ``i`` continue a sentence broken off on the line right above
    ("... (b) 2015 and" / "(c) 2019 in their decision.")? Then it is part of
    that sentence, whatever it starts with, even where the paragraph's lines
    are too irregular to be recognised as hard-wrapped."""
    above = L.lines[i - 1].strip() if i > 0 else ""
    return width(above) >= 30 and Lines._breaks_off(above)


def _scan_last_paragraph(L: Lines, first: int, last: int, cuts: list[_Cut]) -> None:
    """Cut a separator and/or author bio glued onto the end of the last
    content unit, lines ``first``..``last``."""
    base, line = L.joined(first, last)
    glued = _GLUED_SEPARATOR_RE.search(line, max(0, len(line) - 60))  # short: skip a huge line
    if glued:
        sep = glued.group(0).strip()
        start = base + len(line) - len(sep)
        why = f"A separator '{sep}' glued to the end of the last paragraph."
        cuts.append(_Cut(start, start + len(sep), RemovalReason.SEPARATOR, why))
        line = line[: glued.start()].rstrip()
    if not _has_letters(line):
        return
    before = L.text[:base]
    found = _glued_bio(line, before, glued_sep=bool(glued))
    if found:
        off, signals = found
        why = f"Trailing sentence(s) of the last paragraph about an author ({', '.join(signals)})."
        cuts.append(_Cut(base + off, base + len(line), RemovalReason.AUTHOR_BIO, why))
        return
    off = glued_contact_bio(line)
    if off is not None:
        why = (
            "Trailing sentence(s) of the last paragraph about a named person, "
            "ending with a contact."
        )
        cuts.append(_Cut(base + off, base + len(line), RemovalReason.AUTHOR_BIO, why))
        return
    # "... danke! | Als Gewinner ...": a separator between content and bio.
    window = max(0, len(line) - 2 * BIO_LINE_MAX)
    seps = list(_INLINE_SEPARATOR_RE.finditer(line, window))
    if seps and _has_letters(line[: seps[-1].start()]):
        m = seps[-1]
        bio = _bio_paragraph(line[m.end() :], before + line[: m.start()], after_separator=True)
        if bio:
            sep = base + m.start() + 1
            why = "A separator between the last paragraph and an author bio."
            cuts.append(_Cut(sep, sep + 1, RemovalReason.SEPARATOR, why))
            why = f"Text after a separator at the end describing an author ({', '.join(bio)})."
            cuts.append(_Cut(base + m.end(), base + len(line), RemovalReason.AUTHOR_BIO, why))


def _apply(text: str, cuts: list[_Cut]) -> Cleaned:
    """Remove ``cuts`` from ``text``. Cuts separated only by whitespace form
    one gap; the whitespace around a gap collapses to the widest break it
    touched (so paragraphs stay paragraphs), and to nothing at either end."""
    cuts = sorted(cuts, key=lambda c: c.start)
    gaps: list[list[int]] = []
    for cut in cuts:
        if gaps and not text[gaps[-1][1] : cut.start].strip():
            gaps[-1][1] = max(gaps[-1][1], cut.end)
        else:
            gaps.append([cut.start, cut.end])
    out: list[str] = []
    left = text[: gaps[0][0]]
    for k, (_, end) in enumerate(gaps):
        right = text[end : gaps[k + 1][0]] if k + 1 < len(gaps) else text[end:]
        left_body, right_body = left.rstrip(), right.lstrip()
        out.append(left_body)
        if left_body and right_body and any(out):
            ws_left, ws_right = left[len(left_body) :], right[: len(right) - len(right_body)]
            out.append(ws_left if ws_left.count("\n") >= ws_right.count("\n") else ws_right)
        left = right_body
    out.append(left)
    removed = tuple(Removal(text[c.start : c.end], c.reason, c.detail) for c in cuts)
    return Cleaned(text="".join(out), removed=removed)


def _keeps_content(text: str, cuts: list[_Cut]) -> bool:
    """True when a letter survives outside every cut."""
    pos = 0
    for cut in sorted(cuts, key=lambda c: c.start):
        if _letter_in(text, pos, max(pos, cut.start)):
            return True
        pos = max(pos, cut.end)
    return _letter_in(text, pos)


def remove_boilerplate(text: str, *, language: str | None = None) -> Cleaned:
    """Remove scraped junk (teaser lists, prompts, separators, credits,
    copyright and disclaimer lines, author bios) from a repaired plain text.

    Guarantees: every non-whitespace character of ``text`` ends up either in
    ``Cleaned.text`` or in exactly one ``Cleaned.removed[i].text`` (listed in
    document order, each with a reason and its evidence); the remaining lines
    keep their order and paragraph breaks; text with nothing to remove comes
    back unchanged; and some content always survives — when every line looks
    like junk, only punctuation-only separator lines are removed.

    ``language`` is accepted as a hint but no rule depends on it: every
    language's word list is always checked, because hints are often wrong.
    """
    del language  # see docstring: deliberately unused
    if not text.strip():
        return Cleaned(text=text)
    L = Lines.of(text)
    cuts: list[_Cut] = []
    section = tail_section_start(L.lines)
    end = None
    if section is not None:
        end, reason, why = section
        last_line = max(k for k, line in enumerate(L.lines) if line.strip())
        cuts.append(_cut(L, end, last_line, reason, why, ", at the end of the text"))
    top, last = _scan_tail(L, cuts, end)
    if last >= 0:
        first = _scan_head(L, top, cuts)
        _scan_middle(L, first, top, cuts)
        _scan_last_paragraph(L, top, last, cuts)
    if cuts and (last < 0 or not _keeps_content(text, cuts)):
        junk = tuple(
            Removal(text[c.start : c.end], c.reason, c.detail)
            for c in sorted(cuts, key=lambda c: c.start)
        )
        cleaned = _only_separators(text, L)
        return Cleaned(cleaned.text, cleaned.removed, only_boilerplate=junk)
    cuts.extend(_duplicates(text, cuts))
    return _apply(text, cuts) if cuts else Cleaned(text=text)


def _duplicates(text: str, cuts: list[_Cut]) -> list[_Cut]:
    """Later copies of paragraphs and directly repeated sentences that no
    other cut already covers."""
    taken = sorted((c.start, c.end) for c in cuts)
    found = []
    for start, end, why in duplicate_spans(text):
        if not any(a < end and start < b for a, b in taken):
            found.append(_Cut(start, end, RemovalReason.DUPLICATE, why))
    return found


def _only_separators(text: str, L: Lines) -> Cleaned:
    """When every line looks like junk, cut only punctuation-only lines."""
    why = "a line made only of punctuation or symbols"
    cuts = [
        _cut(L, i, i, RemovalReason.SEPARATOR, why, "")
        for i, line in enumerate(L.lines)
        if line.strip() and is_punctuation_only(line)
    ]
    if not cuts or not _keeps_content(text, cuts):
        return Cleaned(text=text)
    return _apply(text, cuts)
