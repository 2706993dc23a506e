"""Known machine-translation artefacts, flagged as suggested corrections. Pure: no Django.

Machine translation makes recurring, recognisable mistakes ("Amazon"
rendered as "Amazonie", a term for e-commerce as "électricien"). Editors keep
them in a glossary (corpus.models.GlossaryEntry); this module matches a
document against it and reports each artefact found the way the pipeline
reports a speaker-name variant: a :class:`Correction` with the form seen, the
suggestion, how often, and where (the evidence). The text is never changed.

Phrases match as whole words, whatever their case, in one pass per language
(one alternation, longest phrases first); regular expressions run one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from corpus.pipeline import CleanedDocument, Correction

KIND = "mt_glossary"
EVIDENCE_CHARACTERS = 40  # of context on each side of a match
EVIDENCE_SNIPPETS = 2


class GlossaryError(ValueError):
    """An entry that cannot be used; the message says why."""


@dataclass(frozen=True)
class Entry:
    language: str  # "" for every language
    pattern: str
    is_regex: bool
    suggestion: str
    note: str = ""


@dataclass(frozen=True)
class _Compiled:
    entry: Entry
    regex: re.Pattern


def compile_entry(pattern: str, *, is_regex: bool, suggestion: str = "") -> re.Pattern:
    """The regular expression an entry matches with; raises :class:`GlossaryError`."""
    if not pattern.strip():
        raise GlossaryError("The phrase or pattern is empty.")
    if not is_regex:
        return re.compile(_phrase_regex(pattern.strip()), re.IGNORECASE)
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise GlossaryError(f"Not a valid regular expression: {exc}.") from None
    if regex.search(""):
        raise GlossaryError("The pattern matches empty text, so it would match everywhere.")
    for group in re.findall(r"\\(\d+)|\\g<(\w+)>", suggestion):
        ref = group[0] or group[1]
        known = regex.groups if ref.isdigit() else None
        if (known is not None and int(ref) > known) or (known is None and ref not in regex.groupindex):
            raise GlossaryError(f"The suggestion refers to group {ref}, which the pattern does not have.")
    return regex


# Scripts written without spaces between words: a phrase in them may sit
# inside a longer run of letters, so no word boundary is asked for there.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def _spaced(char: str) -> bool:
    return not unicodedata.name(char, "").startswith(_UNSPACED)


def _phrase_regex(phrase: str) -> str:
    """``phrase`` as a regex matching whole words (on the sides written in spaced scripts)."""
    before = r"(?<!\w)" if _spaced(phrase[0]) else ""
    after = r"(?!\w)" if _spaced(phrase[-1]) else ""
    return f"{before}{re.escape(phrase)}{after}"


@dataclass
class Glossary:
    """Entries ready to match, per language ("" applies to all)."""

    phrases: dict[str, tuple[re.Pattern, dict[str, Entry]]] = field(default_factory=dict)
    regexes: dict[str, list[_Compiled]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # entries skipped, and why

    def __bool__(self) -> bool:
        return bool(self.phrases or self.regexes)


def build_glossary(entries: Iterable[Entry]) -> Glossary:
    """Compile ``entries``; an unusable one is skipped and listed in ``problems``, never fatal."""
    glossary = Glossary()
    phrases: dict[str, dict[str, Entry]] = {}
    for entry in entries:
        try:
            regex = compile_entry(entry.pattern, is_regex=entry.is_regex, suggestion=entry.suggestion)
        except GlossaryError as exc:
            glossary.problems.append(f"{entry.pattern}: {exc}")
            continue
        if entry.is_regex:
            glossary.regexes.setdefault(entry.language, []).append(_Compiled(entry, regex))
        else:
            phrases.setdefault(entry.language, {})[entry.pattern.strip().casefold()] = entry
    for language, by_phrase in phrases.items():
        alternation = "|".join(_phrase_regex(p) for p in sorted(by_phrase, key=len, reverse=True))
        glossary.phrases[language] = (re.compile(alternation, re.IGNORECASE), by_phrase)
    return glossary


def find_artefacts(paragraphs: Sequence[str], *, language: str, glossary: Glossary) -> list[Correction]:
    """Every glossary entry found in ``paragraphs``, as suggested corrections with evidence."""
    text = "\n".join(paragraphs)
    found: dict[tuple[str, str], list[re.Match]] = {}
    entries: dict[tuple[str, str], Entry] = {}
    for scope in dict.fromkeys((language, "")):
        if scope in glossary.phrases:
            regex, by_phrase = glossary.phrases[scope]
            for match in regex.finditer(text):
                entry = by_phrase.get(match.group(0).casefold())
                if entry is not None:
                    key = (entry.pattern, entry.suggestion)
                    found.setdefault(key, []).append(match)
                    entries[key] = entry
        for compiled in glossary.regexes.get(scope, []):
            for match in compiled.regex.finditer(text):
                key = (compiled.entry.pattern, match.expand(compiled.entry.suggestion))
                found.setdefault(key, []).append(match)
                entries[key] = compiled.entry
    return [_correction(entries[key], key[1], matches, text) for key, matches in found.items()]


def _correction(entry: Entry, suggestion: str, matches: list[re.Match], text: str) -> Correction:
    seen = Counter(m.group(0) for m in matches).most_common(1)[0][0]
    snippets = "; ".join(f"«{_context(text, m)}»" for m in matches[:EVIDENCE_SNIPPETS])
    note = f" {entry.note.strip()}" if entry.note.strip() else ""
    return Correction(
        kind=KIND,
        original=seen,
        suggestion=suggestion,
        occurrences=len(matches),
        detail=f"Known machine-translation artefact.{note} Seen in: {snippets}",
    )


def _context(text: str, match: re.Match) -> str:
    """The match with some words around it, inside its own paragraph."""
    first = text.rfind("\n", 0, match.start()) + 1
    last = text.find("\n", match.end())
    last = len(text) if last < 0 else last
    start = max(first, match.start() - EVIDENCE_CHARACTERS)
    end = min(last, match.end() + EVIDENCE_CHARACTERS)
    # Whole words only, where words are spaced.
    if start > first and " " in text[start : match.start()]:
        start = text.index(" ", start, match.start()) + 1
    if end < last and " " in text[match.end() : end]:
        end = text.rindex(" ", match.end(), end)
    snippet = " ".join(text[start:end].split())
    return ("…" if start > first else "") + snippet + ("…" if end < last else "")


def flag_artefacts(cleaned: CleanedDocument, *, glossary: Glossary) -> CleanedDocument:
    """``cleaned`` with the glossary's findings added to its suggested corrections."""
    if not glossary:
        return cleaned
    found = find_artefacts(cleaned.paragraphs, language=cleaned.language.code, glossary=glossary)
    if not found:
        return cleaned
    return replace(cleaned, corrections=cleaned.corrections + tuple(found))
