"""Names in scripts without capital letters.

Chinese, Japanese and Korean go through a morphological analyser whose
dictionary classes proper nouns (``analysers``); the rules here join the
pieces of one name (Japanese family + given name, "ソニー" + "グループ",
"阿里巴巴" + "集团") and read the words around them: an honorific after a
name ("岸田首相", "윤석열 대통령") or a verb of saying ("李强表示") makes it a
person, an organisation word after it an organisation.

Arabic, Hebrew and Hindi have no analyser here that ships its dictionary, so
the words around a name decide, as an editor would read them:

* a title or honorific before it: "السيد", "الرئيس", "מר", "השר", "श्री",
  "मंत्री" (complements of the title are skipped: "وزير الخارجية", "שר
  החוץ"); or after it: "मोदी जी";
* the doer of a verb of saying: "X ने कहा";
* an organisation or place word before ("وزارة …", "משרד …", "مدينة …")
  or after ("… मंत्रालय", "… शहर").

Repetition then does the rest: a name found once with a cue is matched
wherever else it occurs (``NameFinder.merge`` folds "Netanyahu" into
"Benjamin Netanyahu"). The word lists are in ``lang/<code>.toml``.
"""

from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ...lexicon import stopwords, zipf
from ...types import TagKind
from ..lang import never_tags, words
from ..matching import Doc, join_tokens, positions
from .analysers import ANALYSERS, ORGANISATION, OTHER, PERSON, PLACE, PROPER, Morpheme, is_han

