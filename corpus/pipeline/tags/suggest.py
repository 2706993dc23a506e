"""Tag proposals: people, organisations, places and topics of a document.

Order of evidence, strongest first:

1. the controlled vocabulary (``TagMatcher``, ``tag_matching``): matched tags
   carry the entry's kind and key and the highest scores;
2. a gazetteer of countries, first-level regions, continents and major
   cities, named in the document's language (pycountry) and in English;
3. new names (``tag_names``): capitalised word runs, names after titles
   ("Präsident Trump", "M. Trump"), speaker labels, acronyms, brands;
4. topics (``tag_topics``): repeated words that are rare in the language.

Scripts without letter case (Arabic, Hebrew, Indic, CJK ...) get vocabulary
and gazetteer matches, Latin-script names embedded in them and, for spaced
scripts, topics; nothing else is guessed from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..lexicon import base_language, log_scale
from ..types import TagCandidate, TagKind
from .matching import TagMatcher, VocabularyMatch, build_matcher, is_dense, normalise, tokenize
from .names import CUES, Candidate, NameFinder
from .topics import topic_candidates

__all__ = ["TagMatcher", "VocabularyMatch", "build_matcher", "suggest_tags"]

MAX_EVIDENCE = 4
SNIPPET_CHARS = 80


def _name_tags(finder: NameFinder) -> list[TagCandidate]:
    """Score and name every candidate worth proposing.

    Vocabulary matches score 0.55..1.0, names with evidence of their kind
    0.30..0.90, bare names 0.25..0.70; scores grow with the number of
    mentions and with a mention near the top of the document.
    """
    size = max(1, len(finder.tokens))
    out: list[TagCandidate] = []
    for key, cand in finder.candidates.items():
        if not finder.keep(key, cand):
            continue
        kind = finder.kind(cand)
        strength = log_scale(cand.count)
        lead = 1.0 if cand.first < 0.2 * size else 0.0
        if cand.vocabulary_key:
            score = 0.55 + 0.35 * strength + 0.10 * lead
        elif key[0] == "p" or cand.cues or len(cand.words) > 1 or cand.kind is not None:
            score = 0.30 + 0.45 * strength + 0.10 * lead + (0.05 if cand.cues & CUES else 0.0)
        else:
            score = 0.25 + 0.40 * strength + 0.05 * lead
        if cand.count <= 0:
            score = 0.35  # a speaker label the text itself never repeats
        name = cand.name if cand.name and not cand.display_from_text else _display(cand, kind)
        score = round(min(1.0, score), 3)
        out.append(TagCandidate(name, kind, score, _evidence(cand), cand.vocabulary_key))
    return out


def _display(cand: Candidate, kind: TagKind) -> str:
    forms = cand.surfaces.most_common() or [(" ".join(cand.words), 1)]
    if kind is TagKind.PERSON:
        # The fullest form: "Andrew Ross Sorkin" over "Sorkin", "岸田文雄" over
        # "岸田" (unspaced scripts count characters, not words).
        return max(forms, key=lambda item: (len(item[0].split()), _dense_size(item[0]), item[1]))[0]
    if cand.forms:
        return cand.forms.most_common(1)[0][0]  # "Warszawa", not "Warszawie"
    return forms[0][0]


def _dense_size(surface: str) -> int:
    return len(surface) if is_dense(surface) else 0


def _evidence(cand: Candidate) -> tuple[str, ...]:
    surfaces = tuple(s for s, n in cand.surfaces.most_common(MAX_EVIDENCE - 1) if n > 0)
    return surfaces or tuple(cand.surfaces)[:1]


def _snippet(text: str, surface: str) -> str:
    """About SNIPPET_CHARS characters around the first whole-word occurrence
    of ``surface``, cut at spaces; "" when it does not occur."""
    size = len(surface)
    at = text.find(surface)
    # Unspaced scripts have no word boundaries to check.
    while not is_dense(surface) and at >= 0 and (
        text[at - 1 : at].isalnum() or text[at + size : at + size + 1].isalnum()
    ):
        at = text.find(surface, at + 1)  # inside a longer word: "Peking" in "Pekinger"
    if at < 0:
        return ""
    half = max(10, (SNIPPET_CHARS - size) // 2)
    start, end = max(0, at - half), min(len(text), at + size + half)
    head, tail = text[start:at], text[at + size : end]
    if start > 0:
        head = "…" + (head.split(" ", 1)[1] if " " in head else head)
    if end < len(text):
        tail = (tail.rsplit(" ", 1)[0] if " " in tail else tail) + "…"
    return " ".join((head + surface + tail).split())


def _with_snippet(tag: TagCandidate, text: str) -> TagCandidate:
    # Only for the tags actually proposed: finding a snippet costs a search.
    if tag.kind is TagKind.TOPIC or not tag.evidence or len(tag.evidence) >= MAX_EVIDENCE:
        return tag
    snippet = _snippet(text, tag.evidence[0])
    return replace(tag, evidence=tag.evidence + (snippet,)) if snippet else tag


def suggest_tags(
    paragraphs: Sequence[str],
    *,
    language: str,
    matcher: TagMatcher | None = None,
    people_hint: Sequence[str] = (),
    aliases: Mapping[str, str] = {},
    limit: int = 15,
) -> tuple[TagCandidate, ...]:
    """Propose up to ``limit`` tags for a document, best first.

    Guarantees: scores in 0..1, sorted descending; at most ``limit`` tags,
    of which about a fifth are kept for topics when there are any; one tag
    per vocabulary entry (every alias and inflected form folded into it, with
    the entry's kind and key); new names de-duplicated ("Trumps" is "Trump",
    "Sorkin" is "Andrew Ross Sorkin"); ``people_hint`` names (speaker labels)
    come back as people unless the vocabulary knows them, and never when
    they are roles ("Moderator", "Audience", "记者": common words of the
    language, or listed roles); a name spelt as an ``aliases`` key (alone or
    inside a longer name) is merged into the value's spelling ("Solkin" into
    "Sorkin"); evidence holds one to four items (surface forms as written,
    then a snippet). Empty text or ``limit <= 0`` gives ``()``. ``matcher``
    is built once per vocabulary.
    """
    lines = [p.strip() for p in paragraphs if p and p.strip()]
    if not lines or limit <= 0:
        return ()
    lang = base_language(language)
    doc = tokenize("\n".join(lines))
    finder = NameFinder(doc, lang, matcher, people_hint, aliases)
    candidates = finder.find()
    names = _name_tags(finder)

    entity_words = {n for c in candidates.values() for n in c.parts}
    for cand in candidates.values():
        for surface in cand.surfaces:
            entity_words.update(normalise(w) for w in surface.split())
    topics = topic_candidates(doc, lang, exclude=entity_words, limit=limit)

    reserved = min(len(topics), max(1, limit // 5))
    rest = sorted(names + topics[reserved:], key=lambda t: -t.score)
    chosen = topics[:reserved] + rest[: limit - reserved]
    chosen.sort(key=lambda t: (-t.score, t.name))
    return tuple(_with_snippet(tag, doc.text) for tag in chosen)
