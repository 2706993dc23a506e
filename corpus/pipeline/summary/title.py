"""The proposed title: a complete phrase of the document's own words that
reads as a headline.

Where it comes from, in order:

1. a heading kept on top of the text (a short first line without final
   punctuation; a line shouted in capitals is put in title case), once
   stamps, agency codes, bylines, editor's notes, datelines and other junk
   lines above it and a one-word kicker are passed over;
2. else the lead sentence, without its dateline, speaker label and
   bracketed asides: whole if it fits the limit; else without a fronted
   date, an apposition or a relative clause between subject and verb; else
   its longest prefix that is a complete phrase (``clauses``: never a German
   clause cut before its verb); else the main clause after a fronted
   adverbial, or what a speaker said after "said that" / "表示，";
3. else the shortest of those whole clauses up to the stretch limit (in
   head-final languages then the last clause, which holds the main verb);
4. else another sentence of the lead that names its own subject (a
   complete clause under half the limit is not taken before this: there
   the verb is often still to come);
5. only then a cut between words, marked "…" (never inside a word, a number
   or a Latin run in CJK text), keeping a German or Dutch closing verb and,
   in head-final languages, the subject and the words that end the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..common.lexicon import base_language, stopwords
from ..common.text import split_sentences
from .clauses import (
    complete_prefixes,
    drop_insert,
    ends_on_function_word,
    final_clause,
    main_after_fronted,
    reported_clause,
)
from .lead import calm_capitals, is_title_source, strip_dateline
from .shape import (
    _ANY_DENSE_RE,
    _HANGUL_RE,
    _HEAD_FINAL,
    _KANA_RE,
    _LETTER_RE,
    _PARENTHETICAL_RE,
    _WINDOW,
    TITLE_MAX,
    TITLE_MAX_DENSE,
    TITLE_MAX_KANA,
    TITLE_STRETCH,
    TITLE_STRETCH_DENSE,
    TITLE_STRETCH_KANA,
    _clean,
    _cut_words,
    _is_dense,
    _is_heading,
    _strip_speaker,
    _width,
)
from .shorten import _char_limit, _finish_title, _keep_final_verb, shorten_parts

__all__ = ["propose_title", "shorten_headline"]

# Junk lines passed over at the top before the title line is looked for.
_SKIP_AT_MOST = 4
_HEADING_MARKS_RE = re.compile(r"^#{1,6}\s+")


@dataclass(frozen=True)
class _Frame:
    """How titles are measured for one document's script and language."""

    language: str
    dense: bool  # written without spaces: cut between characters
    head_final: bool  # the main verb comes last: no prefix is a clause
    limit: int
    stretch: int
    measure: Callable[[str], int]


def _frame(sample: str, language: str) -> _Frame:
    dense = _is_dense(sample)
    head_final = language in _HEAD_FINAL
    if dense and len(_HANGUL_RE.findall(sample)) * 2 >= len(_ANY_DENSE_RE.findall(sample)):
        # Korean puts spaces between words: cut there, counting Hangul
        # syllables as the two columns they take.
        return _Frame(language, False, True, TITLE_MAX, TITLE_STRETCH, _width)
    if dense and _KANA_RE.search(sample):
        return _Frame(language, True, True, TITLE_MAX_KANA, TITLE_STRETCH_KANA, len)
    if dense:
        return _Frame(language, True, head_final, TITLE_MAX_DENSE, TITLE_STRETCH_DENSE, len)
    return _Frame(language, False, head_final, TITLE_MAX, TITLE_STRETCH, len)


