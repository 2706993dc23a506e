"""Boilerplate removal: cut scraped junk from the edges of a news text.

The step works on lines, from the tail upwards (where most junk sits: teaser
lists, prompts, separators, credits, author bios), then from the head down
(credits, copyright), then the rest for lines that are unmistakably junk
wherever they stand, and finally the end of the last surviving paragraph for
a separator or author bio glued onto it. Decisions rest on structure —
position, length, cut-off endings, the repeated shape of consecutive lines,
punctuation — and on multi-language word lists (``boilerplate_lexicon``)
only where words are needed; all lists are always checked, so a wrong
language hint cannot hurt.

Nothing is ever lost silently: every removed span is returned verbatim in a
:class:`Removal` with its reason and the evidence, and the surviving text
keeps its line structure.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import boilerplate_lexicon as lex
from .caseless import Alternation, CaselessPattern, longest_first
from .text import (
    SENTENCE_END,
    ends_cut_off,
    is_punctuation_only,
    last_sentences,
    split_sentences,
    words,
)
from .types import Cleaned, Removal, RemovalReason

# --- Limits (characters; CJK characters count double, see _width) ----------
TEASER_MAX = 200  # a related-article teaser line is a title plus a few words
SINGLE_TEASER_MAX = 150  # a lone cut-off line at the tail, without a run
TITLE_MAX = 120  # a short line without final punctuation (title, heading)
HEADING_MAX = 60  # generic heading above a teaser block
CREDIT_MAX_EDGE = 300  # credit/copyright/disclaimer line at the head or tail
CREDIT_MAX_MIDDLE = 160  # ... in the middle of the text: must be short
SOURCE_MAX = 200  # "Source: ..." credit lines name an agency or a few people
DISCLAIMER_MAX = 700
BIO_LINE_MAX = 700  # standalone bio paragraph at the tail
BIO_WINDOW = 6000  # only the end of a huge last line is searched for a bio
_BIO_SENTENCES = 3 + 8  # a glued bio block and the sentences it is compared with


_alternation = longest_first


def _word_start(phrases: tuple[str, ...], alternation: Alternation = longest_first) -> str:
    # Latin/Cyrillic/Arabic entries start at a word boundary; CJK entries
    # have no word boundaries to rely on.
    cjk = tuple(p for p in phrases if _is_cjk(p[0]))
    other = tuple(p for p in phrases if not _is_cjk(p[0]))
    return rf"(?<![^\W_])(?:{alternation(other) or '(?!)'})|(?:{alternation(cjk) or '(?!)'})"


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


# Wide and full-width characters (East Asian width W or F), as one class so
# that measuring a line is a single regex scan instead of a Python loop.
_WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]"
)


# Leading decoration before a marker: bullets, brackets, arrows.
_LEAD = r"^[\s\[(（【〔<「『\-–—•·*#]*"
_COLON = r"\s*[:：=]"
_LABEL_END = r"\s*[:：\-–—]"


def _labels(phrases: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """A line opening with one of ``phrases`` (after decoration), then ``tail``."""
    return re.compile(f"{_LEAD}(?:{_alternation(phrases)}){tail}", re.I)


_HEADING_RE = _labels(lex.TEASER_HEADINGS, r"\s*[:：.!»›>→\-–—…\])】）]*\s*$")
# "Lesen Sie auch: Warum der DAX fällt" - a read-more link line.
_READ_MORE_RE = _labels(lex.TEASER_HEADINGS, r"\s*(?:[:：»›>→|]|\s[-–—]\s)\s*\S")
_SOURCE_RE = re.compile(
    _labels(lex.SOURCE_MARKERS, _COLON).pattern
    + "|"
    + _labels(lex.SOURCE_PHRASES_NO_COLON, r"\s+\S").pattern,
    re.I,
)
_PICTURE_RE = _labels(lex.PICTURE_MARKERS, _COLON)
# "Copyright" alone may open a headline ("Copyright reform passes"): it
# must be followed by a mark, a year or "by".
_COPYRIGHT_LEAD_RE = re.compile(
    r"^[\s\[(]*(?:©|℗|copyright\s*(?:©|\(c\)|(?:19|20)\d\d|by\b)|\(c\)\s*(?:19|20)\d\d)", re.I
)
# "(c) Example Media": only a short capitalised name, "(c) the third
# option" is the last item of a list.
_COPYRIGHT_NAME_RE = regex.compile(r"^[\s\[(]*\([cC]\)\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){0,4}\s*\)?\s*$")
# Searched anywhere in a line: CaselessPattern, as re.I alternations are slow there.
_COPYRIGHT_ANY = CaselessPattern(lambda alt: rf"©|{alt(lex.COPYRIGHT_PHRASES)}")
_DISCLAIMER_LEAD_RE = _labels(lex.DISCLAIMER_MARKERS, _LABEL_END)
_DISCLAIMER_EDGE_RE = _labels(lex.DISCLAIMER_MARKERS_EDGE, _LABEL_END)
_DISCLAIMER_ANY = CaselessPattern(lambda alt: alt(lex.DISCLAIMER_PHRASES))
_NAV_LABEL_RE = _labels(lex.NAVIGATION_LABELS, r"\s*[:：]")
_NAV_CALL_RE = _labels(lex.NAVIGATION_CALLS, r"(?![^\W_])")
_BIO_LEAD_RE = _labels(lex.BIO_LEADS, r"\s*(?:[:：\-–—]|$)")

# Prompt / navigation markers. A lone "»" counts only when followed by a
# space and never closed by "«" (German quotes are »like this«).
_PROMPT_RE = re.compile(
    r"^\s*(?:>{2,}|>\s*[:：]|<{2,}|-{1,2}>|={1,2}>|»{2,}|›{2,}"
    r"|[→⇒⇨➔➜➝➞➟➠➡➢➣➤►▶▸▹➽]"
    r"|»\s(?!.*«))"
)
_STRICT_PROMPT_RE = re.compile(r"^\s*(?:>{2,}|>\s*[:：]|<{2,}|-{1,2}>|={1,2}>|»{2,})")

# A separator glued to the end of a paragraph: "... 2018. |".
_GLUED_SEPARATOR_RE = re.compile(
    r"(?<=\S)[ \t\u00a0]+(?:[|¦‖│┃]+|[—―]+|-{2,}|\*{2,}|#{2,}|={2,}|_{2,}|~{2,}|(?:•\s*){2,})\s*$"
)
# "... danke! | Als Gewinner ..." - a separator between content and a bio.
_INLINE_SEPARATOR_RE = re.compile(r"\s[|¦‖│┃]\s")

# The look-ahead keeps "authority", "Autorität", "autoridad", "autorytet",
# "editorial" out: same stems, no bio.
_BIO_WORDS = CaselessPattern(lambda alt: rf"(?:{_word_start(lex.BIO_WORDS, alt)})(?!it|id|yt|ial)")
_BIO_ROLE = CaselessPattern(lambda alt: rf"(?:{_word_start(lex.BIO_ROLES, alt)})(?!it|id|yt|ial)")
# Case-sensitive on purpose: lower-case or capitalised forms only, so "US"
# and "EU" are not "us" and "eu"; "I" is English, "i" is Italian/Polish "and".
_FIRST_PERSON_WORDS = lex.FIRST_PERSON + tuple(w.capitalize() for w in lex.FIRST_PERSON)
_FIRST_PERSON_RE = re.compile(
    rf"(?<![^\W_])(?:{_alternation(_FIRST_PERSON_WORDS)}|I)(?![^\W_])"
    rf"|{_alternation(lex.FIRST_PERSON_CJK)}"
)
_SPEAKER_RE = regex.compile(r"^[\p{Lu}][\p{L}\p{M}.'’ -]{0,38}[:：]\s")
# "Jane Doe is a reporter ...", "Иван Петров — журналист ...", "张三，资深记者".
_NAME_COPULA_RE = regex.compile(
    r"^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"(?:\s+(?:is|was|ist|war|est|était|es|fue|è|era|é|foi|jest|był|była|является|был|была)"
    r"|\s*[,—–]|\s+-)\s"
    r"|^\s*\p{Han}{2,4}(?:，|,|是|系|为|為)"
)
_EXTRA_ELLIPSIS_RE = re.compile(r"(?:⋯|．{2,}|。{3,}|‥)\s*$")
# "(dpa)", "(AFP/Reuters)", "— Reuters": an agency tag on a line of its own.
_AGENCY_TAG_RE = regex.compile(
    r"^(?:[(\[（]\s*[\p{L}\p{N}][\p{L}\p{N} ./&,+-]{0,38}[)\]）]"
    r"|(?:[—–]|--?)\s*[\p{Lu}\p{Lo}][\p{L}\p{N} ./&-]{0,30})$"
)
_LETTER_RE = regex.compile(r"\p{L}")
_FIRST_CAPS_RE = regex.compile(r"\s*(\p{Lu}[\p{L}\p{M}'’-]+)")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
# A capitalised word that follows a lowercase word or comma: a name or (in
# German) a noun, but never merely the first word of a sentence.
_MID_CAPS_RE = regex.compile(r"(?<=[\p{Ll},;]\s)\p{Lu}[\p{L}\p{M}'’+-]*")
_FINAL_PUNCT = tuple(SENTENCE_END) + tuple(f"{e}{c}" for e in ".!?。！？؟" for c in "\"'»«”“’」』）)")


_SEVERAL = "several bio words"
_NAME_ROLE = "opens with a name and a role"


@dataclass(frozen=True)
class _Cut:
    start: int
    end: int
    reason: RemovalReason
    detail: str


def _width(s: str) -> int:
    """Length where CJK characters count double (a 30-character Chinese
    teaser is as long, in content, as a 60-character English one)."""
    if s.isascii() or len(s) > 1000:  # width >= len: long lines fail every limit anyway
        return len(s)
    return len(s) + _wide_count(s)


@lru_cache(maxsize=1024)
def _wide_count(s: str) -> int:
    # Each line is measured by several tests in a row (teaser, title, credit ...).
    return len(_WIDE_RE.findall(s))


def _has_letters(s: str) -> bool:
    return _LETTER_RE.search(s) is not None


def _ends_sentence(s: str) -> bool:
    s = s.rstrip()
    return s.endswith(_FINAL_PUNCT) and not _cut_off(s)


def _cut_off(s: str) -> bool:
    # text.ends_cut_off knows "..." and "…"; CJK and Korean sites also cut
    # with "⋯" or full-width dots. Kept local: text.py is shared. Only the
    # end is looked at: an unanchored search over a 28 KB line costs ms.
    end = s.rstrip()[-12:]
    return ends_cut_off(end) or bool(_EXTRA_ELLIPSIS_RE.search(end))


def _is_teaser(s: str) -> bool:
    return _cut_off(s) and 8 <= _width(s) <= TEASER_MAX and _has_letters(s)


def _is_title_like(s: str) -> bool:
    s = s.strip()
    ends_open = s.endswith((",", ";", "，", "、")) or _ends_sentence(s) or _cut_off(s)
    return _width(s) <= TITLE_MAX and _has_letters(s) and not ends_open


# --- Line classification -----------------------------------------------------


def _credit(s: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """Source, copyright or disclaimer line. ``edge`` lines (head or tail)
    may be longer and may carry the marker phrase anywhere; lines in the
    middle must be short and start with the marker."""
    n = _width(s)
    short = CREDIT_MAX_EDGE if edge else CREDIT_MAX_MIDDLE
    if n <= short and (_COPYRIGHT_LEAD_RE.match(s) or (edge and _COPYRIGHT_NAME_RE.match(s))):
        return RemovalReason.COPYRIGHT, "a short line starting with a copyright mark"
    if edge and n <= DISCLAIMER_MAX and _DISCLAIMER_EDGE_RE.match(s) or (
        n <= (DISCLAIMER_MAX if edge else CREDIT_MAX_MIDDLE * 2) and _DISCLAIMER_LEAD_RE.match(s)
    ):
        return RemovalReason.DISCLAIMER, "a line introduced by a disclaimer label"
    if n <= min(short, SOURCE_MAX) and _SOURCE_RE.match(s):
        # A credit names someone; a long or questioning remainder is speech
        # ("Editor: What do you make of it?"), and "Photo: <ten words>" is a
        # caption or a headline, not a credit.
        rest = _SOURCE_RE.sub("", s, count=1)
        limit = 6 if _PICTURE_RE.match(s) else (25 if edge else 12)
        if len(words(rest)) <= limit and not rest.rstrip().endswith(("?", "!", "？", "！")):
            return RemovalReason.SOURCE_LINE, "a short credit line opened by a source/editor label"
    if edge and _AGENCY_TAG_RE.match(s) and len(words(s)) <= (4 if s[0] in "([（" else 3):
        return RemovalReason.SOURCE_LINE, "an agency tag in brackets on a line of its own"
    if edge and n <= short and _COPYRIGHT_ANY.search(s):
        return RemovalReason.COPYRIGHT, "a short line carrying a copyright notice"
    if edge and n <= DISCLAIMER_MAX and _DISCLAIMER_ANY.search(s):
        return RemovalReason.DISCLAIMER, "a line disclaiming the views or advice expressed"
    return None


def _standalone(s: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """Classify one stripped, non-blank line on its own (no context)."""
    if is_punctuation_only(s):
        return RemovalReason.SEPARATOR, "a line made only of punctuation or symbols"
    found = _credit(s, edge=edge)
    if found:
        return found
    if _width(s) <= 400:
        if (_PROMPT_RE if edge else _STRICT_PROMPT_RE).match(s):
            return RemovalReason.PROMPT_LINE, "a line opened by a prompt/navigation marker"
        if _width(s) <= TITLE_MAX * 2 and _READ_MORE_RE.match(s):
            return RemovalReason.PROMPT_LINE, "a 'read more' link line"
        if edge and _width(s) <= TITLE_MAX and (_NAV_LABEL_RE.match(s) or _NAV_CALL_RE.match(s)):
            return RemovalReason.PROMPT_LINE, "a short tag, share or subscribe navigation line"
    return None


# --- Author bios --------------------------------------------------------------


def _bio_hits(s: str) -> set[str]:
    return {s[start:end].strip().lower() for start, end in _BIO_WORDS.spans(s)}


def _bio_vetoed(sentence: str) -> bool:
    # Somebody speaking ("I", "wir", a "Name:" label) is not a third-person bio.
    return bool(_FIRST_PERSON_RE.search(sentence) or _SPEAKER_RE.match(sentence))


def _known_subject(block: str, before: str) -> bool:
    """True when the block opens with a name the article already used: then
    it is about the article's own subject (content), not about its author.
    A word counts as a name when the text never writes it in lower case, so
    German "Als" or English "The" do not count."""
    m = _FIRST_CAPS_RE.match(block)
    if not m:
        return False
    def used(word: str) -> bool:
        return regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", before) is not None

    return used(m.group(1)) and not used(m.group(1).lower())


def _bio_signals(
    block: str, before: str, before_sentences: list[str], *, glued_sep: bool
) -> list[str]:
    """Structural evidence that ``block`` (trailing sentences) is an author
    bio rather than the closing of the article; ``before`` is the text
    preceding it. The caller also demands bio vocabulary in the block."""
    signals = []
    if glued_sep:
        signals.append("followed by a separator")
    if len(_bio_hits(block)) >= 2:
        signals.append(_SEVERAL)
    if len(set(_YEAR_RE.findall(block))) >= 2:
        signals.append("dense with years")
    if before_sentences:
        median = statistics.median(_width(x) for x in before_sentences[-8:])
        if _width(block) >= 120 and _width(block) >= 2 * median:
            signals.append("much longer than the sentences before it")
    opening = _NAME_COPULA_RE.match(block)
    # "Jane Doe is a reporter", "Иван Петров — журналист": the role follows
    # the copula closely; "Smith, who has won two awards" is no such opening.
    if opening and _BIO_ROLE.search(block, opening.end(), opening.end() + 60):
        signals.append(_NAME_ROLE)
    names = _MID_CAPS_RE.findall(block)
    if len(names) >= 3:
        seen = set(_MID_CAPS_RE.findall(before))
        novel = [n for n in names if n not in seen and n.split("-")[0] not in seen]
        if len(novel) >= 3 and len(novel) >= 0.6 * len(names):
            signals.append("names not mentioned anywhere before")
    return signals


def _bio_enough(signals: list[str], block: str, before: str) -> bool:
    # Two structural signals on top of the vocabulary (more bio words are
    # still just vocabulary: "Der Gewinner war der Autor X" is content), and
    # never about a person the article already named: that is the story.
    return sum(1 for x in signals if x != _SEVERAL) >= 2 and not _known_subject(block, before)


def _glued_bio(line: str, before: str, *, glued_sep: bool) -> tuple[int, list[str]] | None:
    """Offset in ``line`` where a trailing author bio starts, with its
    evidence; None when the end of the line is ordinary content. At least one
    sentence of the line always stays."""
    offset = max(0, len(line) - BIO_WINDOW)
    window = line[offset:]
    # Only the last sentences are ever looked at: a block of up to three and
    # the eight before it (one more in case the first is dropped below).
    sentences = last_sentences(window, _BIO_SENTENCES + 1)
    if offset and sentences:
        sentences = sentences[1:]  # the first piece may be a cut sentence
    if len(sentences) < 2:
        return None
    # Offsets found from the end: only whitespace separates two sentences,
    # and the list may not start at the beginning of the window.
    spans, end = [0] * len(sentences), len(window)
    for i in range(len(sentences) - 1, -1, -1):
        end = spans[i] = window.rfind(sentences[i], 0, end)
    # Grow the candidate block upwards over bio-looking sentences (max 3).
    j = len(sentences)
    while j > 1 and len(sentences) - j < 3:
        s = sentences[j - 1]
        j -= 1
        if _BIO_LEAD_RE.match(s):
            break  # "About the author: ..." opens the bio; nothing above belongs to it
        if _bio_vetoed(s) or not _bio_hits(s):
            j += 1
            break
    for k in range(j, len(sentences)):  # longest block first
        block = " ".join(sentences[k:])
        if _BIO_LEAD_RE.match(sentences[k]):
            return offset + spans[k], ["introduced by an 'about the author' label"]
        preceding = before + line[: offset + spans[k]]
        signals = _bio_signals(block, preceding, sentences[max(0, k - 8) : k], glued_sep=glued_sep)
        if _bio_enough(signals, block, preceding):
            return offset + spans[k], signals
    return None


def _standalone_bio(s: str, before: str, *, glued_sep: bool = False) -> list[str] | None:
    """Evidence that a whole paragraph at the tail (or the text after a
    separator ending the last paragraph) is an author bio, or None."""
    if _BIO_LEAD_RE.match(s):
        return ["introduced by an 'about the author' label"]
    if _width(s) > BIO_LINE_MAX or not _bio_hits(s):
        return None
    sentences = split_sentences(s)
    if len(sentences) > 4 or any(_bio_vetoed(x) for x in sentences):
        return None
    signals = _bio_signals(s, before, [], glued_sep=glued_sep)
    # A name-and-role opening settles it for a paragraph of its own at the
    # tail; otherwise the same two structural signals as a glued bio.
    if (_NAME_ROLE in signals and not _known_subject(s, before)) or _bio_enough(signals, s, before):
        return signals if glued_sep else ["a paragraph of its own at the tail", *signals]
    return None


# --- Tail scan ----------------------------------------------------------------


@dataclass
class _Lines:
    text: str
    starts: list[int]
    lines: list[str]

    @classmethod
    def of(cls, text: str) -> "_Lines":
        lines = text.split("\n")
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        return cls(text, starts, lines)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of lines first..last, trimmed to non-whitespace."""
        start = self.starts[first]
        end = self.starts[last] + len(self.lines[last])
        chunk = self.text[start:end]
        return start + (len(chunk) - len(chunk.lstrip())), end - (len(chunk) - len(chunk.rstrip()))

    def cut(self, i: int, reason: RemovalReason, why: str, where: str) -> _Cut:
        """The whole of line ``i``, with ``why`` + ``where`` as its detail."""
        return _Cut(*self.span(i, i), reason, f"{why[0].upper()}{why[1:]}{where}.")

    def prev(self, i: int) -> int:
        """Index of the nearest non-blank line above ``i`` (or -1)."""
        i -= 1
        while i >= 0 and not self.lines[i].strip():
            i -= 1
        return i


