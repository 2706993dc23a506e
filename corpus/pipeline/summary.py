"""Extractive title and summary proposals, in the document's own words.

Both are proposals an editor confirms: nothing is paraphrased or translated,
text is only selected and shortened at clause, sentence or word boundaries.
Script-aware: Chinese, Japanese, Thai, Lao, Khmer and Burmese text ("dense"
scripts: a character carries far more than a Latin letter) gets shorter
limits. Korean titles are cut between words like Latin ones, with the limit
counted in display columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import regex

from .lexicon import base_language, stopwords
from .text import SENTENCE_END, split_sentences

TITLE_MAX = 80
TITLE_MAX_DENSE = 30
# Japanese writes particles and verb endings in kana, so a headline takes
# about a third more characters than in Chinese: at 30 the lead clause
# rarely reaches its verb.
TITLE_MAX_KANA = 40
SUMMARY_MAX = 300
SUMMARY_MAX_DENSE = 120
SUMMARY_SENTENCES = 3
HEADING_MAX = 100
HEADING_MAX_DENSE = 40
ELLIPSIS = "…"
# Only the start of a paragraph is split into sentences: proposals never
# reach further (a piece cut at the window is longer than any summary, so it
# is never taken whole), and a whole article on one line would cost time.
_WINDOW = 1000

_DENSE_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
_LETTER_RE = regex.compile(r"\p{L}")
# The same scripts by code point, for a fast first check with the stdlib engine.
_ANY_DENSE_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\U00020000-\U0003ffff]"
)

# "Sorkin:", "Jack Ma:", "Dr. Li Wei:" (up to four capitalised words) or a
# short uncased label ("马云：", "جاك ما:"), followed by the spoken text.
_SPEAKER_RE = regex.compile(
    r"^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"|[\p{Lo}\p{M}]{1,12}(?:\s[\p{Lo}\p{M}]{1,12}){0,2})\s*[:：]\s*(?=\S)"
)
# Asides in brackets rarely belong in a headline: "(Pekinger Zeit)".
_PARENTHETICAL_RE = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{0,80}[)\]）】]")
# Clause boundaries, tried before cutting between words.
_CLAUSE_RE = re.compile(r"\s*(?:[,;:،؛]\s|\s[–—-]\s|[，、；：])")
_COMMAS = ",،，、"
_WORD_END_RE = re.compile(r"\s+\S*$")
# Sentence and clause punctuation a cut may leave at the end ("…" too, since
# a cut adds its own).
_TRAILING_RE = re.compile(r"[\s.,;:·。，、；：،؛…\-–—।॥።۔．｡]+$")
# What may end a title: anything but sentence or clause punctuation, except
# "?", "!" and "…", which change what the title says.
_TITLE_END_MARKS = frozenset(".,;:·。，、；：،؛-–—।॥።۔．｡")
# A day, year or clock time ("20", "19.", "2024", "10:30"), not an amount.
_DATE_NUMBER_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}\.?|\d{4}|\d{1,2}[:h]\d\d)(?![\d%]|[.,]\d|\s?%)"
)
_DENSE_DATE_RE = re.compile(r"\d\s*[年月日時时号號点點]")
# Lower-case particles inside personal names, whatever the text's language.
_NAME_PARTICLES = frozenset(
    "al bin ibn bint ben da das de del della der di do dos du el la le van von zu ter den".split()
)
_PARTICLE_RE = re.compile("[-'’]")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_HANGUL_RE = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Strictly head-final languages: every clause ends with its verb and
# subordinate clauses come before the main one, so a prefix that stops at a
# comma stops before the main verb. (Not Hindi or Persian: their "ki"/"ke"
# clauses follow the main verb, so a comma there can end the main clause.)
_HEAD_FINAL = frozenset("ja ko tr az uz kk ky tk mn ta te kn ml si my eu".split())
# An interview turn is not a quotation: "He said: «...»" does not start one.
_QUOTE_OPENERS = "\"'«„“‘‹「『"
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ("‹", "›"), ("「", "」"), ("『", "』"), ("‚", "‘"))
_FINAL_MARKS = SENTENCE_END + ":;,，、；：…"


def _is_dense(text: str) -> bool:
    """True when most letters belong to a script written without spaces."""
    sample = text[:600]
    if not _ANY_DENSE_RE.search(sample):
        return False
    letters = len(_LETTER_RE.findall(sample))
    return bool(letters) and len(_DENSE_RE.findall(sample)) * 2 >= letters


def _clean(paragraphs: Sequence[str], count: int = 6) -> list[str]:
    """The first ``count`` non-blank paragraphs, whitespace collapsed, each
    cut to the window that proposals can use."""
    out: list[str] = []
    for paragraph in paragraphs:
        if paragraph and not paragraph.isspace():
            out.append(" ".join(paragraph[: _WINDOW + 200].split()))
            if len(out) == count:
                break
    return out


def _is_heading(paragraph: str, dense: bool) -> bool:
    """A short line without final punctuation, e.g. a headline kept on top."""
    limit = HEADING_MAX_DENSE if dense else HEADING_MAX
    stripped = paragraph.rstrip("\"'»«”“’‘」』)）] ")
    if not stripped or len(paragraph) > limit or stripped[-1] in _FINAL_MARKS:
        return False
    if not _LETTER_RE.search(paragraph) or _SPEAKER_RE.match(paragraph):
        return False
    return len(split_sentences(paragraph)) == 1


def _strip_speaker(text: str) -> str:
    match = _SPEAKER_RE.match(text)
    return text[match.end() :] if match else text


def _balance_quotes(text: str) -> str:
    """Drop an opening quote whose closing partner was cut off (or vice versa)."""
    for opening, closing in _QUOTE_PAIRS:
        if text.count(opening) > text.count(closing):
            i = text.rfind(opening)
            text = (text[:i] + text[i + 1 :]).strip()
        elif text.count(closing) > text.count(opening) and text.startswith(closing):
            text = text[1:].strip()
    for mark in ('"', "'"):
        if text.count(mark) % 2 and (text.startswith(mark) or text.endswith(mark)):
            text = text.strip(mark).strip()
    return text


def _trim_end(text: str) -> str:
    return _TRAILING_RE.sub("", text)


def _width(text: str) -> int:
    """Display columns: wide and full-width characters (Hangul, CJK) take two."""
    return len(text) + sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")


def _chars_within(text: str, columns: int) -> int:
    """How many characters of ``text`` fit in ``columns`` display columns."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > columns:
            return index
    return len(text)


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cut_words(text: str, limit: int, dense: bool, language: str) -> str:
    """Cut at the last word boundary that leaves room for "…", dropping
    dangling function words ("der", "of") so the cut reads naturally."""
    room = limit - 1
    if len(text) <= limit:
        return text
    head = text[:room]
    if dense and not re.search(r"\s", text[room // 2 : room + 1]):
        # No spaces to cut at: cut between characters, but never inside a
        # run of Latin letters or digits embedded in the text.
        while head and _is_ascii_alnum(head[-1]) and _is_ascii_alnum(text[len(head)]):
            head = head[:-1]
        head = head or text[:room]
        # Never separate a base letter from its vowel signs or accents.
        while len(head) > 1 and unicodedata.category(text[len(head)])[0] == "M":
            head = head[:-1]
    elif not text[room].isspace():
        head = _WORD_END_RE.sub("", head) or head
    head = _trim_end(head)
    stop = stopwords(language)
    words = head.split()
    while len(words) > 3 and words[-1].casefold().strip("\"'«»„“”") in stop:
        words.pop()
        head = _trim_end(" ".join(words))
    return _balance_quotes(head) + ELLIPSIS


def _starts_turn(text: str) -> bool:
    """Does ``text`` open with a speaker label ("Q:", "س:", "Sorkin:", "记者：")
    followed by the spoken words rather than by a quotation?"""
    match = _SPEAKER_RE.match(text)
    return bool(match) and text[match.end()] not in _QUOTE_OPENERS


# -- title clauses -------------------------------------------------------------
#
# A lead sentence that is too long is split at its clause boundaries into
# segments, each a [text, delimiter after it] pair. Without part-of-speech
# tags, a few structural cues tell which segments a title can lose: a fronted
# date ("Le 20 septembre, ..."), and an apposition between the subject and
# its verb, recognised in cased scripts by capitals ("Le ministre, Bruno Le
# Maire, a annoncé").

_Parts = list[list[str]]


def _segments(sentence: str, reach: int) -> _Parts:
    """Segments starting within ``reach`` characters; the last one runs to
    the end of the sentence (no title is cut beyond it)."""
    parts: _Parts = []
    start = 0
    for match in _CLAUSE_RE.finditer(sentence, 0, reach):
        if match.start() > start:
            parts.append([sentence[start : match.start()], match.group()])
            start = match.end()
    parts.append([sentence[start:], ""])
    return parts


def _join(parts: _Parts) -> str:
    return "".join(text + delimiter for text, delimiter in parts).strip()


def _after_comma(part: list[str]) -> bool:
    return part[1].strip()[:1] in _COMMAS


def _starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return False


def _is_name(text: str, stop: frozenset[str]) -> bool:
    """A run of capitalised words ("Bruno Le Maire", "Lula da Silva",
    "Abdel Fattah al-Sisi") that does not open with a function word ("In
    Paris"). A conjunction makes it a list ("Familien und Rentner")."""
    words = text.split()
    if not 1 <= len(words) <= 5 or words[0].casefold() in stop:
        return False
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    if any(ch.isdigit() for ch in text):
        return False
    return all(w[0].isupper() or _PARTICLE_RE.split(w, 1)[0] in _NAME_PARTICLES for w in words)


def _is_predicate(text: str) -> bool:
    """A segment that goes on with the verb: lower-case start, and not the
    tail of a list of names ("and Italy", "et l'Italie")."""
    if not _starts_lower(text):
        return False
    words = text.split(None, 2)
    return not (len(words) > 1 and len(words[0]) <= 3 and words[1][:1].isupper())


def _is_date(text: str, dense: bool, stop: frozenset[str]) -> bool:
    """A short time phrase: "Le 20 septembre", "On March 5", "9月19日"."""
    if dense:
        return len(text) <= 12 and bool(_DENSE_DATE_RE.search(text))
    words = text.split()
    if not 1 <= len(words) <= 6 or not _DATE_NUMBER_RE.search(text):
        return False
    first = words[0].casefold()
    # "l'heure locale du 20 septembre": the article is elided.
    return first[0].isdigit() or first in stop or re.split("['’]", first)[0] in stop


def _drop_fronted_dates(parts: _Parts, dense: bool, stop: frozenset[str]) -> _Parts:
    """Leading date segments go while what follows is still a clause."""
    while len(parts) > 1 and _after_comma(parts[0]) and _is_date(parts[0][0], dense, stop):
        rest = _join(parts[1:])
        if (len(rest) < 8) if dense else (len(rest.split()) < 4):
            break
        parts = parts[1:]
    return parts


def _ends_with_name(text: str, stop: frozenset[str]) -> bool:
    """Does ``text`` end with two or more capitalised words ("Olaf Scholz",
    "O presidente Luiz Inácio Lula da Silva")?"""
    words = text.split()[-6:]
    run = 0
    for index in range(len(words) - 1, -1, -1):
        if _is_name(" ".join(words[index:]), stop):
            run = len(words) - index
    return run >= 2


def _drop_apposition(parts: _Parts, stop: frozenset[str]) -> _Parts:
    """Remove an apposition or insert between the subject and its verb:
    "Le ministre, Bruno Le Maire, a annoncé" -> "Le ministre a annoncé",
    "Jack Ma, the founder of Alibaba, said" -> "Jack Ma said".

    Only where capitals tell names apart, and only after the first or second
    segment ("En France, Bruno Le Maire, ministre, a annoncé"): further on,
    commas also separate list items and adverbials.
    """
    for at in (0, 1):
        if len(parts) < at + 3 or not (_after_comma(parts[at]) and _after_comma(parts[at + 1])):
            continue
        subject, middle, rest = parts[at][0], parts[at + 1][0], parts[at + 2][0]
        # A short segment with more commas after it may be a second
        # apposition ("Le Premier ministre, Gabriel Attal, ancien ministre,
        # a annoncé"), not the verb.
        if not _is_predicate(rest) or (len(parts) > at + 3 and len(rest.split()) < 6):
            continue
        # Name, lower-case role, verb ("Jack Ma, the founder, said").
        drop = (
            _ends_with_name(subject, stop)
            and _starts_lower(middle)
            and len(middle.split()) <= 10
            and (at == 0 or _is_name(subject, stop))
        )
        if at == 0 and not drop:
            # Role, name, verb ("Le ministre, Bruno Le Maire, a annoncé"). A
            # role is a short phrase and a person has two names at least:
            # German capitalises every noun ("..., Unternehmen, die ...").
            drop = (
                _is_name(middle, stop)
                and len(middle.split()) >= 2
                and not _is_name(subject, stop)
                and 2 <= len(subject.split()) <= 8
                and not _is_date(subject, False, stop)
            )
        if drop:
            return [*parts[:at], [f"{subject} {rest}", parts[at + 2][1]], *parts[at + 3 :]]
    return parts


def _cut_clause(parts: _Parts, limit: int, dense: bool, stop: frozenset[str]) -> str | None:
    """The longest prefix of whole segments within the limit that can stand
    as a title: at least three-fifths of the limit (a cut much shorter than
    a word cut would say less), not ending on a date or a short insert
    ("..., in a statement") and not past a name after a comma, which all
    leave the clause unfinished."""
    best = None
    text = ""
    for index, (segment, delimiter) in enumerate(parts[:-1]):
        text += segment
        if len(text) > limit or (index and _is_name(segment, stop)):
            # Past a name after a comma (an apposition or a list item) the
            # verb is still to come: no prefix from here on is a clause.
            break
        if len(text) >= limit * 0.6 and (
            index == 0
            or (
                (len(segment) >= 6 if dense else len(segment.split()) >= 4)
                and not _is_date(segment, dense, stop)
                # "Yesterday, the minister, who resigned, | said": an insert
                # before the verb, which goes on in lower case.
                and not _starts_lower(parts[index + 1][0])
            )
        ):
            best = text
        text += delimiter
    return best


def _capitalise_like(text: str, original: str) -> str:
    if text[:1].islower() and original[:1].isupper():
        return text[0].upper() + text[1:]
    return text


def _trim_title_end(text: str) -> str:
    # By hand: a regex anchored at the end still tries every position.
    end = len(text)
    while end and (text[end - 1] in _TITLE_END_MARKS or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def _finish_title(text: str) -> str:
    return _trim_title_end(_balance_quotes(_trim_title_end(text)))


def _char_limit(text: str, limit: int, measure: Callable[[str], int]) -> int:
    return limit if measure is len else _chars_within(text, limit)


def _shorten_sentence(
    sentence: str,
    limit: int,
    measure: Callable[[str], int],
    dense: bool,
    head_final: bool,
    language: str,
) -> str:
    """``sentence`` fitted into ``limit``: without fronted dates and
    appositions if that is enough, else cut at a clause boundary, else
    between words with "…"."""
    stop = stopwords(language)
    # Dropped dates and appositions are short: cuts stay within 4 limits.
    parts = _segments(sentence, 4 * limit)
    parts = _drop_apposition(_drop_fronted_dates(parts, dense, stop), stop)
    shorter = _capitalise_like(_join(parts), sentence)
    if shorter != sentence:
        shorter = _finish_title(shorter)
        if measure(shorter) <= limit:
            return shorter
    chars = _char_limit(shorter, limit, measure)
    if not head_final:
        clause = _cut_clause(parts, chars, dense, stop)
        if clause:
            return _finish_title(_capitalise_like(clause.strip(), sentence))
    return _cut_words(shorter, chars, dense, language)


def propose_title(paragraphs: Sequence[str], *, language: str) -> str:
    """A short extractive title in the document's language.

    Guarantees: at most 80 characters (30 for dense scripts such as Chinese or
    Thai, 40 for Japanese; 80 display columns for Korean), taken from the
    document's own words; never cut mid-word in spaced scripts; ends without
    sentence punctuation other than "…", "?" or "!". A short heading-like
    first paragraph is used as is; otherwise the lead sentence, without a
    leading speaker label or bracketed asides, whole if it fits, else without
    a fronted date or an apposition after the subject, else cut where a
    clause ends or, failing that, between words with "…". Empty input -> "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    language = base_language(language)
    sample = " ".join(lines[:3])[:600]
    dense = _is_dense(sample)
    heading = _is_heading(lines[0], dense)
    limit = TITLE_MAX_DENSE if dense else TITLE_MAX
    measure = len
    head_final = language in _HEAD_FINAL
    if dense and len(_HANGUL_RE.findall(sample)) * 2 >= len(_ANY_DENSE_RE.findall(sample)):
        # Korean puts spaces between words: cut there, counting Hangul
        # syllables as the two columns they take.
        dense, limit, measure, head_final = False, TITLE_MAX, _width, True
    elif dense and _KANA_RE.search(sample):
        limit, head_final = TITLE_MAX_KANA, True

    if heading:
        sentence = _finish_title(lines[0])
        if measure(sentence) <= limit:
            return sentence
        return _cut_words(sentence, _char_limit(sentence, limit, measure), dense, language)

    lead = _strip_speaker(lines[0])
    sentences = split_sentences(lead[:_WINDOW])
    sentence = sentences[0] if sentences else lead
    shorter = _PARENTHETICAL_RE.sub("", sentence).strip()
    if _LETTER_RE.search(shorter):
        sentence = shorter
    sentence = _finish_title(sentence)
    if measure(sentence) <= limit:
        return sentence
    return _shorten_sentence(sentence, limit, measure, dense, head_final, language)


def propose_summary(paragraphs: Sequence[str], *, language: str) -> str:
    """The first one to three sentences of the lead, as an extractive summary.

    Guarantees: at most 300 characters (120 for dense scripts), ending at a
    sentence boundary, or, when the first sentence alone is too long, at a
    word boundary followed by "…". A heading-like first paragraph (the one
    ``propose_title`` uses) and a leading speaker label are skipped; when the
    lead paragraph is very short the next one continues it. The summary
    stops before a sentence or paragraph that opens an interview turn ("Q:",
    "س:", "Sorkin:"): only the introduction is summarised. Empty input -> "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    language = base_language(language)
    dense = _is_dense(" ".join(lines[:3]))
    limit = SUMMARY_MAX_DENSE if dense else SUMMARY_MAX
    if _is_heading(lines[0], dense):
        lines = lines[1:]
    if not lines:
        return ""
    chosen: list[str] = []
    length = 0
    for index, line in enumerate(lines):
        if index == 0:
            line = _strip_speaker(line)
        elif _starts_turn(line):
            break
        for sentence in split_sentences(line[:_WINDOW]):
            # CJK sentences follow each other without a space.
            joiner = "" if not chosen or chosen[-1][-1:] in "。！？" else " "
            extra = len(joiner) + len(sentence)
            if length + extra > limit or len(chosen) == SUMMARY_SENTENCES:
                break
            if chosen and _starts_turn(sentence):
                break
            chosen.append(joiner + sentence)
            length += extra
        else:
            # Paragraph used up: continue into the next one only while the
            # summary is still a fragment.
            if length < limit / 3 and len(chosen) < SUMMARY_SENTENCES:
                continue
        break
    if chosen:
        return "".join(chosen)
    first = split_sentences(_strip_speaker(lines[0])[:_WINDOW])
    return _cut_words(first[0] if first else lines[0], limit, dense, language)
