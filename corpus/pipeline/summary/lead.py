"""The lines a title may come from: not a stamp, code, byline, cookie or
other junk line (the boilerplate step's detectors judge), not a dateline
standing alone; and the lead without its dateline ("BERLIN (dpa) – ",
"МОСКВА, 3 марта. /ТАСС/. ", "新华社北京3月5日电 ", "【ワシントン共同】")."""

from __future__ import annotations

import regex

from ..boilerplate import is_byline, is_editor_note, junk_reason
from ..common.lexicon import zipf
from .words import adverbial_openers, articles, function_words

__all__ = ["calm_capitals", "is_title_source", "strip_dateline"]

_PLACE = r"\p{Lu}[\p{Lu}.'’/-]+(?:\s\p{Lu}[\p{Lu}.'’/-]+){0,3}"
_CASED_PLACE = r"\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,3}"
_DATE = r"(?:,\s*[^()\n/]{1,30}?)?"
_AGENCY = r"\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/)"
# The separator after a dateline: a dash or colon ("(EFE).- ", ". /ТАСС/. ").
_SEP = r"\s*\.?\s*[-–—:]+\s*|\.\s+"
_DATELINE_RE = regex.compile(
    rf"^\s*(?:{_CASED_PLACE}{_DATE}{_AGENCY}\.?(?:{_SEP})"
    rf"|{_PLACE}{_DATE}\.?(?:{_AGENCY}\.?)?\s*[-–—:]+\s+"
    rf"|{_PLACE}{_DATE}\.\s*{_AGENCY}\.?\s+"
    rf"|{_PLACE}{_DATE}{_AGENCY}\s+(?=\p{{Lu}})"
    # "Berlin. Der Bundestag ...": a place name as a sentence of its own.
    r"|\p{Lu}\p{Ll}{3,}(?:[\s-]\p{Lu}\p{Ll}+)?\.\s+(?=\p{Lu})"
    # Scripts without capitals: one to three words and an agency in
    # brackets ("القاهرة (رويترز) - "), or one or two words and a dash
    # ("กรุงเทพฯ - ").
    r"|[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+){0,2}\s*\([^()\n]{1,30}\)\s*[-–—:]\s+"
    r"|[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+)?\s+[-–—]\s+"
    # Chinese, Japanese and Korean agency datelines.
    r"|[^\s，。]{0,16}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)(?:\s*[（(][^）)\n]{1,30}[）)])?\s*"
    r"|[【［\[][^】］\]\n]{1,30}[】］\]]\s*"
    r"|\([^()\n]{1,30}=[^()\n]{1,20}\)\s*(?:\S{2,4}\s(?:기자|특파원)\s*=?\s*)?)(?=\S)"
)
_LETTER_RE = regex.compile(r"\p{L}")
# Junk left at the head of a text is short: a stamp, a code, a byline, a
# dateline (longer junk lines are the boilerplate step's to cut). A longer
# line is a lead paragraph.
_JUDGED_MAX = 120


def strip_dateline(text: str) -> str:
    """``text`` without a dateline opening it, when enough is left after it."""
    match = _DATELINE_RE.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    return rest if len(rest) >= 20 or (len(rest) >= 8 and not rest.isascii()) else text


def is_title_source(line: str, *, dense: bool) -> bool:
    """May ``line`` give the title? Not when it is junk by the boilerplate
    step's detectors (stamp, agency code, credit, cookie, prompt ...), a
    byline, an editor's note, mostly digits and symbols, or a place name
    alone in capitals
    (a dateline on its own line: "STOCKHOLM")."""
    if len(line) > _JUDGED_MAX:
        return True  # a paragraph: the boilerplate step has judged it whole
    if junk_reason(line) is not None or is_byline(line) or is_editor_note(line):
        return False
    letters = len(_LETTER_RE.findall(line))
    visible = len(line) - line.count(" ")
    if not letters or letters * 2 < visible:
        return False
    words = line.split()
    if not dense and len(words) <= 2 and line == line.upper() and not line.rstrip()[-1:] in ".!?":
        return False
    return True


def calm_capitals(line: str, language: str) -> str:
    """A headline shouted in capitals, in title case: small words (articles,
    prepositions, conjunctions) lower, other words capitalised, short rare
    words (acronyms: "EU", "NATO") kept. Any other line comes back as is."""
    cased = [ch for ch in line if ch.isalpha() and ch.lower() != ch.upper()]
    if len(cased) < 8 or any(ch.islower() for ch in cased):
        return line
    stop = function_words(language) | adverbial_openers(language) | articles(language)
    out = []
    for index, word in enumerate(line.split()):
        core = word.strip("\"'«»„“”‚‘’()[]:;,.!?-–—")
        lower = word.lower()
        short = len(core) <= 3 and core.casefold() not in stop
        if short or (len(core) == 4 and zipf(core, language) < 4.5):
            out.append(word)  # an acronym
        elif index and core.casefold() in stop:
            out.append(lower)
        else:
            at = next((i for i, ch in enumerate(lower) if ch.isalpha()), 0)
            out.append(lower[:at] + lower[at : at + 1].upper() + lower[at + 1 :])
    return " ".join(out)