def propose_title(paragraphs: Sequence[str], *, language: str) -> str:
    """A headline for the document, in its own words and language.

    Guarantees: at most 90 characters (30 for dense scripts such as Chinese
    or Thai, 40 for Japanese, 80 display columns for Korean) when any
    complete phrase of the lead fits; else a whole clause of at most 120
    (40, 53, 120 columns); only when none exists a cut between words ending
    in "…" within the first limit. Never a junk line (stamp, code, byline,
    cookie text), never ending on a function word or sentence punctuation
    other than "?", "!" or "…". Empty input -> "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    frame = _frame(" ".join(lines[:3])[:600], base_language(language))
    line = _title_line(lines, frame)
    if _is_heading(line, frame.dense):
        # "# Heading" where the file was not taken for Markdown as a whole.
        line = _HEADING_MARKS_RE.sub("", line) or line
        heading = _finish_title(calm_capitals(line, frame.language))
        return _fit(heading, [], frame, heading=True)
    lead = strip_dateline(_strip_speaker(line))
    sentences = split_sentences(lead[:_WINDOW]) or [lead]
    return _fit(sentences[0], sentences[1:], frame)


def shorten_headline(headline: str, *, language: str) -> str:
    """An explicit headline (a page's <h1>, og:title or <title>) fitted like
    a title: whole when it fits, else its longest complete part. Headlines
    are terse, so a part before a comma may be as short as a third of the
    limit ("Storm batters Europe, leaving 13 dead ..." -> "Storm batters
    Europe"). "" when the headline is junk (a stamp, a code, a cookie or
    "share" line), so the caller proposes one from the text instead."""
    headline = " ".join(headline.split())
    if not headline or not is_title_source(headline, dense=_is_dense(headline)):
        return ""
    frame = _frame(headline[:600], base_language(language))
    return _fit(_finish_title(calm_capitals(headline, frame.language)), [], frame, heading=True)


def _title_line(lines: list[str], frame: _Frame) -> str:
    """The first line that may give the title: junk lines and a kicker (a
    one-word heading such as "Politik" above the real one) are passed over."""
    for index, line in enumerate(lines[: _SKIP_AT_MOST + 1]):
        if index == len(lines) - 1:
            return line
        dense = _is_dense(line)
        if not is_title_source(line, dense=dense):
            continue
        short = len(line) < 4 if dense else len(line.split()) < 2
        if short and _is_heading(line, frame.dense):
            continue
        return line
    return lines[min(_SKIP_AT_MOST + 1, len(lines) - 1)]


def _without_asides(sentence: str) -> str:
    shorter = _PARENTHETICAL_RE.sub("", sentence).strip()
    return shorter if _LETTER_RE.search(shorter) else sentence


def _fit(sentence: str, others: list[str], frame: _Frame, *, heading: bool = False) -> str:
    """The best title ``sentence`` gives (see the module's order), falling
    back on ``others`` (the lead's next sentences) before cutting words."""
    measure, limit = frame.measure, frame.limit
    whole = _finish_title(_without_asides(sentence))
    if measure(whole) <= limit:
        return whole
    shorter = shorten_parts(whole, limit, frame.dense, frame.language)
    shorter = _finish_title(drop_insert(shorter, language=frame.language))
    main = _finish_title(main_after_fronted(shorter, language=frame.language, dense=frame.dense))
    reported = _finish_title(reported_clause(shorter, language=frame.language, dense=frame.dense))
    phrases = [p for p in (shorter, main, reported) if p]
    candidates = [[(phrase, 1 / 3), *_parts(phrase, frame, heading)] for phrase in phrases]
    for found in candidates:
        fitting = [c for c, floor in found if limit * floor <= measure(c) <= limit]
        if fitting:
            return max(fitting, key=measure)
    longer = [
        c for found in candidates for c, _ in found if limit / 2 < measure(c) <= frame.stretch
    ]
    if longer:
        return min(longer, key=measure)
    if frame.head_final:
        # The last clause holds the main verb but not the subject: taken
        # only when no whole sentence fits the stretch.
        tails = [_finish_title(final_clause(p, dense=frame.dense)) for p in phrases]
        tails = [t for t in tails if t and limit / 3 <= measure(t) <= frame.stretch]
        if tails:
            return min(tails, key=measure)
    for other in others[:4]:
        other = _finish_title(_without_asides(other))
        if _names_its_subject(other, frame) and limit / 3 <= measure(other) <= limit:
            return other
    # The main clause is cut when a fronted adverbial was found before it.
    return _cut_between_words(main or shorter, frame)


def _parts(phrase: str, frame: _Frame, heading: bool) -> list[tuple[str, float]]:
    """The clause prefixes of ``phrase`` that read as complete phrases, each
    with the least share of the limit it must fill: a prefix cut at a comma
    under half the limit often stops before the verb; one cut before a
    subordinating word ("... resigned on Monday | after ...") holds a whole
    clause, and a main or reported clause found whole may be a third, as
    may any part of a ``heading``."""
    reach = _char_limit(phrase, frame.stretch, frame.measure)
    cuts = complete_prefixes(
        phrase, language=frame.language, dense=frame.dense, head_final=frame.head_final,
        reach=reach,
    )
    found = [
        (_finish_title(cut.text), 1 / 2 if cut.punctuated and not heading else 1 / 3)
        for cut in cuts
    ]
    return [(c, f) for c, f in found if c and not ends_on_function_word(c, frame.language)]


def _names_its_subject(sentence: str, frame: _Frame) -> bool:
    """Can a later sentence of the lead stand as a headline? Only one that
    opens with a capitalised word that is no article or pronoun ("Sweden
    joined ..."; not "It was ...", "The decision ...") and does not trail
    off on a function word. Dense scripts give no such cue: never."""
    words = sentence.split()
    if frame.dense or len(words) < 4 or not words[0][:1].isupper():
        return False
    first = words[0].casefold().strip("\"'«»„“”")
    if first in stopwords(frame.language):
        return False
    return not ends_on_function_word(sentence, frame.language)


def _cut_between_words(sentence: str, frame: _Frame) -> str:
    """The last resort: a cut between words (characters in dense scripts)
    marked "…". A head-final sentence keeps its subject and the words that
    end it, main verb included ("Merkez Bankası ... Kurulu … sabit tuttu")."""
    chars = _char_limit(sentence, frame.limit, frame.measure)
    if frame.head_final:
        kept = _head_and_tail(sentence, frame)
        if kept:
            return kept
    cut = _cut_words(sentence, chars, frame.dense, frame.language)
    return _keep_final_verb(sentence, cut, chars, frame.language)


# Japanese particles after which a phrase ends: a tail starts after one.
_JA_PARTICLES = "をにでがはとへ、"


def _head_and_tail(sentence: str, frame: _Frame) -> str:
    measure, limit = frame.measure, frame.limit
    if frame.dense:
        topic = next((i for i, ch in enumerate(sentence[:12]) if ch in "はが"), -1)
        head = sentence[: topic + 1] if topic >= 0 else ""
        room = limit - len(head) - 1
        starts = [i for i in range(len(sentence) - room, len(sentence))
                  if i > len(head) and sentence[i - 1] in _JA_PARTICLES]
        if not head or not starts:
            return ""
        return f"{head}…{sentence[starts[0]:]}"
    words = sentence.split()
    first = _first_segment(sentence)
    head = first if first and measure(first) <= limit * 0.45 else words[0]
    tail: list[str] = []
    for word in reversed(words[len(head.split()) :]):
        if measure(" ".join([head, "…", word, *tail])) > limit:
            break
        tail.insert(0, word)
    if len(tail) < 2:
        return ""
    return f"{head} … {' '.join(tail)}"


def _first_segment(sentence: str) -> str:
    head = sentence.split(",", 1)[0].strip()
    return head if head != sentence.strip() else ""
