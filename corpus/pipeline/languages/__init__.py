"""Words the cleaning steps need, one module per language.

Adding a language is adding one module here (named by its ISO 639-1 code)
that defines ``WORDS``: a dict from a kind below to a tuple of phrases.
Every module in this package is loaded; all languages are always checked
together, because the language hint of a scraped file is often wrong.
``universal`` holds words not tied to one language (platform names).

Latin/Cyrillic/Greek/Arabic phrases are matched case-insensitively at a word
start; CJK phrases anywhere (there are no word boundaries to rely on).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

__all__ = ["KINDS", "languages", "phrases", "words_of"]

# kind -> what its phrases are and how the boilerplate step uses them.
KINDS = {
    "teaser_headings": "headings of 'related articles' / 'read more' blocks (whole line)",
    "source_markers": "credit labels opening a line before ':' ('Source:', 'Quelle:', '来源：')",
    "picture_markers": "the credit labels among source_markers that announce a picture",
    "source_phrases_no_colon": "credit phrases needing no colon ('Reporting by')",
    "copyright_phrases": "copyright notices ('All rights reserved')",
    "disclaimer_markers": "disclaimer labels opening a line ('Disclaimer:')",
    "disclaimer_markers_edge": "labels that also head ordinary notices: trusted at the edges only",
    "disclaimer_phrases": "disclaimer sentences ('do not necessarily reflect')",
    "bio_roles": "journalism roles of an author bio (word-start stems)",
    "bio_achievements": "what an author won or studied (word-start stems)",
    "bio_activities": "what an author does besides holding a role ('writes about')",
    "bio_contacts": "platforms and contact words that end a bio",
    "bio_leads": "openings announcing a bio ('About the author')",
    "first_person": "first-person words: a sentence with one is speech, never a bio",
    "first_person_cjk": "first-person words of CJK languages (matched anywhere)",
    "navigation_labels": "keyword labels before ':' ('Tags:')",
    "navigation_calls": "share / follow / subscribe calls opening a short line",
    "ad_markers": "advertisement labels standing alone between paragraphs",
    "newsletter_prompts": "newsletter / subscribe / follow / app-download prompts",
    "cookie_phrases": "cookie-consent text ('we use cookies')",
    "comment_prompts": "reader-comment tails ('Comments', 'Leave a comment')",
    "published_labels": "time-stamp labels ('Published', 'Updated')",
    "press_release_marks": "press-release openers ('FOR IMMEDIATE RELEASE')",
    "media_contacts": "press-release footer labels ('Media contact')",
    "about_leads": "press-release boilerplate openers ('About Acme')",
    "editor_notes": "editor's notes and corrections: content, never junk",
    "distinctive_words": "common words that tell this language from a close neighbour",
    "function_words": "articles, prepositions, conjunctions a proposed title never ends on",
    "articles": "articles and determiners: a function word that may open a clause's subject",
    "adverbial_openers": "prepositions and conjunctions opening a fronted adverbial ('In', 'Nach')",
    "complementizers": "words opening what was said or announced ('that', 'dass', 'que')",
    "byline_leads": "the word opening a byline before the author's name ('By', 'Von', 'Par')",
    "subordinators": "words opening a subordinate or relative clause ('that', 'dass', 'qui')",
}


@lru_cache(maxsize=1)
def languages() -> dict[str, dict[str, tuple[str, ...]]]:
    """Module name -> its ``WORDS`` for every module of this package."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        words = module.WORDS
        unknown = set(words) - set(KINDS)
        if unknown:
            raise ValueError(f"languages.{info.name}: unknown kind(s) {sorted(unknown)}")
        found[info.name] = words
    return found


@lru_cache(maxsize=None)
def phrases(kind: str) -> tuple[str, ...]:
    """Every language's phrases of ``kind``, without duplicates."""
    if kind not in KINDS:
        raise KeyError(kind)
    merged: dict[str, None] = {}
    for words in languages().values():
        merged.update(dict.fromkeys(words.get(kind, ())))
    return tuple(merged)


def words_of(language: str, kind: str) -> tuple[str, ...]:
    """The phrases of ``kind`` in one language (empty when it has none)."""
    return languages().get(language, {}).get(kind, ())
