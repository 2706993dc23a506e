"""Finding names in a document: known ones (vocabulary, gazetteer) and new
ones (capitalised runs: ``runs``; scripts without capitals: ``caseless``),
de-duplicated and given a kind (``judge``). Used by ``tags.suggest``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ...lexicon import stopwords
from ...types import TagKind
from ..lang import (
    NOUN_CAPITALISING,
    never_tag_stems,
    never_tags,
)
from ..matching import (
    Doc,
    Hit,
    TagMatcher,
    is_dense,
    place_matcher,
    positions,
    stems,
    tokenize,
)
from ..speakers import Respelling, name_words, role_labels
from ..words import (
    LOWER_BRANDS,
    TITLE_WORDS,
    name_breakers,
)
from .candidate import COLON, Candidate, entry_parts
from .caseless import find_mentions, has_caseless_rules
from .judge import Judgement
from .runs import CapitalisedRuns


class NameFinder(CapitalisedRuns, Judgement):
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
        self.caseless_rules = has_caseless_rules(language)
        self.never = never_tags(language)
        self.never_stems = never_tag_stems(language)
        self.lowercase_stems: set[str] | None = None  # built when a rule needs it  # junk and calendar words: never a tag alone
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
        if self.caseless_rules:
            self.caseless()
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
        for j in positions(tokens, COLON):
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
            cand.parts = entry_parts(entry)
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

    # -- hints, merging, classification ------------------------------------
    # -- acronyms and brands: shapes, not capitalised runs -------------------
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

    def caseless(self) -> None:
        """Names in scripts without capitals (``caseless``), except those the
        vocabulary or the gazetteer already found."""
        vocabulary = [h.surface for h in self.vocab_hits]
        places = [h.surface for h in self.place_hits]
        for mention in find_mentions(self.doc, self.language):
            surface = mention.surface
            if any(k in surface for k in vocabulary) or any(surface in k for k in (*vocabulary, *places)):
                continue  # "阿里巴巴集团" is the vocabulary's "阿里巴巴"; "北京" is the gazetteer's
            if mention.kind is TagKind.PLACE and any(k in surface for k in places):
                continue  # "مدينة القدس" is the gazetteer's "القدس"; "日本銀行" is not "日本"
            cand = self.candidates.get(("n", mention.parts)) or self._new(mention.parts, mention.kind)
            if cand.kind is None:
                cand.kind = mention.kind
            cand.add(surface, mention.position)
            cand.cues |= mention.cues | {"script"}

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
        """Fold the candidates that name the same thing into one."""
        self._merge_inflections()
        if self.respelling:
            self._merge_respellings()
        self._merge_name_parts()

    def _merge_inflections(self) -> None:
        """Inflected forms into their base: "Trumps" -> "Trump"."""
        cands = self.candidates
        for key in sorted((k for k in cands if k[0] == "n" and k[1]), key=lambda k: -len(k[1][-1])):
            if key not in cands:
                continue
            for stem, ending in stems(key[1][-1])[1:]:
                base = ("n", key[1][:-1] + (stem,))
                if base in cands and (len(stem) >= 4 or ending == "s"):
                    self._fold(key, base)
                    break

    def _merge_respellings(self) -> None:
        """Names the structure step found misspelt, alone or inside a longer
        name, into the right spelling: "Solkin" -> "Sorkin"."""
        cands = self.candidates
        for key in [k for k in cands if k[0] == "n"]:
            shown = cands[key].surfaces.most_common(1)
            words, name = self.respelling.apply(key[1], shown[0][0] if shown else "")
            if words != key[1]:
                if ("n", words) not in cands:
                    self._new(words, cands[key].kind).name = name
                self._fold(key, ("n", words))

    def _merge_name_parts(self) -> None:
        """Parts of a longer person name into it: "Sorkin" -> "Andrew Ross
        Sorkin", "岸田" -> "岸田文雄"."""
        cands = self.candidates
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