def _is_dialogue(s: str, text: str, end: int) -> bool:
    """A "Name: ..." line whose label was already used as a speaker above is
    dialogue trailing off, not a teaser."""
    m = _SPEAKER_RE.match(s)
    return bool(m) and text.find(m.group(0).rstrip(), 0, end) >= 0


def _teaser_block(L: _Lines, bottom: int) -> tuple[int, int | None, str] | None:
    """Find a teaser run ending at line ``bottom``: (top line, heading line or
    None, evidence), or None when the lines there are not a teaser block."""
    run: list[int] = []  # bottom-up: cut-off teasers and short title-like lines
    i = bottom
    while i >= 0:
        s = L.lines[i].strip()
        if _HEADING_RE.match(s) or _is_dialogue(s, L.text, L.starts[i]):
            break
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
        short = _width(s) <= HEADING_MAX and len(words(s)) <= 8
        if short and _is_title_like(s) and L.prev(above) >= 0:
            heading = above
    mark = "…" if sum(t.endswith("…") for t in texts) * 2 > n else "..."
    each = "each" if c == n else f"{c} of them"
    if c >= 2 and 2 * c >= n:
        lengths = [_width(t) for t in texts]
        shape = "similar-length" if max(lengths) <= 1.3 * min(lengths) + 4 else "short"
        why = f"{n} consecutive {shape} lines at the end of the text, {each} cut off with '{mark}'"
    elif lexicon_heading:
        why = f"{n} short line(s) under a 'related articles' heading, {each} cut off with '{mark}'"
    elif n == 1 and _width(texts[0]) <= SINGLE_TEASER_MAX and len(split_sentences(texts[0])) <= 2:
        why = f"a single short line at the end of the text, cut off with '{mark}'"
    else:
        return None
    return block[-1], heading, why


