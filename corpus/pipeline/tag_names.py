"""Finding names in a document: known ones (vocabulary, gazetteer) and new
ones (capitalised word runs, names after titles, speaker labels, acronyms,
brands), de-duplicated and given a kind.

Capital letters are weighed per language: German capitalises every noun and
every language capitalises the first word of a sentence, so a lone
capitalised word that the language's lexicon knows well is not taken for a
name, while runs of capitalised words, titles ("Präsident", "M.") and verbs
of saying ("sagte", "a déclaré") are strong evidence. Used by ``tags``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from .lexicon import is_latin, is_native_word, stopwords, zipf
from .tag_matching import (
    Doc,
    Hit,
    TagMatcher,
    is_dense,
    join_tokens,
    normalise,
    place_matcher,
    positions,
    stems,
    tokenize,
)
from .tag_speakers import Respelling, name_words, role_labels
from .tag_topics import (
    ACRONYMS,
    CAPITALISED,
    LOWER_BRANDS,
    TITLE_WORDS,
    is_common_noun,
    is_common_word,
    is_plain_word,
    is_role,
    is_title,
    name_breakers,
    surname_like,
)
from .tag_words import (
    ARTICLES,
    CONNECTORS,
    ENGLISH_CALENDAR,
    NOUN_CAPITALISING,
    ORGANISATION_ENDINGS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLES,
)
from .types import TagKind, VocabularyEntry

_BOUNDARIES = frozenset(["\n", *".!?…:;。！？؟|•·–—"])
_COLON = frozenset(":")
_QUOTES = frozenset("\"'«»„“”‚‘’‹›()[]「」『』*")
CUES = frozenset({"title", "label", "speech", "hint"})
# A later word this common in English makes a capitalised pair a term
# ("Big Data", "Climate Change"), not a person; given names may be common.
_TERM_ZIPF = 5.3
# Russian and Ukrainian patronymics: "Владимир Владимирович Путин" is one name.
_PATRONYMIC = ("вич", "вна", "ична", "інна")


@dataclass
class Candidate:
    kind: TagKind | None  # None: decided from the evidence at the end
    name: str = ""
    vocabulary_key: str | None = None
    words: tuple[str, ...] = ()  # normalised name tokens, in order
    parts: frozenset[str] = frozenset()  # every token of every known form
    count: int = 0
    first: int = 1 << 30
    surfaces: Counter = field(default_factory=Counter)
    cues: set[str] = field(default_factory=set)
    initial_mentions: int = 0
    display_from_text: bool = False
    forms: Counter = field(default_factory=Counter)  # vocabulary forms matched

    def add(self, surface: str, position: int, *, initial: bool = False) -> None:
        self.count += 1
        self.first = min(self.first, position)
        self.surfaces[surface] += 1
        self.initial_mentions += initial


@lru_cache(maxsize=4096)
def _entry_parts(entry: VocabularyEntry) -> frozenset[str]:
    forms = (entry.name, *entry.aliases)
    return frozenset(n for form in forms for n in tokenize(form).norms if n.isalnum())


class NameFinder:
    """Collects the name candidates of one document.

    ``find()`` fills ``candidates`` (key -> Candidate); keys start with "v"
    (vocabulary entry), "p" (gazetteer place) or "n" (new name, normalised
    words). ``kind()`` and ``keep()`` decide what a candidate is and whether
    it is worth proposing.
    """

    def __init__(
        self,
        doc: Doc,
        language: str,
        matcher: TagMatcher | None,
        hints: Sequence[str],
        aliases: Mapping[str, str] = {},
    ):
        self.doc, self.language, self.matcher = doc, language, matcher
        self.tokens, self.norms = doc.tokens, doc.norms
        self.noun_caps = language in NOUN_CAPITALISING
        self.stop = stopwords(language)
        self.unique = doc.distinct  # per-word tests run once per distinct token
        self.lowercase_seen = set(filter(str.islower, self.unique))
        self.titles = TITLE_WORDS.among(doc.distinct_norms)
        self.breaks = name_breakers(language)
        self.candidates: dict[tuple, Candidate] = {}
        self.owner: dict[int, tuple[str, Hit]] = {}
        self.hint_keys = {
            tuple(tokenize(h).norms): " ".join(h.split()) for h in hints if any(map(str.isalpha, h))
        }
        self.roles = role_labels(map(name_words, self.hint_keys), language)  # never people
        self.respelling = Respelling(aliases)
        self.label_keys = self._speaker_labels()
        self.vocab_hits = matcher.hits(doc, language) if matcher else []
        places = place_matcher(language)
        self.place_hits = places.hits(doc, language)
        self.places = places.entries
        self.standalone: Counter = Counter()
        norms = self.norms
        self.place_norms = {norms[i] for h in self.place_hits for i in range(h.start, h.end)}
        self._norm_counts: Counter | None = None

    def find(self) -> dict[tuple, Candidate]:
        """Run every stage and return the candidates."""
        self.mark_known()
        self.resolve_runs()
        if not self.doc.has_dense:
            self.brands()
        self.hints()
        self.merge()
        return self.candidates

    def _speaker_labels(self) -> set[tuple[str, ...]]:
        """One or two capitalised words starting a sentence and followed by
        a colon ("Sorkin:", "Jack Ma:"): speaker labels of an interview."""
        tokens, norms = self.tokens, self.norms
        labels: set[tuple[str, ...]] = set()
        for j in positions(tokens, _COLON):
            if j > 0 and tokens[j - 1][0].isupper():
                if self._initial(j - 1):
                    labels.add((norms[j - 1],))
                elif j > 1 and tokens[j - 2][0].isupper() and self._initial(j - 2):
                    labels.add((norms[j - 2], norms[j - 1]))
        return labels

    # -- known names -------------------------------------------------------
    def _known(self, source: str, hit: Hit) -> Candidate:
        entry = self.matcher.entries[hit.entry] if source == "v" else self.places[hit.entry]
        key = (source, entry.key)
        cand = self.candidates.get(key)
        if cand is None:
            if source == "v":
                cand = Candidate(entry.kind, entry.name, entry.key)
            else:
                # Countries are named in the document's language; cities and
                # regions as the document writes them.
                from_text = not entry.key.startswith("country:")
                cand = Candidate(TagKind.PLACE, entry.name, display_from_text=from_text)
            cand.parts = _entry_parts(entry)
            self.candidates[key] = cand
        return cand

    def _new(self, words: tuple[str, ...], kind: TagKind | None) -> Candidate:
        cand = Candidate(kind, words=words, parts=frozenset(words))
        self.candidates[("n", words)] = cand
        return cand

    def mark_known(self) -> None:
        tokens = self.tokens
        for source, hits in (("v", self.vocab_hits), ("p", self.place_hits)):
            for hit in hits:
                dense = is_dense(tokens[hit.start])
                span = range(hit.start, hit.end)
                if not dense and any(i in self.owner for i in span):
                    continue  # the vocabulary had it first
                if not dense:
                    for i in span:
                        self.owner[i] = (source, hit)
                known = self._known(source, hit)
                known.add(hit.surface, hit.start)
                known.forms[hit.form] += 1
                if source == "p" and not self._embedded(hit):
                    self.standalone[hit.entry] += 1

    def _capital(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i][0].isupper()

    def _embedded(self, hit: Hit) -> bool:
        before = hit.start - 1
        if self._capital(hit.end):
            return True
        norm = self.norms[before] if before >= 0 else ""
        return self._capital(before) and norm not in TITLES and norm not in ARTICLES

    # -- capitalised runs --------------------------------------------------
    def runs(self) -> list[tuple[int, int]]:
        """Spans of capitalised words that may form one name.

        Words that end a name (titles, acronyms, German common nouns ...) are
        left out up front, which splits runs at them; it is done on distinct
        tokens, so a German text full of capitalised nouns stays cheap.
        """
        tokens, norms, language = self.tokens, self.norms, self.language
        capitalised = CAPITALISED.among(self.unique)
        self.cued = cued = self._cued_words()
        breakers = self.breaks.among(capitalised)
        if cued:
            breakers = {t for t in breakers if normalise(t) not in cued}
        acronyms = ACRONYMS.among(breakers)
        if acronyms:
            for i in positions(tokens, acronyms):
                if i not in self.owner:
                    self._acronym(i)
        name_like = capitalised - breakers
        caps = set(compress(range(len(tokens)), map(name_like.__contains__, tokens)))
        caps.update(i for i in self.owner if tokens[i][0].isupper())  # known names always take part
        self.kept: set[int] = set()
        if self.noun_caps and breakers:
            # "Olaf Scholz": a surname that looks like a German noun, kept
            # when it follows a name-like word.
            soft = surname_like(language).among(breakers)
            for j in positions(tokens, soft):
                if j - 1 in caps and j - 1 not in self.owner:
                    caps.add(j)
                    self.kept.add(j)
            # "Deutsche Bank", "Vereinte Nationen": a common word before an
            # organisation word belongs to the name.
            for j in positions(norms, ORGANISATION_WORDS & self.doc.distinct_norms):
                before = tokens[j - 1] if j > 0 else ""
                if before in breakers and before not in acronyms and tokens[j][0].isupper():
                    caps.add(j - 1)
                    caps.add(j)
                    self.kept.add(j - 1)
        out: list[tuple[int, int]] = []
        start = prev = -2
        for i in sorted(caps):
            if i == prev + 1 or (i == prev + 2 and self._joins(prev)):
                prev = i
                continue
            if start >= 0:
                out.append((start, prev + 1))
            start = prev = i
        if start >= 0:
            out.append((start, prev + 1))
        return out

    def _cued_words(self) -> set[str]:
        """Capitalised words that a title or a verb of saying marks as names
        somewhere in the text ("Finanzminister Christian Lindner", "Lindner
        sagte"): in German they may look like nouns, but they are not."""
        tokens, norms = self.tokens, self.norms
        size = len(tokens)
        cued: set[str] = set()
        titles = self.titles
        for j in positions(norms, SPEECH_VERBS & self.doc.distinct_norms):
            # "Lindner sagte", "sagte Lindner", "Meloni ha detto"
            for i in (j - 1, j + 1, j - 2):
                if 0 <= i < size and tokens[i][0].isupper() and norms[i] not in titles:
                    if i == 0 or norms[i - 1] not in ARTICLES:  # "eines Tages fragte"
                        cued.add(norms[i])
                    break
        for j in positions(norms, titles):
            if not tokens[j][0].isupper():
                continue
            for i in (j + 1, j + 2):
                if i < size and tokens[i][0].isupper() and norms[i] not in titles:
                    cued.add(norms[i])
                else:
                    break
        return cued - self.stop

    def _joins(self, prev: int) -> bool:
        middle = self.tokens[prev + 1]
        if middle == ".":
            word = self.tokens[prev]
            return len(word) == 1 or word.casefold() in TITLE_ABBREVIATIONS
        return middle in CONNECTORS

    def resolve_runs(self) -> None:
        owner, norms = self.owner, self.norms
        for a, b in self.runs():
            if b - a == 1 and a not in owner:
                if norms[a] in self.stop and self._initial(a):
                    continue  # "Sie", "The": capitalised only by position
                self._record_word(a)
                continue
            owned = [i for i in range(a, b) if i in owner]
            if not owned:
                self._pieces(a, b)
                continue
            hits = {id(owner[i][1]): owner[i] for i in owned}
            if len(hits) == 1 and self._absorb(*next(iter(hits.values())), a, b):
                continue
            start = a  # split the run around the known names
            for i in range(a, b + 1):
                if i == b or i in owner:
                    if start < i:
                        self._pieces(start, i)
                    start = i + 1

    def _absorb(self, source: str, hit: Hit, a: int, b: int) -> bool:
        """Settle a run holding exactly one known name; False: split it."""
        rest = [i for i in range(a, b) if not hit.start <= i < hit.end and self.tokens[i] != "."]
        words = [self.norms[i] for i in rest]
        words = [w for w in words if w not in TITLES and w not in ARTICLES]
        cand = self._known(source, hit)
        if not words:
            if cand.kind is TagKind.PERSON and rest:
                cand.cues.add("title")
            return True
        marked = [w for w in words if w in ORGANISATION_WORDS or w in PLACE_WORDS]
        if cand.kind is TagKind.ORGANISATION and len(marked) == len(words):
            cand.surfaces[join_tokens(self.tokens[a:b])] += 1  # "Alibaba Group" is Alibaba
            return True
        lone_place = source == "p" and hit.end - hit.start == 1 and not self.standalone[hit.entry]
        if marked or lone_place:
            # "New York Times", "Bank of China", "Chad Smith": the run is the
            # name; the place inside it is not mentioned.
            cand.count -= 1
            cand.surfaces[hit.surface] -= 1
            cand.surfaces += Counter()  # drop zero counts
            for i in range(hit.start, hit.end):
                self.owner.pop(i, None)
                self.kept.add(i)
            self._pieces(a, b)
            return True
        if cand.kind is TagKind.PERSON and max(rest) < hit.start and len(words) <= 2:
            cand.surfaces[join_tokens(self.tokens[min(rest) : hit.end])] += 1  # "Donald" + "Trump"
            return True
        return False

    def _titled(self, a: int) -> bool:
        norms, tokens = self.norms, self.tokens
        if a > 0 and norms[a - 1] in self.titles:
            return True
        if a > 1 and tokens[a - 1] == "." and norms[a - 2] in TITLE_ABBREVIATIONS:
            return True
        # "président américain Trump", "amerikanische Präsident Trump"
        return a > 1 and norms[a - 2] in TITLES and tokens[a - 1].islower()

    def _pieces(self, a: int, b: int) -> None:
        """Cut a capitalised run at titles, acronyms, digits and (German)
        common nouns, and record each piece as a name mention."""
        tokens, norms, language = self.tokens, self.norms, self.language
        titled = self._titled(a)
        start = None
        for i in range(a, b + 1):
            if i < b and tokens[i] == ".":
                continue
            exempt = i < b and (i in self.kept or norms[i] in self.cued)
            stop_here = i == b or (not exempt and self.breaks(tokens[i]))
            if (
                not stop_here
                and self.noun_caps
                and not exempt
                and norms[i] not in ORGANISATION_WORDS
                and i > 0
                and norms[i - 1] in ARTICLES
                and zipf(norms[i], language) >= 4.5
            ):
                stop_here = True  # "der Name Alibaba": a noun after an article
            if not stop_here:
                if start is None:
                    start = i
                continue
            if start is not None:
                self._split_speaker(start, i, titled)
                titled = False
                start = None
            if i < b:
                titled = titled or norms[i] in self.titles

    def _split_speaker(self, a: int, b: int, titled: bool) -> None:
        norms = self.norms
        # "... den Einstieg in Hollywood Sorkin: Ein ..." -- a speaker label
        # glued to the previous sentence by a missing full stop.
        if b < len(self.tokens) and self.tokens[b] == ":":
            for key in (*self.hint_keys, *self.label_keys):
                size = len(key)
                if 0 < size < b - a and tuple(norms[b - size : b]) == key:
                    self._record(a, b - size, titled)
                    self._record(b - size, b, False)
                    return
        # "presidente del Consiglio Giorgia Meloni": an institution, then a
        # person the text quotes elsewhere ("Meloni ha detto").
        if b - a >= 3 and norms[b - 1] in self.cued:
            orgs = [k for k in range(a, b - 2) if norms[k] in ORGANISATION_WORDS]
            last_org = orgs[-1] if orgs else -1
            if last_org >= 0:
                self._record(a, last_org + 1, titled)
                self._record(last_org + 1, b, False)
                return
        if b - a >= 3 and self._split_glued(a, b, titled):
            return
        self._record(a, b, titled)

    def _split_glued(self, a: int, b: int, titled: bool) -> bool:
        """A person glued to the end of an institution or place phrase:
        "ministro delle Infrastrutture Matteo Salvini", "Rzecznik Praw
        Obywatelskich Marcin Wiącek", or followed by one: "Mark Harbers van
        Infrastructuur". Only the person is recorded: the phrase is a piece
        of a longer name whose start is not capitalised. False: not such a run."""
        norms, tokens = self.norms, self.tokens
        idx = [i for i in range(a, b) if tokens[i] != "."]
        if len(idx) < 3:
            return False
        joints = [k for k, i in enumerate(idx) if norms[i] in CONNECTORS]
        if joints:
            head, tail = idx[: joints[-1]], idx[joints[-1] + 1 :]
            if (
                2 <= len(head) <= 3
                and tail
                and all(self._plain(i) for i in tail)
                and not any(self._plain(i) for i in head)
                and self._person_evidence(head[-1], b, titled)
            ):
                self._record(a, head[-1] + 1, titled)
                return True
            return False
        size = 3 if len(idx) >= 4 and norms[idx[-2]].endswith(_PATRONYMIC) else 2
        prefix, name = idx[:-size], idx[-size:]
        if not all(self._plain(i) for i in prefix) or self._plain(name[-1]):
            return False
        if any(norms[i] in ORGANISATION_WORDS or norms[i] in PLACE_WORDS for i in name):
            return False
        if not self._person_evidence(name[-1], b, titled):
            return False
        self._record(name[0], b, titled)
        return True

    def _plain(self, i: int) -> bool:
        norm = self.norms[i]
        return norm in self.lowercase_seen or is_plain_word(norm, self.language)

    def _person_evidence(self, last: int, b: int, titled: bool) -> bool:
        """Is the word at ``last`` a surname: after a title, quoted by a verb
        of saying, or mentioned again elsewhere?"""
        if titled or self.norms[last] in self.cued or self._mentioned_again(self.norms[last], 1):
            return True
        return any(n in SPEECH_VERBS for n in self.norms[b : b + 3])

    def _mentioned_again(self, norm: str, count: int) -> bool:
        if self._norm_counts is None:
            self._norm_counts = Counter(self.norms)
        return self._norm_counts[norm] > count

    def _record_word(self, i: int) -> None:
        """``_record`` for a one-word run, the common case, without slicing."""
        norm = self.norms[i]
        if norm in ARTICLES or norm in CONNECTORS:
            return
        key = ("n", (norm,))
        cand = self.candidates.get(key) or self._new(key[1], None)
        initial = self._initial(i)
        cand.add(self.tokens[i].rstrip("-"), i, initial=initial)
        if self._titled(i):
            cand.cues.add("title")
        self._cues_after(cand, i + 1, initial, 1)

    def _record(self, a: int, b: int, titled: bool) -> None:
        norms, tokens = self.norms, self.tokens
        while a < b and (norms[a] in ARTICLES or norms[a] in CONNECTORS or tokens[a] == "."):
            a += 1
        while b > a and (norms[b - 1] in ARTICLES or norms[b - 1] in CONNECTORS):
            b -= 1
        if a >= b:
            return
        initial = self._initial(a)
        if initial and b - a > 1 and self._ordinary_first(a):
            a += 1
            initial = False
            while a < b and (norms[a] in CONNECTORS or tokens[a] == "."):
                a += 1
            if a >= b:
                return
        words = tuple(n for n, t in zip(norms[a:b], tokens[a:b]) if t != ".")
        cand = self.candidates.get(("n", words))
        if cand is None:
            cand = self._new(words, None)
        cand.add(join_tokens(tokens[a:b]), a, initial=initial)
        if titled:
            cand.cues.add("title")
        self._cues_after(cand, b, initial, b - a)

    def _cues_after(self, cand: Candidate, b: int, initial: bool, size: int) -> None:
        """Speaker label ("Sorkin: ...") or a verb of saying in the same
        sentence right after the name ("Ma a déclaré", "Lindner sagte")."""
        norms = self.norms
        if initial and b < len(norms) and norms[b] == ":" and size <= 4:
            cand.cues.add("label")
            return
        for n in norms[b : b + 3]:
            if n in _BOUNDARIES:
                break
            if n in SPEECH_VERBS:
                cand.cues.add("speech")
                break

    def _initial(self, i: int) -> bool:
        """True when token ``i`` starts a sentence, line or speaker turn."""
        j = i - 1
        while j >= 0 and self.tokens[j] in _QUOTES:
            j -= 1
        return j < 0 or self.tokens[j] in _BOUNDARIES

    def _ordinary_first(self, a: int) -> bool:
        """Is the sentence-initial first word of a run an ordinary word?"""
        norm, language = self.norms[a], self.language
        if norm in self.stop or norm in self.lowercase_seen or zipf(norm, language) >= 5.0:
            return True
        return is_native_word(norm, language) or (self.noun_caps and is_common_noun(norm, language))

    def _acronym(self, i: int) -> None:
        tokens = self.tokens
        # A line in capitals is a shouted headline, not a row of acronyms.
        if (i > 0 and len(tokens[i - 1]) > 1 and tokens[i - 1].isupper()) or (
            i + 1 < len(tokens) and len(tokens[i + 1]) > 1 and tokens[i + 1].isupper()
        ):
            return
        key = ("n", (self.norms[i],))
        cand = self.candidates.get(key)
        if cand is None:
            cand = self._new(key[1], TagKind.ORGANISATION)
        cand.kind = TagKind.ORGANISATION
        cand.add(tokens[i].rstrip("-"), i)

    def brands(self) -> None:
        """Brand names starting in lower case ("iPhone", "eBay")."""
        for surface in LOWER_BRANDS.among(self.unique):
            key = ("n", (surface.casefold(),))
            cand = self.candidates.get(key)
            if cand is None:
                cand = self._new(key[1], TagKind.ORGANISATION)
            for _ in range(self.tokens.count(surface)):
                cand.add(surface, self.tokens.index(surface))

    # -- hints, merging, classification ------------------------------------
    def hints(self) -> None:
        for key, hint in self.hint_keys.items():
            if self.matcher is not None:
                found = self.matcher.find(hint, language=self.language)
                cand = self.candidates.get(("v", found[0].entry.key)) if found else None
                if cand is not None:
                    cand.cues.add("hint")
                    continue
            words = name_words(key)
            cand = self.candidates.get(("n", words))
            if cand is None:
                cand = self._new(words, TagKind.PERSON)
                cand.surfaces[hint] += 0
            cand.cues.add("hint")

    def merge(self) -> None:
        cands = self.candidates
        # Inflected forms into their base: "Trumps" -> "Trump".
        for key in sorted((k for k in cands if k[0] == "n" and k[1]), key=lambda k: -len(k[1][-1])):
            if key not in cands:
                continue
            for stem, ending in stems(key[1][-1])[1:]:
                base = ("n", key[1][:-1] + (stem,))
                if base in cands and (len(stem) >= 4 or ending == "s"):
                    self._fold(key, base)
                    break
        # Names the structure step found misspelt, alone or inside a longer
        # name, into the right spelling: "Solkin" -> "Sorkin".
        for key in [k for k in cands if k[0] == "n"] if self.respelling else ():
            shown = cands[key].surfaces.most_common(1)
            words, name = self.respelling.apply(key[1], shown[0][0] if shown else "")
            if words != key[1]:
                if ("n", words) not in cands:
                    self._new(words, cands[key].kind).name = name
                self._fold(key, ("n", words))
        # Parts of a longer person name into it: "Sorkin" -> "Andrew Ross Sorkin".
        people = [
            k
            for k, c in cands.items()
            if len(c.parts) > 1 and c.count > 0 and self.kind(c) is TagKind.PERSON
        ]
        people.sort(key=lambda k: -cands[k].count)
        owners: dict[str, list[tuple]] = {}
        for target in people:
            for word in cands[target].parts:
                owners.setdefault(word, []).append(target)
        for key in [k for k in cands if k[0] == "n" and k[1] and k[1][0] in owners]:
            words = set(key[1])
            for target in owners[key[1][0]]:
                if key in cands and target in cands and words < cands[target].parts:
                    self._fold(key, target)
                    break

    def _fold(self, source: tuple, target: tuple) -> None:
        src, dst = self.candidates.pop(source), self.candidates[target]
        dst.count += src.count
        dst.first = min(dst.first, src.first)
        dst.surfaces.update(src.surfaces)
        dst.cues |= src.cues
        dst.initial_mentions += src.initial_mentions

    def kind(self, cand: Candidate) -> TagKind:
        if cand.kind is not None:
            return cand.kind
        words, parts = cand.words, cand.parts
        single = len(words) == 1
        if parts & ORGANISATION_WORDS or (single and words[0].endswith(ORGANISATION_ENDINGS)):
            return TagKind.ORGANISATION
        if parts & PLACE_WORDS:
            return TagKind.PLACE
        if not single and self._institution(cand, strict=True):
            return TagKind.ORGANISATION  # "Tweede Kamer zei", "Chamber of Commerce said"
        if cand.cues & CUES:
            return TagKind.PERSON
        if single:
            # A lone name without a person cue: companies, brands, agencies
            # are the common case once surnames have joined their full names.
            return TagKind.ORGANISATION
        if words[-1] in self.place_norms:
            return TagKind.PLACE  # "West Africa", "South Sudan"
        if self._institution(cand):
            return TagKind.ORGANISATION  # "Tweede Kamer", "Comune di Milano"
        if len(words) <= 4 and max(zipf(w, "en") for w in words[1:]) < _TERM_ZIPF:
            return TagKind.PERSON
        return TagKind.TOPIC if len(words) <= 3 else TagKind.ORGANISATION

    def _institution(self, cand: Candidate, *, strict: bool = False) -> bool:
        """A run that starts with an ordinary word of the language ("Unii
        Europejskiej", "Meio Ambiente") names an institution, unless its last
        word recurs on its own, as surnames do ("Marcin Wiącek ... Wiącek").
        ``strict`` (the run has a person cue): two ordinary words, or one and
        a connector ("Tweede Kamer", "Chamber of Commerce", "İstanbul
        Büyükşehir Belediyesi")."""
        # Cased non-Latin scripts have only their own frequencies, where
        # given names ("Иван", "Σταύρος") rank as high as institution words.
        words, language = cand.words, self.language
        if not is_latin(words[0]):
            return False
        if strict:
            plain = sum(is_plain_word(w, language) for w in words)
            first = is_plain_word(words[0], language)
            if plain < 2 and not (first and any(w in CONNECTORS for w in words)):
                return False
        elif not is_plain_word(words[0], language):
            return False
        if self._norm_counts is None:
            self._norm_counts = Counter(self.norms)
        counts, last = self._norm_counts, words[-1]
        return counts[last] <= counts[words[0]] or is_plain_word(last, language)

    def keep(self, key: tuple, cand: Candidate) -> bool:
        """Is this candidate worth proposing at all?"""
        if cand.count <= 0 and "hint" not in cand.cues:
            return False
        if key[0] == "n" and cand.words in self.roles:
            return False  # "Moderator", "Publikum": a speaker's role, not a person
        if key[0] == "n" and len(cand.words) == 1:
            if "label" in cand.cues and is_role(cand.words[0], self.language):
                return False  # "INTERVIEWER:", "Корреспондент:" without a hint
            return self._keep_single(cand.words[0], cand)
        if (
            key[0] == "n"
            and cand.kind is None
            and cand.count == cand.initial_mentions == 1
            and not cand.cues & CUES
            and self._institution(cand)
        ):
            return False  # a capitalised phrase starting a sentence or headline
        return True

    def _keep_single(self, norm: str, cand: Candidate) -> bool:
        """The German trap and its relatives: is a lone capitalised word a name?"""
        if len(norm) < 2 or is_title(norm) or norm in ARTICLES:
            return False
        if norm in ORGANISATION_WORDS or norm in PLACE_WORDS:
            return False  # "Bank", "Tower" alone are not names
        if self.language == "en" and norm in ENGLISH_CALENDAR:
            return False
        cued = bool(cand.cues & CUES)
        mid_sentence = cand.count - cand.initial_mentions
        if norm in self.lowercase_seen and not cued:
            return False
        if norm in self.stop and (mid_sentence < 2 or norm in self.lowercase_seen):
            return False  # "Ma" in French is "my" unless it keeps its capital
        if cued or cand.kind is TagKind.ORGANISATION:
            return True
        if mid_sentence == 0 and zipf(norm, self.language) >= 2.0:
            return False  # capitalised only because it starts a sentence
        return not is_common_word(norm, self.language)