# A "person" the analyser found that is as common as this, with no title or
# verb of saying next to it, is an everyday word (zipf 5: "thanks", "welcome").
_COMMON_ZIPF = 5.0
_KINDS = {PERSON: TagKind.PERSON, PLACE: TagKind.PLACE, ORGANISATION: TagKind.ORGANISATION}
# A name is at most this many words (Arabic "عبد الله بن زايد" is four).
_MAX_WORDS = 3
# Title complements skipped before the name: "وزير الخارجية الأمريكي", "שר החוץ".
_MAX_COMPLEMENTS = 2
# Arabic and Hebrew definite articles: a word after a title that carries one
# is the title's complement ("الخارجية", "החוץ"), not the start of a name.
_ARTICLES = {"ar": ("ال", "وال"), "he": ("ה", "וה")}
# Arabic and Hebrew one-letter prefixes ("and", "to", "that" ...) a title may
# carry; not Hebrew "ב", "כ", "מ", which make other words of titles ("בשר"
# is "meat", "כשר" "kosher").
_CLITICS = {"ar": "وفبلك", "he": "ולש"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: as written, its kind when the evidence tells,
    the words that identify it, its position (token index) and cues."""

    surface: str
    kind: TagKind | None
    parts: tuple[str, ...]
    position: int
    cues: frozenset[str] = frozenset()


def has_caseless_rules(language: str) -> bool:
    """Does ``language`` get analyser or cue-based names?"""
    return language in ANALYSERS or bool(
        words(language, "titles_after")
        or words(language, "org_heads")
        or words(language, "org_tails")
        or words(language, "agent_markers")
    )


def find_mentions(doc: Doc, language: str) -> list[Mention]:
    """Every name mention the analyser or the cues find, in reading order."""
    if language in ANALYSERS:
        try:
            morphemes = ANALYSERS[language](doc.text)
        except ImportError as error:
            # A broken install must not cost the document: its names then come
            # from the vocabulary and the gazetteer only, and the log says why.
            warnings.warn(f"No {language} analyser ({error}); names from the vocabulary only.",
                          RuntimeWarning, stacklevel=2)
            return []
        return _from_morphemes(morphemes, doc, language)
    return _Cues(doc, language).mentions()


# -- Chinese, Japanese, Korean -------------------------------------------------


def _from_morphemes(morphemes: list[Morpheme], doc: Doc, language: str) -> list[Mention]:
    org_tails = words(language, "org_tails")
    titles_after, titles = words(language, "titles_after"), words(language, "titles")
    speech = words(language, "speech_verbs")
    unwanted = never_tags(language) | stopwords(language) | titles | titles_after
    scale = len(doc.tokens) / max(1, len(doc.text))  # character offset -> token index
    out: list[Mention] = []
    i, size = 0, len(morphemes)
    while i < size:
        if morphemes[i].cls == OTHER:
            i += 1
            continue
        j = _name_end(morphemes, i, language)
        if j == i + 1 and _bare_surname(morphemes, i, titles | titles_after | speech):
            j += 1  # "魏" + "哲家" before "表示": a given name the dictionary lacks
        cls, cues = morphemes[i].cls, set()
        if j < size and _touches(morphemes[j - 1], morphemes[j]) and morphemes[j].surface in org_tails:
            cls, j = ORGANISATION, j + 1  # "ソニーグループ", "阿里巴巴集团"
        elif cls == PROPER and morphemes[j - 1].surface.endswith(_long(org_tails)):
            cls = ORGANISATION  # "삼성전자", "한국은행": one proper noun ending in an organisation word
        elif _next_word(morphemes, j) in titles_after or _after_title(morphemes, i, titles):
            cues.add("title")
            cls = PERSON if cls == PROPER else cls
        if any(m.surface in speech for m in morphemes[j : j + 3]):
            cues.add("speech")
            cls = PERSON if cls == PROPER else cls
        piece = morphemes[i:j]
        surface = doc.text[piece[0].start : piece[-1].start + len(piece[-1].surface)]
        i = j
        if len(surface) < 2 or surface.casefold() in unwanted or _holds_title(surface, titles):
            continue  # "蔡" alone, "德国总理" (a title jieba took for a name)
        if cls == PERSON and not cues and zipf(surface, language) >= _COMMON_ZIPF:
            continue  # "谢谢" ("thanks"): jieba's dictionary reads its first character as a surname
        if cls == PERSON and not cues and language == "zh":
            cues.add("unconfirmed")  # jieba's HMM also calls places people ("达沃斯")
        parts = tuple(m.surface for m in piece) if language == "ja" else (surface,)
        position = int(piece[0].start * scale)
        out.append(Mention(surface, _KINDS.get(cls), parts, position, frozenset(cues)))
    return out


def _name_end(morphemes: list[Morpheme], i: int, language: str) -> int:
    """End of the name starting at ``i``: a family name takes the given name
    after it (Japanese 姓 + 名, Chinese "蔡" + "崇信")."""
    j = i + 1
    if morphemes[i].cls != PERSON:
        return j
    if language == "zh" and len(morphemes[i].surface) == 1:
        given = morphemes[j] if j < len(morphemes) else None
        if given is not None and given.cls in (PERSON, PROPER) and _touches(morphemes[i], given):
            return j + 1  # "蔡" + "崇信"
    while (
        j < len(morphemes)
        and morphemes[j].cls == PERSON
        and _touches(morphemes[j - 1], morphemes[j])
        and (language != "ja" or morphemes[j].given_name)
    ):
        j += 1
    return j


def _bare_surname(morphemes: list[Morpheme], i: int, cues: frozenset[str]) -> bool:
    """A one-character family name followed by one or two characters the
    analyser did not class, between a title and a verb of saying or a title
    ("董事长魏哲家表示"): jieba splits given names it does not know."""
    if morphemes[i].cls != PERSON or len(morphemes[i].surface) != 1 or i + 2 >= len(morphemes):
        return False
    given, after = morphemes[i + 1], morphemes[i + 2]
    if given.cls != OTHER or not 1 <= len(given.surface) <= 2 or not _touches(morphemes[i], given):
        return False
    if not all(is_han(ch) for ch in given.surface):
        return False
    return after.surface in cues or _previous_word(morphemes, i) in cues


def _long(tails: frozenset[str]) -> tuple[str, ...]:
    # One-character tails ("部", "党") would make too many words organisations.
    return tuple(t for t in tails if len(t) >= 2)


def _touches(a: Morpheme, b: Morpheme) -> bool:
    return a.start + len(a.surface) == b.start


def _next_word(morphemes: list[Morpheme], j: int) -> str:
    return morphemes[j].surface if j < len(morphemes) else ""


def _previous_word(morphemes: list[Morpheme], i: int) -> str:
    return morphemes[i - 1].surface if i > 0 else ""


def _after_title(morphemes: list[Morpheme], i: int, titles: frozenset[str]) -> bool:
    """Right after a title, alone or closing a longer word ("日本首相石破茂")."""
    before = _previous_word(morphemes, i)
    return before in titles or before.endswith(_long(titles))


def _holds_title(surface: str, titles: frozenset[str]) -> bool:
    return any(len(title) >= 2 and title in surface for title in titles)


# -- Arabic, Hebrew, Hindi -------------------------------------------------------


@lru_cache(maxsize=64)
def _cue_table(language: str) -> dict[str, str]:
    """Every cue word of ``language`` -> the list it belongs to; words that
    come before a name also with the one- or two-letter clitics Arabic and
    Hebrew attach to them ("والرئيس", "והשר"). A document is then read with
    one set intersection and a look at the few positions that hold a cue."""
    table: dict[str, str] = {}
    clitics = _CLITICS.get(language, "")
    prefixes = ["", *clitics, *(a + b for a in clitics for b in clitics)]
    for name in ("place_heads", "org_heads", "titles"):  # the last one wins a tie
        for word in words(language, name):
            for prefix in prefixes:
                table[prefix + word] = name
    # Verbs of saying come before or after the speaker in Arabic and Hebrew;
    # Hindi puts the verb last and marks the speaker ("X ने कहा"): agent_markers.
    if language in _ARTICLES:
        for word in words(language, "speech_verbs"):
            for prefix in prefixes:
                table.setdefault(prefix + word, "speech_verbs")
    for name in ("agent_markers", "titles_after", "place_tails", "org_tails"):
        for word in words(language, name):
            table.setdefault(word, name)
    return table


class _Cues:
    """Names read from the words around them (see the module doc)."""

    def __init__(self, doc: Doc, language: str):
        self.doc, self.language = doc, language
        self.tokens, self.norms = doc.tokens, doc.norms
        self.titles = words(language, "titles")
        self.titles_after = words(language, "titles_after")
        self.speech = words(language, "speech_verbs")
        self.table = _cue_table(language)
        self.counts = Counter(doc.norms)
        self.blocked = _blocked(language)

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        present = self.doc.distinct_norms.intersection(self.table)
        for i in positions(self.norms, present) if present else ():
            cue = self.table[self.norms[i]]
            if cue == "titles":
                out += self._after(i + 1, TagKind.PERSON, "title", skip_complements=True)
            elif cue == "org_heads":
                out += self._after(i + 1, TagKind.ORGANISATION, "", head=i)
            elif cue == "place_heads":
                out += self._after(i + 1, TagKind.PLACE, "", head=i)
            elif cue == "org_tails":
                out += self._before(i, TagKind.ORGANISATION, "", tail=i)
            elif cue == "place_tails":
                out += self._before(i, TagKind.PLACE, "")
            elif cue == "titles_after":
                out += self._before(i, TagKind.PERSON, "title")  # "मोदी जी"
            elif cue == "speech_verbs":
                out += self._speaker(i)
            elif self._speech_follows(i):  # agent_markers
                out += self._before(i, TagKind.PERSON, "speech")
        return _one_per_place(out + self._abbreviated_titles())

    def _abbreviated_titles(self) -> list[Mention]:
        """Hebrew titles written with gershayim ("ד\"ר", "מנכ\"ל", "ח\"כ")
        are three tokens; the lists hold them without the mark."""
        norms, out = self.norms, []
        marks = {'"', "\u05f4"} & self.doc.distinct_norms
        for i in positions(norms, marks) if marks and self.language == "he" else ():
            if 0 < i < len(norms) - 1 and self.table.get(norms[i - 1] + norms[i + 1]) == "titles":
                out += self._after(i + 2, TagKind.PERSON, "title", skip_complements=True)
        return out

    def _speaker(self, i: int) -> list[Mention]:
        """Who a verb of saying quotes, after it ("وقال بلينكن", "אמר נתניהו")
        or before it ("נתניהו אמר"): only a name the text repeats elsewhere,
        without an article ("وقالت الحكومة" is "the government said")."""
        articles = _ARTICLES.get(self.language, ())
        out = []
        for found in (self._after(i + 1, TagKind.PERSON, "speech"), self._before(i, TagKind.PERSON, "speech")):
            for mention in found:
                first, last = mention.parts[0], mention.parts[-1]
                if self.counts[last] > 1 and not (articles and first.startswith(articles)):
                    out.append(mention)
        return out

    def _word(self, i: int) -> bool:
        token = self.tokens[i] if 0 <= i < len(self.tokens) else ""
        return bool(token) and token[0].isalpha() and self.norms[i] not in self.blocked

    def _after(
        self, i: int, kind: TagKind, cue: str, *, skip_complements: bool = False, head: int = -1
    ) -> list[Mention]:
        articles = _ARTICLES.get(self.language, ())
        if skip_complements:
            for _ in range(_MAX_COMPLEMENTS):
                if i < len(self.tokens) and articles and self.norms[i].startswith(articles):
                    i += 1  # "الرئيس الأمريكي جو بايدن", "שר החוץ"
        end = i
        while end < len(self.tokens) and end - i < _MAX_WORDS and self._word(end):
            end += 1
        if head >= 0 and articles and end > i + 1:
            end = self._definite_chain(i, end, articles)
        elif kind is TagKind.PERSON:
            end = self._surname_end(i, end)
        start = head if head >= 0 else i
        return self._mention(start, end, kind, cue) if end > i else []

    def _definite_chain(self, i: int, end: int, articles: tuple[str, ...]) -> int:
        """An Arabic or Hebrew institution is a head word and a chain of
        definite words ("وزارة الخارجية الأمريكية", "משרד החוץ"), or a head
        and one proper name ("بنك عودة"): a word without the article after
        the chain is the verb of the sentence ("משרד החוץ יפרסם")."""
        if not self.norms[i].startswith(articles):
            return i + 1
        stop = i + 1
        while stop < end and self.norms[stop].startswith(articles):
            stop += 1
        return stop

    def _surname_end(self, i: int, end: int) -> int:
        """Where a name after a title ends: after its last word that the text
        repeats elsewhere (a surname recurs on its own: "وقال بلينكن"), else
        after two words. The word after a name is often the sentence's verb,
        which no list of these languages can tell from a name."""
        for stop in range(end, i, -1):
            if self.counts[self.norms[stop - 1]] > 1:
                return stop
        return min(end, i + 2)

    def _before(self, i: int, kind: TagKind, cue: str, *, tail: int = -1) -> list[Mention]:
        end = i
        while end > 0 and self.norms[end - 1] in self.titles_after:
            end -= 1  # "मोदी जी ने"
        start = end
        while start > 0 and end - start < _MAX_WORDS and self._word(start - 1):
            start -= 1
        stop = tail + 1 if tail >= 0 else end
        return self._mention(start, stop, kind, cue) if end > start else []

    def _mention(self, start: int, end: int, kind: TagKind, cue: str) -> list[Mention]:
        parts = tuple(self.norms[start:end])
        if kind is TagKind.PERSON:
            parts = tuple(n for n in parts if n not in self.titles_after)
        surface = join_tokens(self.tokens[start:end])
        return [Mention(surface, kind, parts, start, frozenset({cue} if cue else ()))]

    def _speech_follows(self, i: int) -> bool:
        """A verb of saying in the rest of the clause: "X ने पत्रकारों से कहा"."""
        for n in self.norms[i + 1 : i + 8]:
            if n in self.speech:
                return True
            if not n[:1].isalpha():
                return False
        return False


def _one_per_place(mentions: list[Mention]) -> list[Mention]:
    """One mention per name occurrence: "मंत्री अमित शाह ने कहा" has a title
    and a verb of saying, but names him once."""
    found: dict[tuple[int, tuple[str, ...]], Mention] = {}
    for mention in mentions:
        key = (mention.position, mention.parts)
        seen = found.get(key)
        found[key] = mention if seen is None else replace(seen, cues=seen.cues | mention.cues)
    return list(found.values())


@lru_cache(maxsize=64)
def _blocked(language: str) -> frozenset[str]:
    """Words that are never part of a name read from cues."""
    lists = ("titles", "titles_after", "speech_verbs", "agent_markers", "org_heads", "place_heads",
             "org_tails", "place_tails")
    return stopwords(language) | never_tags(language) | frozenset().union(*(words(language, n) for n in lists))
