"""Boilerplate removal: cut scraped junk from the edges of a news text.

The step works on lines, from the tail upwards (where most junk sits: teaser
lists, prompts, separators, credits, author bios), then from the head down
(credits, copyright), then the rest for lines that are unmistakably junk
wherever they stand, and finally the end of the last surviving paragraph for
a separator or author bio glued onto it. In hard-wrapped text a line that
carries on a sentence is judged only with its whole block of lines
(``boilerplate_lines``): half a sentence is never cut. Decisions rest on structure —
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
from dataclasses import dataclass

import regex

from . import boilerplate_lexicon as lex
from .boilerplate_lines import (
    Lines,
    cut_off,
    ends_sentence,
    labels,
    width,
    word_start,
)
from .caseless import CaselessPattern, longest_first
from .text import is_punctuation_only, last_sentences, split_sentences, words
from .types import Cleaned, Removal, RemovalReason

# --- Limits (characters; CJK characters count double, see width) ----------
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


_COLON = r"\s*[:：=]"
_LABEL_END = r"\s*[:：\-–—]"

_HEADING_RE = labels(lex.TEASER_HEADINGS, r"\s*[:：.!»›>→\-–—…\])】）]*\s*$")
# "Lesen Sie auch: Warum der DAX fällt" - a read-more link line.
_READ_MORE_RE = labels(lex.TEASER_HEADINGS, r"\s*(?:[:：»›>→|]|\s[-–—]\s)\s*\S")
_SOURCE_RE = re.compile(
    labels(lex.SOURCE_MARKERS, _COLON).pattern
    + "|"
    + labels(lex.SOURCE_PHRASES_NO_COLON, r"\s+\S").pattern,
    re.I,
)
_PICTURE_RE = labels(lex.PICTURE_MARKERS, _COLON)
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
_DISCLAIMER_LEAD_RE = labels(lex.DISCLAIMER_MARKERS, _LABEL_END)
_DISCLAIMER_EDGE_RE = labels(lex.DISCLAIMER_MARKERS_EDGE, _LABEL_END)
_DISCLAIMER_ANY = CaselessPattern(lambda alt: alt(lex.DISCLAIMER_PHRASES))
_NAV_LABEL_RE = labels(lex.NAVIGATION_LABELS, r"\s*[:：]")
_NAV_CALL_RE = labels(lex.NAVIGATION_CALLS, r"(?![^\W_])")
_BIO_LEAD_RE = labels(lex.BIO_LEADS, r"\s*(?:[:：\-–—]|$)")

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
_BIO_WORDS = CaselessPattern(lambda alt: rf"(?:{word_start(lex.BIO_WORDS, alt)})(?!it|id|yt|ial)")
_BIO_ROLE = CaselessPattern(lambda alt: rf"(?:{word_start(lex.BIO_ROLES, alt)})(?!it|id|yt|ial)")
# Case-sensitive on purpose: lower-case or capitalised forms only, so "US"
# and "EU" are not "us" and "eu"; "I" is English, "i" is Italian/Polish "and".
_FIRST_PERSON_WORDS = lex.FIRST_PERSON + tuple(w.capitalize() for w in lex.FIRST_PERSON)
_FIRST_PERSON_RE = re.compile(
    rf"(?<![^\W_])(?:{longest_first(_FIRST_PERSON_WORDS)}|I)(?![^\W_])"
    rf"|{longest_first(lex.FIRST_PERSON_CJK)}"
)
_SPEAKER_RE = regex.compile(r"^[\p{Lu}][\p{L}\p{M}.'’ -]{0,38}[:：]\s")
# "Jane Doe is a reporter ...", "Jan de Vries is correspondent ...", "Иван
# Петров — журналист ...", "张三，资深记者". A name is not opened by an article
# (German capitalises nouns: "Der Minister ist ..."). Present tense only: an
# author's bio says what the author is; "X was a journalist who ..." is a
# person the story is about.
_NAME_COPULA_RE = regex.compile(
    r"^\s*(?!(?:The|A|An|This|Der|Die|Das|Ein|Eine|Dieser|Diese|Le|La|Les|Un|Une|El|Los|Las"
    r"|Il|Lo|Gli|Una|Uno|O|Os|As|Um|Uma|Het|Een)\s)"
    r"(?P<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|da|di|do|dos|das|del|della|van|von|der|den"
    r"|ten|ter|le|la|du|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,3})"
    r"(?:\s+(?:is|ist|est|es|è|é|jest|является|writes|schreibt|écrit|escribe|scrive|escreve"
    r"|schrijft|pisze|пишет|works|arbeitet|travaille|trabaja|lavora|trabalha|werkt|pracuje"
    r"|работает)|\s*[,—–]|\s+-)\s"
    r"|^\s*\p{Han}{2,4}(?:，|,|是|系|为|為)"
)
# Contact details close a bio as often as awards do: an e-mail address or a
# handle (each as telling as a role), or a platform.
_HANDLE = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.])@\w{2,30}"
_HANDLE_RE = re.compile(_HANDLE)
_CONTACT_RE = re.compile(
    rf"{_HANDLE}|(?<![^\W_])(?:{longest_first(lex.BIO_CONTACTS)})(?![^\W_])", re.I
)
# "(dpa)", "(AFP/Reuters)", "— Reuters": an agency tag on a line of its own.
_AGENCY_TAG_RE = regex.compile(
    r"^(?:[(\[（]\s*[\p{L}\p{N}][\p{L}\p{N} ./&,+-]{0,38}[)\]）]"
    r"|(?:[—–]|--?)\s*[\p{Lu}\p{Lo}][\p{L}\p{N} ./&-]{0,30})$"
)
# "Letter" means str.isalpha here, as everywhere else in the pipeline: the
# regex module's \p{L} knows letters newer than Python's Unicode tables, and
# the stdlib's [^\W\d_] also takes numerals such as "¼", so candidates are
# found by regex and confirmed by isalpha.
_LETTER_RE = regex.compile(r"\p{L}")


def _letter_in(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    end = len(text) if endpos is None else endpos
    return any(m.group().isalpha() for m in _LETTER_RE.finditer(text, pos, end))
_FIRST_CAPS_RE = regex.compile(r"\s*(\p{Lu}[\p{L}\p{M}'’-]+)")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
# A capitalised word that follows a lowercase word or comma: a name or (in
# German) a noun, but never merely the first word of a sentence.
_MID_CAPS_RE = regex.compile(r"(?<=[\p{Ll},;]\s)\p{Lu}[\p{L}\p{M}'’+-]*")


_SEVERAL = "several bio words"
_NAME_ROLE = "opens with a name and a role"


@dataclass(frozen=True)
class _Cut:
    start: int
    end: int
    reason: RemovalReason
    detail: str


def _has_letters(s: str) -> bool:
    return _letter_in(s)


def _is_teaser(s: str) -> bool:
    return cut_off(s) and 8 <= width(s) <= TEASER_MAX and _has_letters(s)


def _is_title_like(s: str) -> bool:
    s = s.strip()
    ends_open = s.endswith((",", ";", "，", "、")) or ends_sentence(s) or cut_off(s)
    return width(s) <= TITLE_MAX and _has_letters(s) and not ends_open


# --- Line classification -----------------------------------------------------


def _credit(s: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """Source, copyright or disclaimer line. ``edge`` lines (head or tail)
    may be longer and may carry the marker phrase anywhere; lines in the
    middle must be short and start with the marker."""
    n = width(s)
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
    if width(s) <= 400:
        if (_PROMPT_RE if edge else _STRICT_PROMPT_RE).match(s):
            return RemovalReason.PROMPT_LINE, "a line opened by a prompt/navigation marker"
        if width(s) <= TITLE_MAX * 2 and _READ_MORE_RE.match(s):
            return RemovalReason.PROMPT_LINE, "a 'read more' link line"
        if edge and width(s) <= TITLE_MAX and (_NAV_LABEL_RE.match(s) or _NAV_CALL_RE.match(s)):
            return RemovalReason.PROMPT_LINE, "a short tag, share or subscribe navigation line"
    return None


# --- Author bios --------------------------------------------------------------
# A bio is about the author: it always names a journalism role ("reporter",
# "giornalista", "writes for") or gives a contact. Years, prizes and new
# names alone describe the architect or athlete a story ends on just as well.


def _bio_hits(s: str) -> set[str]:
    return {s[start:end].strip().lower() for start, end in _BIO_WORDS.spans(s)}


def _bio_vetoed(sentence: str) -> bool:
    # Somebody speaking ("I", "wir", a "Name:" label) is not a third-person bio.
    return bool(_FIRST_PERSON_RE.search(sentence) or _SPEAKER_RE.match(sentence))


def _bio_like(sentence: str) -> bool:
    """May ``sentence`` belong to a bio: bio words or contact details, and
    nobody speaking?"""
    return bool(_bio_hits(sentence) or _CONTACT_RE.search(sentence)) and not _bio_vetoed(sentence)


def _has_role(block: str) -> bool:
    """A journalism role word, or an e-mail address or handle."""
    return _BIO_ROLE.search(block) or _HANDLE_RE.search(block) is not None


def _opening(sentence: str) -> bool:
    """Does ``sentence`` open as a bio does: a name, a verb of being (or a
    comma or dash) and a journalism role close behind? "Jane Doe is a
    reporter", "Иван Петров — журналист"; "Smith, who has won two awards"
    is no such opening."""
    m = _NAME_COPULA_RE.match(sentence)
    if m is None:
        return False
    start = m.end("name") if m.group("name") else m.end()
    return _BIO_ROLE.search(sentence, start, m.end() + 60)


def _known_subject(block: str, before: str) -> bool:
    """True when the block opens with a name the article already used (any
    word of it: "Jane Doe" after "Doe said"): then it is about the article's
    own subject (content), not about its author. A word counts as a name
    when the text never writes it in lower case, so German "Als" or English
    "The" do not count."""
    m = _NAME_COPULA_RE.match(block)
    if m and m.group("name"):
        names = _FIRST_CAPS_RE.findall(m.group("name"))
    else:
        m = _FIRST_CAPS_RE.match(block)
        names = [m.group(1)] if m else []

    def used(word: str) -> bool:
        return regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", before) is not None

    return any(used(name) and not used(name.lower()) for name in names)


def _bio_signals(
    block: str, before: str, before_sentences: list[str], *, glued_sep: bool
) -> list[str]:
    """Structural evidence that ``block`` (trailing sentences) is an author
    bio rather than the closing of the article; ``before`` is the text
    preceding it. The caller also demands a role in the block."""
    signals = []
    if glued_sep:
        signals.append("followed by a separator")
    if len(_bio_hits(block)) >= 2:
        signals.append(_SEVERAL)
    if len(set(_YEAR_RE.findall(block))) >= 2:
        signals.append("dense with years")
    if before_sentences:
        median = statistics.median(width(x) for x in before_sentences[-8:])
        if width(block) >= 120 and width(block) >= 2 * median:
            signals.append("much longer than the sentences before it")
    if _opening(block):
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
    evidence; None when the end of the line is ordinary content. Only
    bio-like sentences are ever cut, the first of them naming the author
    with a role (unless a separator sets off a single sentence), and at
    least one sentence of the line always stays."""
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
    # Grow the candidate block upwards over bio-like sentences (max 3).
    j = len(sentences)
    while j > 1 and len(sentences) - j < 3:
        s = sentences[j - 1]
        j -= 1
        if _BIO_LEAD_RE.match(s):
            break  # "About the author: ..." opens the bio; nothing above belongs to it
        if not _bio_like(s):
            j += 1
            break
    for k in range(j, len(sentences)):  # longest block first
        if _BIO_LEAD_RE.match(sentences[k]):
            return offset + spans[k], ["introduced by an 'about the author' label"]
        # A bio opens by naming its author; only a single sentence set off
        # by a separator may go without ("Als Gewinner ... 2019 ... |").
        if not _opening(sentences[k]) and (k < len(sentences) - 1 or not glued_sep):
            continue
        block = " ".join(sentences[k:])
        if not _has_role(block):
            continue
        preceding = before + line[: offset + spans[k]]
        signals = _bio_signals(block, preceding, sentences[max(0, k - 8) : k], glued_sep=glued_sep)
        if _bio_enough(signals, block, preceding):
            return offset + spans[k], signals
    return None


