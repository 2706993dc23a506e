"""Author bios: a paragraph about the author, standing alone at the tail or
glued onto the end of the last paragraph.

A bio is about the author: it always names a journalism role ("reporter",
"giornalista", "writes for") or gives a contact. Years, prizes and new
names alone describe the architect or athlete a story ends on just as well."""

from __future__ import annotations

import re
import statistics

import regex

from ..common.caseless import CaselessPattern, longest_first
from ..common.text import last_sentences, split_sentences
from . import lexicon as lex
from .detectors import _SPEAKER_RE
from .lines import (
    labels,
    width,
    word_start,
)

BIO_LINE_MAX = 700  # standalone bio paragraph at the tail


BIO_WINDOW = 6000  # only the end of a huge last line is searched for a bio
_BIO_SENTENCES = 3 + 8  # a glued bio block and the sentences it is compared with
_BIO_LEAD_RE = labels(lex.BIO_LEADS, r"\s*(?:[:：\-–—]|$)")
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
_FIRST_CAPS_RE = regex.compile(r"\s*(\p{Lu}[\p{L}\p{M}'’-]+)")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
# A capitalised word that follows a lowercase word or comma: a name or (in
# German) a noun, but never merely the first word of a sentence.
_MID_CAPS_RE = regex.compile(r"(?<=[\p{Ll},;]\s)\p{Lu}[\p{L}\p{M}'’+-]*")
_SEVERAL = "several bio words"
_NAME_ROLE = "opens with a name and a role"


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
