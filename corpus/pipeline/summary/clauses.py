"""Where a lead sentence may be cut so that what is left is a complete
phrase, judged per kind of language.

A cut falls at a clause boundary: a comma, colon, semicolon or dash (also
the CJK and Arabic ones), or, in languages that put the main clause first
and need no comma before a subordinate one (English, French, Russian ...),
just before a subordinating conjunction ("... for a third day | as strong
winds pushed"). The prefix before the cut is a candidate title when it
reads as a whole phrase:

* it does not end on a function word ("of", "der", "à"), a date or inside
  brackets or quotes;
* it is not a fronted subordinate clause or adverbial alone ("Nachdem ...
  hatten", "Although ...", "In a surprise move ...");
* it does not stop after a verb of saying, before what was said ("The
  minister said | that ...", "…时表示，");
* German closes every clause with its verb and capitalises every noun, so a
  prefix must hold the main clause whole: a verb before the first
  subordinate clause, a verb bracket opened by an auxiliary ("hat",
  "wird") closed again, and each subordinate clause ending on its verb;
* Hindi, Persian, Urdu, Bengali end the main clause on its verb and put
  "कि"/"که" clauses after it: a comma ends a clause only before one;
* head-final languages (Japanese, Korean, Turkish ...) put the main verb
  last, so no prefix short of the sentence end is a clause; their last
  segment (which holds that verb) is offered instead.

Whole clauses that are not prefixes are offered too: the main clause after a
fronted adverbial (``main_after_fronted``), the sentence without a relative
clause between subject and verb (``drop_insert``) and what a speaker said
(``reported_clause``).

Per-language words come from ``corpus.pipeline.languages`` (see ``words``),
stop words where a language has no list of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .shape import _CLAUSE_RE, _DATE_NUMBER_RE, _DENSE_DATE_RE, _QUOTE_PAIRS
from .german import de_complete, de_has_verb
from .words import (
    adverbial_openers,
    articles,
    complementizers,
    ends_with_saying,
    first_word,
    function_words,
    has_saying,
    opens_subordinate,
)
from .words import bare as _bare
from .words import subordinators as _subordinators

__all__ = [
    "Cut", "boundaries", "complete_prefixes", "drop_insert", "ends_on_function_word",
    "final_clause", "main_after_fronted", "reported_clause",
]

# Languages whose subordinate clauses end with their verb while the main
# clause has it second; a comma always opens the subordinate clause.
_VERB_FINAL_SUBORDINATE = frozenset({"de", "nl"})
# Verb-final main clauses, but subordinate clauses after them ("..., कि",
# "..., که"): a comma ends the main clause only before one.
_POSTPOSED_SUBORDINATE = frozenset({"hi", "fa", "ur", "bn", "ne", "mr", "pa", "gu"})


@dataclass(frozen=True)
class Cut:
    """A prefix of a sentence that can stand as a title."""

    text: str
    end: int  # where the prefix ends in the sentence
    # Cut at punctuation, not before a subordinating word ("... on Monday |
    # after ..."), where the clause before is whole however short it is.
    punctuated: bool = True


def ends_on_function_word(text: str, language: str) -> bool:
    """Does ``text`` end on an article, preposition or conjunction? Elided
    forms count too ("l'", "d'")."""
    words = text.split()
    if not words:
        return False
    last = _bare(words[-1])
    stop = function_words(language)
    if last in stop:
        return True
    # Japanese particles are glued to the word before them.
    return language == "ja" and any(last.endswith(p) for p in stop if len(p) == 1)


def _balanced(text: str) -> bool:
    """No bracket or quotation left open: a cut inside one says half of it."""
    if not _OPENERS_RE.search(text):
        return True
    for opening, closing in (("(", ")"), ("[", "]"), ("（", "）"), ("【", "】"), *_QUOTE_PAIRS):
        if text.count(opening) > text.count(closing):
            return False
    return text.count('"') % 2 == 0


def _is_date(text: str, dense: bool) -> bool:
    if dense:
        return len(text) <= 12 and bool(_DENSE_DATE_RE.search(text))
    return len(text.split()) <= 4 and bool(_DATE_NUMBER_RE.search(text))


_SPACE_CLAUSED = frozenset({"th", "lo", "km", "my"})
_SPACES_RE = re.compile(r"\s+")
_OPENERS_RE = re.compile("[\"(\\[（【«„“‹「『‚]")
_PUNCT_SPLIT_RE = re.compile(r"[,;:，、；：،؛]\s*|\s[–—-]\s")


@lru_cache(maxsize=64)
def _subordinator_re(language: str) -> re.Pattern[str] | None:
    """A lower-case subordinating word between spaces ("... day | as winds")."""
    words = sorted(_subordinators(language), key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"\s(?:{'|'.join(map(re.escape, words))})(?=\s)")


def boundaries(
    sentence: str, language: str, dense: bool, reach: int | None = None
) -> list[tuple[int, int, bool]]:
    """(start, end, punctuated) of each clause boundary in ``sentence`` that
    starts within ``reach`` characters, in order; ``punctuated`` is False
    for a boundary before a subordinating word or, in Thai, Lao, Khmer and
    Burmese, at a space (which is where those scripts end a clause)."""
    end = len(sentence) if reach is None else min(reach + 2, len(sentence))
    found = {(m.start(), m.end(), True) for m in _CLAUSE_RE.finditer(sentence, 0, end)}
    words = _subordinator_re(language)
    if words is not None and language not in _VERB_FINAL_SUBORDINATE and not dense:
        found.update((m.start(), m.start() + 1, False) for m in words.finditer(sentence, 0, end))
    if dense and language in _SPACE_CLAUSED:
        found.update((m.start(), m.end(), False) for m in _SPACES_RE.finditer(sentence, 0, end))
    return sorted(found)


def _opens_complement(text: str, language: str) -> bool:
    """Does ``text`` open what was said ("that ...", "أن ...")? Not in German
    or Dutch, whose "dass"/"dat" clauses put the verb last: no headline."""
    if language in _VERB_FINAL_SUBORDINATE:
        return False
    return first_word(text) in complementizers(language)


def _opens_adverbial(text: str, language: str) -> bool:
    """Does ``text`` open with a preposition or conjunction ("In a surprise
    move ...", "Après ...", "Although ...")? Then it is fronted before the
    main clause, not the main clause itself. Articles and determiners open
    a subject instead."""
    first = first_word(text)
    if opens_subordinate(text, language) or first in adverbial_openers(language):
        return True
    return first in function_words(language) and first not in articles(language)


# -- candidates -------------------------------------------------------------------

def complete_prefixes(
    sentence: str, *, language: str, dense: bool, head_final: bool, reach: int | None = None
) -> list[Cut]:
    """Every prefix of ``sentence`` ending at a clause boundary within
    ``reach`` characters that reads as a complete phrase, shortest first
    (the whole sentence not included)."""
    if head_final:
        return []
    cuts: list[Cut] = []
    first_segment = True  # no punctuation yet: the prefix is one segment
    for start, end, punctuated in boundaries(sentence, language, dense, reach):
        prefix = sentence[:start].strip()
        rest = sentence[end:].strip()
        if prefix and rest and _judge(prefix, rest, language, dense, first_segment):
            cuts.append(Cut(prefix, start, punctuated))
        first_segment = first_segment and not punctuated
    return cuts


def _judge(prefix: str, rest: str, language: str, dense: bool, first: bool) -> bool:
    if len(prefix) < (6 if dense else 12) or not any(ch.isalpha() for ch in prefix):
        return False
    if not _balanced(prefix) or ends_on_function_word(prefix, language):
        return False
    if ends_with_saying(prefix, language):
        return False  # "The minister said | that ...": what was said is the news
    if _opens_complement(rest, language) and has_saying(prefix, language):
        return False  # "The minister said on Tuesday | that ..." likewise
    last = _PUNCT_SPLIT_RE.split(prefix)[-1].strip()
    if _is_date(last, dense):
        return False  # "..., on 5 March": an adverbial left hanging
    if first and (_opens_adverbial(prefix, language) if not dense else False):
        return False  # "Although ...", "In a move ...": the main clause is still to come
    if not first and not dense and opens_subordinate(last, language):
        # "..., which critics called too small" ends a clause only when a
        # clause comes before it, not a subject alone ("Yesterday, the
        # minister, who resigned ...").
        before = _PUNCT_SPLIT_RE.split(prefix)[-2].strip()
        if len(before.split()) < 4 or _opens_adverbial(before, language):
            return False
    if language == "de":
        return de_complete(prefix)
    if language in _POSTPOSED_SUBORDINATE:
        return opens_subordinate(rest, language) or _opens_complement(rest, language)
    if language in _VERB_FINAL_SUBORDINATE:
        # Dutch: a comma cut is safe before a subordinate clause only.
        return opens_subordinate(rest, language) or first
    if not first and not dense and rest[:1].islower() and not opens_subordinate(rest, language):
        # "Yesterday, the minister, who resigned, | said" or "..., a former
        # banker, | said": an insert before the verb, which goes on in lower
        # case. A longer clause not ending on a name is taken as complete.
        words = last.split()
        return (
            len(words) >= 4
            and not opens_subordinate(last, language)
            and not words[-1][:1].isupper()
        )
    return True


def final_clause(sentence: str, *, dense: bool) -> str:
    """The last segment of a head-final sentence: it holds the main verb and
    its object ("…新たな制度を導入する法案を決定した"). "" when the sentence
    has no clause boundary."""
    parts = _CLAUSE_RE.split(sentence)
    if len(parts) < 2:
        return ""
    last = parts[-1].strip()
    return last if len(last) >= (8 if dense else 20) else ""


def main_after_fronted(sentence: str, *, language: str, dense: bool) -> str:
    """The main clause after a fronted adverbial or subordinate clause
    ("In a surprise move ..., the government announced sweeping changes" ->
    "The government announced sweeping changes"), or "". Only where the main
    clause keeps subject-verb order after it: not in German or Dutch (the
    verb comes first there), nor in head-final or dense scripts."""
    if dense or language in _VERB_FINAL_SUBORDINATE or not _opens_adverbial(sentence, language):
        return ""
    match = re.search(r",\s+", sentence)
    if not match:
        return ""
    rest = sentence[match.end() :]
    first = first_word(rest)
    if not rest[:1].isalpha() or len(rest.split()) < 4 or _opens_adverbial(rest, language):
        return ""
    if first in function_words(language) and first not in articles(language):
        return ""
    return rest[0].upper() + rest[1:]


def drop_insert(sentence: str, *, language: str) -> str:
    """``sentence`` without a relative or subordinate clause set in commas
    between its subject and verb ("The minister, who resigned last week,
    said ..." -> "The minister said ..."; "Die Entscheidung der EZB, die
    Zinsen ... zu lassen, sorgte für Kritik" -> "Die Entscheidung der EZB
    sorgte für Kritik"). Unchanged when there is none."""
    commas = [m for m in re.finditer(r",\s+", sentence)][:4]
    for first, second in zip(commas, commas[1:]):
        subject = sentence[: first.start()]
        insert = sentence[first.end() : second.start()]
        rest = sentence[second.end() :]
        if "," in subject or len(subject.split()) > 8 or not rest[:1].islower():
            continue
        if opens_subordinate(rest, language):
            continue
        if language == "de":
            # A subject without a verb, an insert ending on its verb (a
            # relative or infinitive clause), then the main verb.
            if de_has_verb(subject.split()) or not insert.split()[-1][:1].islower():
                continue
        elif not opens_subordinate(insert, language):
            continue
        return f"{subject} {rest}"
    return sentence


def reported_clause(sentence: str, *, language: str, dense: bool) -> str:
    """What was said or announced, when the sentence opens with who said it
    ("国务院总理...时表示，今年...目标为百分之五左右"; "أكد الوزير ... أن
    المملكة ملتزمة ..."; "The minister said on Tuesday that taxes will
    rise"): the text after the verb of saying and any "that", or "". An
    attribution before it ("据新华社报道，") is passed over too."""
    found = ""
    for _ in range(3):
        rest = _after_saying(found or sentence, language, dense)
        if not rest:
            break
        found = rest
    return found if len(found) >= (8 if dense else 20) else ""


def _says_just_before(prefix: str, language: str, punctuated: bool) -> bool:
    """Does the verb of saying that "that" completes end ``prefix``? Within a
    few words, with no comma after it unless one comes right before "that"
    ("said on Tuesday that", "أكد ...، أن"); not "a déclaré le ministre,
    alors que ..." where "que" belongs to "alors que"."""
    words = prefix.split()
    for back in range(min(len(words), 7)):
        if has_saying(words[-1 - back], language):
            return punctuated or "," not in " ".join(words[len(words) - back :])
    return punctuated and has_saying(prefix, language)


def _after_saying(sentence: str, language: str, dense: bool) -> str:
    # Who said it, where and when takes a long clause at most.
    for start, end, punctuated in boundaries(sentence, language, dense, 80 if dense else 200):
        prefix = sentence[:start].strip()
        rest = sentence[end:].strip()
        if not prefix or not rest:
            continue
        if (
            punctuated
            and ends_with_saying(prefix, language)
            and not _opens_complement(rest, language)
            # "Wie das Amt mitteilte, ist die Rate ...": the verb comes first.
            and language not in _VERB_FINAL_SUBORDINATE
        ):
            return rest
        if _opens_complement(rest, language) and _says_just_before(prefix, language, punctuated):
            rest = rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else ""
            return rest[:1].upper() + rest[1:]
    return ""
