"""Tokens, and matching known names (vocabulary, places) in them.

A name matches its surface forms case-insensitively and through light
inflection: German genitive "Trumps", possessive "Trump's", French elision
"l'ONU", Turkish "Trump'ın", Slavic case endings "Трампа", "Rosji", Arabic
and Hebrew prefix clitics "والصين". Names in scripts written without spaces
(Chinese, Japanese, Korean, Thai ...) match as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import regex

from .lexicon import base_language, is_native_word, stopwords, strip_optional_marks, zipf
from .tag_words import CITIES, EXTRA_COUNTRY_FORMS, REGIONS
from .types import TagKind, VocabularyEntry

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
_COMPLEX_TOKEN_RE = regex.compile(
    rf"\n|[{_DENSE}]+|[^\W_{_DENSE}]+(?:['’][^\W\d_{_DENSE}]+)*(?:-(?=[^\W_]))?|[^\w\s-]"
)
_DENSE_CHAR_RE = re.compile(f"[{_DENSE}]")

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
# Inflectional endings tolerated after a known name (Latin, Cyrillic, Greek).
SUFFIXES = frozenset(
    """
    s es n en a e u y i om em ie ov owi ą ę ego emu ym ia ı ın un ün nin nın ya ye ta te da de
    ot nak nek ban ben ra re val vel ja je
    а я у ю ом ем ой ей е ы и ов ев ам ям ами ями ах ях ым им ого его ому ему ою ею і ії ію ій
    ς σ ου η ης ησ ας ασ ες εσ ων
    """.split()
)
# A name's final vowel may be replaced by a case ending: "Россия" -> "России",
# "Moskwa" -> "Moskwie". Value: the endings that may replace it.
_REPLACEABLE = {
    "a": frozenset("y i ie ę ą u o om ou".split()),
    "а": frozenset("ы е у ой ою и ам ами ах".split()),
    "я": frozenset("и ю ей ею е ям ях".split()),
    "й": frozenset("я ю е ем и".split()),
    "ь": frozenset("и ю я ем ей".split()),
    "α": frozenset("ας ασ ες εσ".split()),
    "η": frozenset("ης ησ".split()),
}
# Arabic and Hebrew one-letter prefixes ("and", "in", "to", "the" ...).
_PREFIX_CLITICS = frozenset("وفبلكسהובלמשכ")


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


_CACHE_LIMIT = 200_000
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


@lru_cache(maxsize=16_384)
def stems(norm: str) -> tuple[tuple[str, str], ...]:
    """(stem, removed ending) pairs a normalised token may be an inflection of,
    the token itself first."""
    out = [(norm, "")]
    size = len(norm)
    for k in (1, 2, 3):
        if size - k < 3:
            break
        if norm[-k:] in SUFFIXES:
            out.append((norm[:-k], norm[-k:]))
    if size > 3 and norm[0] in _PREFIX_CLITICS:
        out.append((norm[1:], ""))
        if size > 4 and norm[1] in _PREFIX_CLITICS:
            out.append((norm[2:], ""))
    return tuple(out)


@lru_cache(maxsize=16_384)
def stem_set(norm: str) -> frozenset[str]:
    """The stems of ``stems(norm)``, as a set."""
    return frozenset(stem for stem, _ in stems(norm))


def _accepts(stem: str, ending: str, replaced: str) -> bool:
    if replaced:
        return ending in _REPLACEABLE[replaced]
    return not ending or len(stem) >= 4 or (len(stem) == 3 and ending == "s")


def _keys(norm: str) -> dict[str, str]:
    """Index keys of one name token -> the final letter a case ending may replace."""
    keys = {norm: ""}
    if len(norm) >= 5 and norm[-1] in _REPLACEABLE:
        keys[norm[:-1]] = norm[-1]
    return keys


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
    pattern = _COMPLEX_TOKEN_RE if complex_text else _SIMPLE_TOKEN_RE
    tokens = pattern.findall(split)
    global _norm_cache
    cache = _norm_cache
    if len(cache) > _CACHE_LIMIT:
        # Bound memory across a long import. Rebinding (not clearing) keeps a
        # concurrent call working on the dictionary it already holds.
        cache = _norm_cache = {}
    distinct = set(tokens)
    for token in distinct.difference(cache):
        cache[token] = _normalise(token)
    norms = list(map(cache.__getitem__, tokens))
    dense = complex_text and _DENSE_CHAR_RE.search(split) is not None
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
    return bool(token) and _DENSE_CHAR_RE.match(token) is not None


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
        if _DENSE_CHAR_RE.search(form):
            folded = form.casefold()
            if len(folded) >= 2:
                self._dense.setdefault(folded[:2], []).append((folded, index, form))
            return
        tokens = [t for t in _COMPLEX_TOKEN_RE.findall(split_elisions(form)) if t != "\n"]
        if not tokens:
            return
        letters = [c for c in form if c.isalpha()]
        exact = len(letters) <= 6 and all(c.isupper() for c in letters) and len(letters) > 1
        cased = any(c.isupper() for c in letters)
        compiled = _Form(index, tuple(_keys(normalise(t)) for t in tokens), exact, cased, form)
        for key, replaced in compiled.keys[0].items():
            self._first.setdefault(key, []).append((compiled, replaced))

    def _first_hits(self, norm: str) -> tuple[tuple[_Form, str], ...]:
        """Forms whose first token ``norm`` may be (inflections included)."""
        found = []
        for stem, ending in stems(norm):
            for form, replaced in self._first.get(stem, ()):
                if _accepts(stem, ending, replaced):
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
        if len(cache) > _CACHE_LIMIT:
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
            if replaced is not None and _accepts(stem, ending, replaced):
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


# -- places ------------------------------------------------------------------

_SUBDIVISION_TYPES = frozenset(
    """State Province Region Country Land Prefecture Republic Emirate Canton Voivodship Oblast
    Governorate""".split()
    + [
        "Autonomous community",
        "Autonomous region",
        "Special administrative region",
        "Capital city",
        "Capital territory",
        "Federal territory",
        "Union territory",
        "Autonomous republic",
        "Metropolitan region",
    ]
)
_SUBDIVISION_NOISE_RE = re.compile(
    r"\s*\[.*?\]|,\s*Respublika$"
    r"|\s+(?:Sheng|Shi|Zizhiqu|Tebiexingzhengqu|oblast'|kray|avtonomnyy okrug)$"
)
# First-level regions are taken from these countries only: elsewhere the
# names are mostly unknown to readers and too often also common words or
# given names ("Mary", "Batman", "Trat").
_REGION_COUNTRIES = frozenset(
    "US CA MX BR AR CO CL GB IE DE AT CH FR BE NL ES PT IT PL UA RU IN PK CN JP KR AU ZA EG".split()
)


def _usable_region(form: str, local_name: str, language: str, stop: frozenset[str]) -> bool:
    """Skip forms that are short, or everyday words of the document's
    language: "Marken" (German for Marche, also "brands"), "Marche" in French."""
    if len(form) <= 3:
        return False
    if " " in form or "-" in form:
        return True
    if form.casefold() in stop:
        return False
    if is_native_word(form.casefold(), language):
        return form == local_name and zipf(form, language) < 5.0
    return zipf(form, "en") < 5.5


_LOCALE_ALIASES = {
    "zh": ("zh_CN", "zh_TW"),
    "pt": ("pt", "pt_BR"),
    "nb": ("nb_NO",),
    "no": ("nb_NO",),
}


def _translations(domain: str, language: str):
    import gettext

    import pycountry

    found = []
    for locale in _LOCALE_ALIASES.get(language, (language,)):
        try:
            found.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale]))
        except OSError:
            continue
    return found


def _variants(name: str) -> list[str]:
    """A pycountry name and its usable short forms ("Iran, Islamic Republic of" -> "Iran")."""
    out = [name]
    if ", " in name:
        out.append(name.split(", ")[0])
    folded = _fold_accents(name)
    if folded != name and folded.isascii() and zipf(folded, "en") < 3.0:
        out.append(folded)  # "Rajasthan" for "Rājasthān", but not "Para" for "Pará"
    return out


@lru_cache(maxsize=64)
def place_entries(language: str) -> tuple[VocabularyEntry, ...]:
    """Countries, first-level regions, continents and major cities, named in
    ``language`` (falling back to English) with forms in it and in English."""
    import pycountry

    language = base_language(language)
    countries_tr = _translations("iso3166-1", language)
    regions_tr = _translations("iso3166-2", language)
    entries: list[VocabularyEntry] = []

    for country in pycountry.countries:
        names = (getattr(country, "common_name", None), country.name)
        english = [n for n in (*names, getattr(country, "official_name", None)) if n]
        forms: list[str] = []
        local: list[str] = []
        for name in english:
            forms.extend(_variants(name))
            for tr in countries_tr:
                local.extend(_variants(tr.gettext(name)))
        forms.extend(local)
        forms.extend(EXTRA_COUNTRY_FORMS.get(country.alpha_2, ()))
        display = strip_optional_marks((local or english)[0])
        if ", " in display:
            display = display.split(", ")[0]
        key = f"country:{country.alpha_2}"
        entries.append(VocabularyEntry(key, display, TagKind.PLACE, tuple(dict.fromkeys(forms))))

    for key, forms in REGIONS.items():
        entries.append(VocabularyEntry(f"region:{key}", forms[0], TagKind.PLACE, forms[1:]))
    stop = stopwords(language)
    for key, forms in CITIES.items():
        usable = tuple(f for f in forms if f.casefold() not in stop)
        if usable:
            entries.append(VocabularyEntry(f"city:{key}", usable[0], TagKind.PLACE, usable[1:]))

    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in _REGION_COUNTRIES:
            continue
        if sub.type not in _SUBDIVISION_TYPES:
            continue
        local_name = _SUBDIVISION_NOISE_RE.sub("", sub.name).strip()
        forms = _variants(local_name)
        for tr in regions_tr:
            translated = _SUBDIVISION_NOISE_RE.sub("", tr.gettext(sub.name)).strip()
            if translated != sub.name:
                forms = _variants(translated) + forms
        forms = [f for f in dict.fromkeys(forms) if _usable_region(f, local_name, language, stop)]
        if forms:
            key = f"region:{sub.code}"
            entries.append(VocabularyEntry(key, forms[0], TagKind.PLACE, tuple(forms[1:])))
    return tuple(entries)


@lru_cache(maxsize=64)
def place_matcher(language: str) -> TagMatcher:
    """The place gazetteer for ``language``, built once per language."""
    return TagMatcher(place_entries(base_language(language)), require_capital=True)
