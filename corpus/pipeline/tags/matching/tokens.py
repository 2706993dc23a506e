"""Tokens as the tag step sees them: words (a word joined to the next by a
hyphen keeps the hyphen), punctuation and line breaks, each with a
normalised form (casefolded, without elided article or possessive tail).

Text made only of simple scripts tokenises with the stdlib engine; anything
with combining marks or unspaced scripts (Chinese, Japanese, Korean, Thai
...) goes through ``regex``, and an unspaced run is one token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

import regex

from ...lexicon import strip_optional_marks

# Text made only of these scripts tokenises with the stdlib engine (3x
# faster); anything with combining marks or unspaced scripts needs `regex`.
_COMPLEX_CHARS_RE = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0fff\u1000-\u109f\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff\u2e80-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]"
)
# A word keeps a joining hyphen at its end ("E-" "Commerce", "Times-"
# "Kolumnisten"): matching ignores it, while names and topics can tell a
# compound from two separate words. The quantifiers are possessive: nothing
# after them can fail, so giving characters back never changes a token, and
# not keeping that option makes tokenising ~15% faster.
_SIMPLE_TOKEN_RE = re.compile(r"\n|\w++(?:['’]\w++)*+(?:-(?=\w))?+|[^\w\s-]")
_DENSE = (
    "\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3040-\u30ff\u3100-\u312f"
    "\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f"
    "\u1780-\u17ff\uac00-\ud7af\U00020000-\U0003ffff"
)
COMPLEX_TOKEN_RE = regex.compile(
    rf"\n|[{_DENSE}]+|[^\W_{_DENSE}]+(?:['’][^\W\d_{_DENSE}]+)*(?:-(?=[^\W_]))?|[^\w\s-]"
)
DENSE_CHAR_RE = re.compile(f"[{_DENSE}]")

# French and Italian elided articles and prepositions: "l'ONU", "dell'UE".
_ELISIONS = frozenset(
    "l d j m n s t c qu lorsqu puisqu jusqu quoiqu dell all dall nell sull coll un quell "
    "quest".split()
)
# What may follow an apostrophe at the end of a name: English possessive,
# Turkish case endings ("Trump'ın", "Ankara'da").
_APOSTROPHE_TAILS = frozenset(
    "s ın in un ün nın nin nun nün a e ya ye da de ta te dan den tan ten".split()
)

CACHE_LIMIT = 200_000
_norm_cache: dict[str, str] = {}


def normalise(token: str) -> str:
    """Casefolded token without elided article or possessive/case tail."""
    cached = _norm_cache.get(token)
    if cached is None:
        cached = _norm_cache[token] = _normalise(token)
    return cached


def _normalise(token: str) -> str:
    s = token.casefold().replace("’", "'")
    if s.endswith("-") and len(s) > 1:
        s = s[:-1]
    if "'" in s:
        head, _, rest = s.partition("'")
        if head in _ELISIONS and rest:
            s = rest
        if "'" in s:
            base, _, tail = s.rpartition("'")
            if base and (tail in _APOSTROPHE_TAILS or not tail):
                s = base
    if s and "\u0590" <= s[0] <= "\u06ff":
        s = strip_optional_marks(s)
    return s



@dataclass(slots=True)
class Doc:
    """A document as the tag step sees it: tokens (words, punctuation, "\\n";
    a word joined to the next by a hyphen keeps the hyphen) and their
    normalised forms."""

    text: str  # as given, for snippets
    tokens: list[str]
    norms: list[str]
    has_dense: bool
    # Distinct tokens and norms: every per-word test runs on these, once.
    distinct: set[str]
    distinct_norms: set[str]


# Split French/Italian elisions off the following word, keeping the apostrophe
# as a token of its own: "l'ONU" -> "l' ONU", so the name starts a token.
_ELISION_RE = re.compile(
    r"(?<![^\W\d_])((?i:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu"
    r"|dell|all|dall|nell|sull|coll|un|quell|quest)['’])(?=[^\W\d_])"
)


_APOSTROPHE_RE = re.compile(r"['’](?=[^\W\d_])")
_LONGEST_ELISION = 6  # letters: "lorsqu", "puisqu", "quoiqu"


def split_elisions(text: str) -> str:
    """``_ELISION_RE.sub(r"\1 ", text)``, found from the apostrophes: the
    pattern opens with a look-behind and a case-insensitive alternation, so
    the engine tried it at every character (~7x slower on French text). An
    elision is the whole letter run before its apostrophe, so checking that
    run alone finds the same matches."""
    if "'" not in text and "’" not in text:
        return text
    pieces, last = [], 0
    for mark in _APOSTROPHE_RE.finditer(text):
        at = start = mark.start()
        # Back to the start of the letters ([^\W\d_]) before the apostrophe.
        while (
            start > 0
            and at - start <= _LONGEST_ELISION
            and text[start - 1].isalnum()
            and not text[start - 1].isdecimal()
        ):
            start -= 1
        if _ELISION_RE.match(text, start, at + 2):  # the look-behind sees text before ``start``
            pieces.append(text[last : at + 1])
            last = at + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return " ".join(pieces)


def tokenize(text: str) -> Doc:
    """Split ``text`` into tokens; cost is one regex pass plus a cached
    normalisation per distinct token."""
    split = split_elisions(text)
    complex_text = _COMPLEX_CHARS_RE.search(split) is not None
    pattern = COMPLEX_TOKEN_RE if complex_text else _SIMPLE_TOKEN_RE
    tokens = pattern.findall(split)
    global _norm_cache
    cache = _norm_cache
    if len(cache) > CACHE_LIMIT:
        # Bound memory across a long import. Rebinding (not clearing) keeps a
        # concurrent call working on the dictionary it already holds.
        cache = _norm_cache = {}
    distinct = set(tokens)
    for token in distinct.difference(cache):
        cache[token] = _normalise(token)
    norms = list(map(cache.__getitem__, tokens))
    dense = complex_text and DENSE_CHAR_RE.search(split) is not None
    return Doc(text, tokens, norms, dense, distinct, set(map(cache.__getitem__, distinct)))


def positions(items: list[str], values: set[str] | frozenset[str]) -> list[int]:
    """Indexes of the members of ``values`` in ``items``, ascending.

    A document holds few of the words looked for (titles, verbs of saying,
    ":"): one list.index scan per word runs in C and beats testing every
    token in Python's map; for many words one pass with a set test is cheaper.
    """
    if len(values) > 4:
        return list(compress(range(len(items)), map(values.__contains__, items)))
    found: list[int] = []
    for value in values:
        at = -1
        try:
            while True:
                at = items.index(value, at + 1)
                found.append(at)
        except ValueError:
            pass
    return sorted(found) if len(values) > 1 else found


def join_tokens(tokens: Sequence[str]) -> str:
    """Tokens back to text: "New" "York" -> "New York", "E-" "Mail" -> "E-Mail"."""
    out = ""
    for token in tokens:
        out += token if (not out or out.endswith("-") or token in ".,'’") else " " + token
    return out.rstrip("-")


def is_dense(token: str) -> bool:
    return bool(token) and DENSE_CHAR_RE.match(token) is not None