def _scan_tail(L: _Lines, cuts: list[_Cut]) -> int:
    """Classify lines from the bottom up; returns the index of the last
    content line (-1 if none)."""
    i = L.prev(len(L.lines))
    while i >= 0:
        s = L.lines[i].strip()
        if _is_teaser(s) or _is_title_like(s):
            found = None if _standalone(s, edge=True) and not _is_teaser(s) else _teaser_block(L, i)
            # Something must stay above the block (and its heading).
            if found and L.prev(found[1] if found[1] is not None else found[0]) >= 0:
                top, heading, evidence = found
                cuts.append(_Cut(*L.span(top, i), RemovalReason.TEASER_BLOCK, evidence + "."))
                i = L.prev(top)
                if heading is not None:
                    why = "a short heading line directly above a block of teaser lines"
                    cuts.append(L.cut(heading, RemovalReason.TEASER_HEADING, why, ""))
                    i = L.prev(heading)
                continue
        found_line = _standalone(s, edge=True)
        if _HEADING_RE.match(s) and not found_line:
            why = "a 'related articles' heading, nothing below it"
            found_line = RemovalReason.TEASER_HEADING, why
        if not found_line and L.prev(i) >= 0:
            bio = _standalone_bio(s, L.text[: L.starts[i]])
            if bio:
                found_line = RemovalReason.AUTHOR_BIO, f"an author bio ({', '.join(bio)})"
        if not found_line:
            return i
        cuts.append(L.cut(i, *found_line, ", at the end of the text"))
        i = L.prev(i)
    return -1


