"""Text preparation shared by the search index and search queries. Pure.

Both SQLite's FTS5 (unicode61 tokenizer) and PostgreSQL's ``simple``
configuration split words at spaces and punctuation, so a run of Chinese,
Japanese, Thai... characters would be one huge "word" and a search for a
name inside it would find nothing. Those scripts are indexed, and queried,
one character per token, and a query word in them becomes a phrase: the
characters in order.
"""

from __future__ import annotations

import regex

DENSE = regex.compile(r"([\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}])")
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")

# PostgreSQL text-search configurations by language code ("simple" otherwise).
PG_CONFIGS = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi",
    "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "nl": "dutch", "no": "norwegian", "nb": "norwegian", "nn": "norwegian",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}


def pg_config(language: str) -> str:
    return PG_CONFIGS.get((language or "").lower().split("-")[0], "simple")


def prepare(text: str) -> str:
    """``text`` as the index stores it: dense-script characters spaced out."""
    return DENSE.sub(r" \1 ", text)


def prepare_name(text: str) -> str:
    """A file or path name as the index stores it: its words only, so
    "inbox:wires/2026/budget-0412.txt" is found by "wires", "2026" or
    "0412" on both engines (PostgreSQL's parser keeps a path as one token)."""
    return prepare(" ".join(WORD.findall(text or "")))


def query_terms(query: str, limit: int = 12) -> list[str]:
    """The words of a user's query, each a list of tokens joined by spaces
    (several tokens: a phrase). Operators and punctuation are dropped, so
    no input can be a syntax error."""
    terms = []
    for word in WORD.findall(query or ""):
        tokens = prepare(word).split()
        if tokens:
            terms.append(" ".join(tokens))
        if len(terms) >= limit:
            break
    return terms
