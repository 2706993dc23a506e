"""Shortening a sentence into a headline without cutting a phrase: drop\nfronted dates and appositions; as a last resort, keep a German or Dutch\nclause's closing verb after a cut between words."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..common.lexicon import stopwords
from .german import BRACKET_OPENERS
from .shape import (
    _CLAUSE_RE,
    _COMMAS,
    _DATE_NUMBER_RE,
    _DENSE_DATE_RE,
    _NAME_PARTICLES,
    _PARTICLE_RE,
    _TITLE_END_MARKS,
    _balance_quotes,
    _chars_within,
)
from .words import function_words

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
    """A short time phrase: "Le 20 septembre", "On March 5", "9月19日" (not
    "トヨタ自動車は８日": the subject comes with it)."""
    if dense:
        rest = _DENSE_DATE_RE.sub("", text).strip(" 、，はにのでも")
        return len(text) <= 12 and bool(_DENSE_DATE_RE.search(text)) and len(rest) <= 2
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


def shorten_parts(sentence: str, limit: int, dense: bool, language: str) -> str:
    """``sentence`` without fronted dates ("Le 20 septembre, ...") and an
    apposition between subject and verb ("Jack Ma, the founder of Alibaba,
    said"): still a whole sentence, only shorter. Unchanged when neither is
    found."""
    stop = stopwords(language)
    # Dropped dates and appositions are short: look within 4 limits.
    parts = _segments(sentence, 4 * limit)
    parts = _drop_apposition(_drop_fronted_dates(parts, dense, stop), stop)
    return _capitalise_like(_join(parts), sentence)


# Not after a digit: "am 19. Januar" is an ordinal, not a sentence end, and
# "3,8" a number.
_CLAUSE_END_RE = re.compile(r",(?!\d)|[;:–—]|(?<!\d)[.!?](?:\s|$)")


def _keep_final_verb(sentence: str, cut: str, limit: int, language: str) -> str:
    """In German and Dutch a cut between words may fall inside the sentence
    bracket and lose the verb that closes it; then the title keeps the
    start, an ellipsis and that verb ("Die Regierung hat am Mittwoch …
    beschlossen") instead of ending before it."""
    openers = BRACKET_OPENERS.get(language)
    if not openers or not cut.endswith("…"):
        return cut
    # The opener comes second: after the subject, a fronted adverbial, or a
    # fronted clause and its comma ("Wie ... mitteilte, ist die Rate ...").
    opener = None
    words = list(re.finditer(r"\S+", sentence))[:14]
    for index, word in enumerate(words[1:], 1):
        if word.group().lower() in openers and (index <= 7 or words[index - 1].group()[-1] == ","):
            opener = word
            break
    if opener is None:
        return cut
    end = _CLAUSE_END_RE.search(sentence, opener.end())
    clause = sentence[: end.start()] if end else sentence
    verb = clause.split()[-1] if clause.split() else ""
    body = cut[:-1].rstrip()
    if not verb.isalpha() or not verb.islower() or len(verb) < 4 or verb in body.split():
        return cut
    room = limit - len(verb) - 3
    stop = function_words(language)
    while " " in body and (len(body) > room or body.rsplit(" ", 1)[1].lower() in stop):
        body = body.rsplit(" ", 1)[0]  # nor end on an article ("mit den …")
    if len(body.split()) < 3:
        return cut
    return f"{body} … {verb}"