def _bio_paragraph(s: str, before: str, *, after_separator: bool = False) -> list[str] | None:
    """Evidence that ``s`` is an author bio as a whole, or None. A paragraph
    of its own at the tail must say so from its first sentence ("About the
    author", or a name with a journalism role); the text after a separator
    ending the last paragraph may instead show the role and two structural
    signals, the separator being one. Every further sentence is bio-like."""
    if _BIO_LEAD_RE.match(s):
        return ["introduced by an 'about the author' label"]
    if width(s) > BIO_LINE_MAX or not _has_role(s):
        return None
    sentences = split_sentences(s)
    opens = _opening(sentences[0])
    if not (opens or after_separator) or len(sentences) > 4 or _bio_vetoed(sentences[0]):
        return None
    if not all(_bio_like(x) for x in sentences[0 if not opens else 1 :]):
        return None
    signals = _bio_signals(s, before, [], glued_sep=after_separator)
    if (opens and not _known_subject(s, before)) or (
        after_separator and _bio_enough(signals, s, before)
    ):
        return signals if after_separator else ["a paragraph of its own at the tail", *signals]
    return None


# --- Tail scan ----------------------------------------------------------------


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


def _scan_tail(L: Lines, cuts: list[_Cut]) -> tuple[int, int]:
    """Classify lines from the bottom up; returns the first and last line of
    the last content unit — a line or a hard-wrapped block — ((-1, -1) if none)."""
    i = L.prev(len(L.lines))
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
            return top, i
        cuts.append(_cut(L, first, i, *found, ", at the end of the text"))
        i = L.prev(first)
    return -1, -1


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
    top, last = _scan_tail(L, cuts)
    if last >= 0:
        first = _scan_head(L, top, cuts)
        _scan_middle(L, first, top, cuts)
        _scan_last_paragraph(L, top, last, cuts)
    if not cuts:
        return Cleaned(text=text)
    if last < 0 or not _keeps_content(text, cuts):
        why = "a line made only of punctuation or symbols"
        cuts = [
            _cut(L, i, i, RemovalReason.SEPARATOR, why, "")
            for i, line in enumerate(L.lines)
            if line.strip() and is_punctuation_only(line)
        ]
        if not cuts or not _keeps_content(text, cuts):
            return Cleaned(text=text)
    return _apply(text, cuts)
