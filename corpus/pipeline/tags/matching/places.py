"""The place gazetteer: countries, first-level regions, continents and major
cities, named in the document's language (pycountry) and in English."""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

from ...lexicon import base_language, is_native_word, stopwords, strip_optional_marks, zipf
from ...types import TagKind, VocabularyEntry
from .matcher import TagMatcher
from .place_names import CITIES, EXTRA_COUNTRY_FORMS, REGIONS


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)



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
    language = base_language(language)
    stop = stopwords(language)
    return (
        *_countries(_translations("iso3166-1", language)),
        *(VocabularyEntry(f"region:{key}", f[0], TagKind.PLACE, f[1:]) for key, f in REGIONS.items()),
        *_cities(stop),
        *_regions(_translations("iso3166-2", language), language, stop),
    )


def _countries(translations: list) -> list[VocabularyEntry]:
    entries = []
    for country in pycountry.countries:
        names = (getattr(country, "common_name", None), country.name)
        english = [n for n in (*names, getattr(country, "official_name", None)) if n]
        forms: list[str] = []
        local: list[str] = []
        for name in english:
            forms.extend(_variants(name))
            for tr in translations:
                local.extend(_variants(tr.gettext(name)))
        forms.extend(local)
        forms.extend(EXTRA_COUNTRY_FORMS.get(country.alpha_2, ()))
        display = strip_optional_marks((local or english)[0])
        if ", " in display:
            display = display.split(", ")[0]
        key = f"country:{country.alpha_2}"
        entries.append(VocabularyEntry(key, display, TagKind.PLACE, tuple(dict.fromkeys(forms))))
    return entries


def _cities(stop: frozenset[str]) -> list[VocabularyEntry]:
    entries = []
    for key, forms in CITIES.items():
        usable = tuple(f for f in forms if f.casefold() not in stop)
        if usable:
            entries.append(VocabularyEntry(f"city:{key}", usable[0], TagKind.PLACE, usable[1:]))
    return entries


def _regions(translations: list, language: str, stop: frozenset[str]) -> list[VocabularyEntry]:
    entries = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in _REGION_COUNTRIES:
            continue
        if sub.type not in _SUBDIVISION_TYPES:
            continue
        local_name = _SUBDIVISION_NOISE_RE.sub("", sub.name).strip()
        forms = _variants(local_name)
        for tr in translations:
            translated = _SUBDIVISION_NOISE_RE.sub("", tr.gettext(sub.name)).strip()
            if translated != sub.name:
                forms = _variants(translated) + forms
        forms = [f for f in dict.fromkeys(forms) if _usable_region(f, local_name, language, stop)]
        if forms:
            key = f"region:{sub.code}"
            entries.append(VocabularyEntry(key, forms[0], TagKind.PLACE, tuple(forms[1:])))
    return entries


@lru_cache(maxsize=64)
def place_matcher(language: str) -> TagMatcher:
    """The place gazetteer for ``language``, built once per language."""
    return TagMatcher(place_entries(base_language(language)), require_capital=True)