def _scan_head(L: _Lines, stop: int, cuts: list[_Cut]) -> int:
    """Classify lines from the top down to (excluding) ``stop``; returns the
    index of the first content line."""
    i = 0
    while i < stop:
        s = L.lines[i].strip()
        if s:
            found = _standalone(s, edge=True)
            if not found:
                return i
            cuts.append(L.cut(i, *found, ", at the head of the text"))
        i += 1
    return stop


def _scan_middle(L: _Lines, first: int, last: int, cuts: list[_Cut]) -> None:
    for i in range(first + 1, last):
        s = L.lines[i].strip()
        if s and _width(s) <= 2 * CREDIT_MAX_MIDDLE:
            found = _standalone(s, edge=False)
            if found:
                cuts.append(L.cut(i, *found, ", standing alone mid-text"))


def _scan_last_line(L: _Lines, i: int, cuts: list[_Cut]) -> None:
    """Cut a separator and/or author bio glued onto the end of line ``i``."""
    line, base = L.lines[i].rstrip(), L.starts[i]
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
    # "... danke! | Als Gewinner ...": a separator between content and bio.
    window = max(0, len(line) - 2 * BIO_LINE_MAX)
    seps = list(_INLINE_SEPARATOR_RE.finditer(line, window))
    if seps and _has_letters(line[: seps[-1].start()]):
        m = seps[-1]
        bio = _standalone_bio(line[m.end() :], before + line[: m.start()], glued_sep=True)
        if bio:
            sep = base + m.start() + 1
            why = "A separator between the last paragraph and an author bio."
            cuts.append(_Cut(sep, sep + 1, RemovalReason.SEPARATOR, why))
            why = f"Text after a separator at the end describing an author ({', '.join(bio)})."
            cuts.append(_Cut(base + m.end(), base + len(line), RemovalReason.AUTHOR_BIO, why))


# --- Assembly -----------------------------------------------------------------


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
        if _LETTER_RE.search(text, pos, max(pos, cut.start)):
            return True
        pos = max(pos, cut.end)
    return bool(_LETTER_RE.search(text, pos))


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
    L = _Lines.of(text)
    cuts: list[_Cut] = []
    last = _scan_tail(L, cuts)
    if last >= 0:
        first = _scan_head(L, last, cuts)
        _scan_middle(L, first, last, cuts)
        _scan_last_line(L, last, cuts)
    if not cuts:
        return Cleaned(text=text)
    if last < 0 or not _keeps_content(text, cuts):
        why = "a line made only of punctuation or symbols"
        cuts = [
            L.cut(i, RemovalReason.SEPARATOR, why, "")
            for i, line in enumerate(L.lines)
            if line.strip() and is_punctuation_only(line)
        ]
        if not cuts or not _keeps_content(text, cuts):
            return Cleaned(text=text)
    return _apply(text, cuts)
