"""New names from capitalised words: runs of capitalised words cut at
titles, acronyms and (German) common nouns, names after titles, speaker
labels, acronyms and brands.

Capital letters are weighed per language: German capitalises every noun and
every language capitalises the first word of a sentence, so a lone
capitalised word that the language's lexicon knows well is not taken for a
name, while runs of capitalised words, titles ("Präsident", "M.") and verbs
of saying ("sagte", "a déclaré") are strong evidence.

A mixin of ``NameFinder``: the state (tokens, candidates, owners of known
names) lives there.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

from ...lexicon import is_native_word, zipf
from ...types import TagKind
from ..lang import (
    ARTICLES,
    CONNECTORS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLES,
)
from ..matching import (
    Hit,
    join_tokens,
    normalise,
    positions,
)
from ..words import (
    ACRONYMS,
    CAPITALISED,
    is_common_noun,
    is_plain_word,
    surname_like,
)
from .candidate import BOUNDARIES, PATRONYMIC, QUOTES, Candidate


class CapitalisedRuns:
    """The stages of ``NameFinder`` that read capital letters."""

    def _capital(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i][0].isupper()

    def _embedded(self, hit: Hit) -> bool:
        before = hit.start - 1
        if self._capital(hit.end):
            return True
        norm = self.norms[before] if before >= 0 else ""
        return self._capital(before) and norm not in TITLES and norm not in ARTICLES

    def runs(self) -> list[tuple[int, int]]:
        """Spans of capitalised words that may form one name.

        Words that end a name (titles, acronyms, German common nouns ...) are
        left out up front, which splits runs at them; it is done on distinct
        tokens, so a German text full of capitalised nouns stays cheap.
        """
        tokens = self.tokens
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
            self._keep_german_names(caps, breakers, acronyms)
        return self._spans(sorted(caps))

    def _keep_german_names(self, caps: set[int], breakers: set[str], acronyms: set[str]) -> None:
        """Put back into ``caps`` the words that look like German nouns but
        belong to a name (recorded in ``self.kept``)."""
        tokens = self.tokens
        # "Olaf Scholz": a surname that looks like a German noun, kept
        # when it follows a name-like word.
        soft = surname_like(self.language).among(breakers)
        for j in positions(tokens, soft):
            if j - 1 in caps and j - 1 not in self.owner:
                caps.add(j)
                self.kept.add(j)
        # "Deutsche Bank", "Vereinte Nationen": a common word before an
        # organisation word belongs to the name.
        for j in positions(self.norms, ORGANISATION_WORDS & self.doc.distinct_norms):
            before = tokens[j - 1] if j > 0 else ""
            if before in breakers and before not in acronyms and tokens[j][0].isupper():
                caps.add(j - 1)
                caps.add(j)
                self.kept.add(j - 1)

    def _spans(self, caps: list[int]) -> list[tuple[int, int]]:
        """Consecutive positions as [start, end) spans; a connector or an
        initial's full stop between two of them joins them ("Bank of China",
        "J. Smith")."""
        out: list[tuple[int, int]] = []
        start = prev = -2
        for i in caps:
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
        size = 3 if len(idx) >= 4 and norms[idx[-2]].endswith(PATRONYMIC) else 2
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
            if n in BOUNDARIES:
                break
            if n in SPEECH_VERBS:
                cand.cues.add("speech")
                break

    def _initial(self, i: int) -> bool:
        """True when token ``i`` starts a sentence, line or speaker turn."""
        j = i - 1
        while j >= 0 and self.tokens[j] in QUOTES:
            j -= 1
        return j < 0 or self.tokens[j] in BOUNDARIES

    def _ordinary_first(self, a: int) -> bool:
        """Is the sentence-initial first word of a run an ordinary word?"""
        norm, language = self.norms[a], self.language
        if norm in self.stop or norm in self.lowercase_seen or zipf(norm, language) >= 5.0:
            return True
        return is_native_word(norm, language) or (self.noun_caps and is_common_noun(norm, language))
