"""Matching known names (vocabulary, places) in tokens.

A name matches its surface forms case-insensitively and through light
inflection (``inflection``): "Trumps", "Trump's", "l'ONU", "Trump'ın",
"Трампа", "والصين". Names in scripts written without spaces (Chinese,
Japanese, Korean, Thai ...) match as substrings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from ...lexicon import base_language, stopwords, zipf
from ...types import VocabularyEntry
from .inflection import accepts, keys, stem_set, stems
from .tokens import (
    CACHE_LIMIT,
    COMPLEX_TOKEN_RE,
    DENSE_CHAR_RE,
    Doc,
    is_dense,
    join_tokens,
    normalise,
    split_elisions,
    tokenize,
)


@dataclass(frozen=True)
class VocabularyMatch:
    """One occurrence of a vocabulary entry in a text."""

    entry: VocabularyEntry
    surface: str


@dataclass(frozen=True, slots=True)
class Hit:
    """Internal: entry index, token span [start, end), surface as written,
    and the vocabulary form it matched ("Warszawie" -> "Warszawa")."""

    entry: int
    start: int
    end: int
    surface: str
    form: str


@dataclass(frozen=True, slots=True)
class _Form:
    entry: int
    keys: tuple[dict[str, str], ...]  # per token: acceptable key -> replaced letter
    exact_case: bool  # an acronym ("UN") matches only in capitals
    cased: bool  # written with a capital: a lower-case common word is not it
    text: str  # the form as written in the vocabulary


class TagMatcher:
    """Finds the entries of a controlled vocabulary in texts.

    Build once per vocabulary (``build_matcher``) and reuse for any number of
    documents: lookups cost one dictionary probe per token. Matching is
    leftmost-longest, tolerant to case and light inflection (see module doc).
    """

    def __init__(self, vocabulary: Sequence[VocabularyEntry], *, require_capital: bool = False):
        self.entries: tuple[VocabularyEntry, ...] = tuple(vocabulary)
        self._require_capital = require_capital
        self._first: dict[str, list[tuple[_Form, str]]] = {}
        # 2-char prefix -> (casefolded form, entry, form as written)
        self._dense: dict[str, list[tuple[str, int, str]]] = {}
        self._hits_cache: dict[str, tuple[tuple[_Form, str], ...]] = {}
        self._plans: dict[str, tuple[frozenset[str], int]] = {}
        for index, entry in enumerate(self.entries):
            for form in dict.fromkeys((entry.name, *entry.aliases)):
                self._add(form, index)
        for forms in self._first.values():
            forms.sort(key=lambda item: -len(item[0].keys))
        for forms in self._dense.values():
            forms.sort(key=lambda item: -len(item[0]))
        # Only positions holding a possible first character are probed.
        firsts = "".join(sorted({key[0] for key in self._dense}))
        self._dense_first = re.compile(f"[{re.escape(firsts)}]") if firsts else None

    def _add(self, form: str, index: int) -> None:
        form = " ".join(form.split())
        if not form:
            return
        if DENSE_CHAR_RE.search(form):
            folded = form.casefold()
            if len(folded) >= 2:
                self._dense.setdefault(folded[:2], []).append((folded, index, form))
            return
        tokens = [t for t in COMPLEX_TOKEN_RE.findall(split_elisions(form)) if t != "\n"]
        if not tokens:
            return
        letters = [c for c in form if c.isalpha()]
        exact = len(letters) <= 6 and all(c.isupper() for c in letters) and len(letters) > 1
        cased = any(c.isupper() for c in letters)
        compiled = _Form(index, tuple(keys(normalise(t)) for t in tokens), exact, cased, form)
        for key, replaced in compiled.keys[0].items():
            self._first.setdefault(key, []).append((compiled, replaced))

    def _first_hits(self, norm: str) -> tuple[tuple[_Form, str], ...]:
        """Forms whose first token ``norm`` may be (inflections included)."""
        found = []
        for stem, ending in stems(norm):
            for form, replaced in self._first.get(stem, ()):
                if accepts(stem, ending, replaced):
                    found.append((form, replaced))
        found.sort(key=lambda item: -len(item[0].keys))
        return tuple(found)

    def _plan(self, norm: str) -> tuple[frozenset[str], int]:
        """For the forms ``_first_hits(norm)`` lists: every key their second
        token may have, and the index of the first one-token form. A word
        like "the" or "la" starts dozens of place names; when the next word
        can be the second token of none of them, all are skipped at once."""
        plan = self._plans.get(norm)
        if plan is None:
            forms = self._hits_cache[norm]
            seconds = frozenset(key for form, _ in forms if len(form.keys) > 1 for key in form.keys[1])
            singles = sum(1 for form, _ in forms if len(form.keys) > 1)
            plan = self._plans[norm] = (seconds, singles)
        return plan

    def hits(self, doc: Doc, language: str) -> list[Hit]:
        """Leftmost-longest occurrences in ``doc`` (internal form of ``find``)."""
        if not self._first and self._dense_first is None:
            return []  # an empty vocabulary: nothing to look up per token
        out: list[Hit] = []
        tokens, norms = doc.tokens, doc.norms
        size = len(tokens)
        cache = self._hits_cache
        if len(cache) > CACHE_LIMIT:
            cache = self._hits_cache = {}  # rebinding is safe for concurrent callers
            self._plans = {}
        for norm in doc.distinct_norms.difference(cache):
            cache[norm] = self._first_hits(norm)
        # Only tokens that can start a name are looked at in Python.
        found = list(map(cache.__getitem__, norms))
        end_of_last = 0
        for i in compress(range(size), found):
            if i < end_of_last:
                continue
            candidates = found[i]
            seconds, singles = self._plan(norms[i])
            if seconds and (i + 1 == size or seconds.isdisjoint(stem_set(norms[i + 1]))):
                candidates = candidates[singles:]  # no longer form can fit
            matched = None
            for form, _ in candidates:
                n = len(form.keys)
                if i + n > size:
                    continue
                if not all(self._token_fits(norms[i + j], form.keys[j]) for j in range(1, n)):
                    continue
                if self._case_ok(form, tokens[i : i + n], norms[i : i + n], language):
                    matched = form
                    break
            if matched is not None:
                end_of_last = i + len(matched.keys)
                surface = join_tokens(tokens[i:end_of_last])
                out.append(Hit(matched.entry, i, end_of_last, surface, matched.text))
        if self._dense_first is not None and doc.has_dense:
            out.extend(self._dense_hits(doc))
        return out

    @staticmethod
    def _token_fits(norm: str, keys: dict[str, str]) -> bool:
        for stem, ending in stems(norm):
            replaced = keys.get(stem)
            if replaced is not None and accepts(stem, ending, replaced):
                return True
        return False

    def _case_ok(self, form: _Form, surfaces: list[str], norms: list[str], language: str) -> bool:
        if form.exact_case:
            return all(s.isupper() for s in surfaces)
        if self._require_capital and surfaces[0][:1].islower():
            return False
        if form.cased and all(s.islower() for s in surfaces):
            # "trump" in English or "ma" in French is a common word, not the name.
            stop = stopwords(language)
            return not any(zipf(n, language) >= 3.0 or n in stop for n in norms)
        return True

    def _dense_hits(self, doc: Doc) -> list[Hit]:
        out: list[Hit] = []
        table = self._dense
        probe = self._dense_first
        for i, token in enumerate(doc.tokens):
            if not is_dense(token):
                continue
            folded = token.casefold()
            next_free = 0
            for position in probe.finditer(folded):
                pos = position.start()
                if pos < next_free:
                    continue
                for form, entry, text in table.get(folded[pos : pos + 2], ()):
                    if folded.startswith(form, pos):
                        out.append(Hit(entry, i, i + 1, token[pos : pos + len(form)], text))
                        next_free = pos + len(form)
                        break
        return out

    def find(self, text: str, *, language: str = "und") -> tuple[VocabularyMatch, ...]:
        """Every occurrence of a vocabulary entry in ``text``, in reading order
        for spaced scripts (unspaced-script matches follow)."""
        doc = tokenize(text)
        return tuple(
            VocabularyMatch(self.entries[hit.entry], hit.surface)
            for hit in self.hits(doc, base_language(language))
        )


def build_matcher(vocabulary: Sequence[VocabularyEntry]) -> TagMatcher:
    """A reusable matcher for ``vocabulary`` (build once, match many documents)."""
    return TagMatcher(vocabulary)
