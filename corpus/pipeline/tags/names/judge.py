"""What a name candidate is (person, organisation, place) and whether it is
worth proposing. A mixin of ``NameFinder``."""

from __future__ import annotations

from collections import Counter

from ...lexicon import is_latin, zipf
from ...types import TagKind
from ..lang import (
    ARTICLES,
    CONNECTORS,
    ORGANISATION_ENDINGS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    surname_endings,
)
from ..matching import normalise
from ..matching.inflection import stem_set
from ..words import (
    is_common_word,
    is_plain_word,
    is_role,
    is_title,
)
from .candidate import CUES, TERM_ZIPF, Candidate

# Sentence-initial words in cased non-Latin scripts: rarer than this, a
# recurring word may be a name; a family-name shape allows up to _NAME_ZIPF
# (sentence adverbs such as "Сегодня", "Однако", "Σήμερα" are above 5.2, and
# "Впрочем" at 4.8 does not look like a surname).
_RARE_ZIPF = 4.75
_NAME_ZIPF = 5.5
# An everyday word: shouted in a run of such words, a headline, not a name.
_EVERYDAY_ZIPF = 3.0


class Judgement:
    """The decisions of ``NameFinder`` once every mention is collected."""

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
        if single and not is_latin(words[0]) and words[0].endswith(surname_endings(self.language)):
            return TagKind.PERSON  # "Лавров", "Μητσοτάκης": the shape of a family name
        if single:
            # A lone name without a person cue: companies, brands, agencies
            # are the common case once surnames have joined their full names.
            return TagKind.ORGANISATION
        if words[-1] in self.place_norms:
            return TagKind.PLACE  # "West Africa", "South Sudan"
        if self._institution(cand):
            return TagKind.ORGANISATION  # "Tweede Kamer", "Comune di Milano"
        if len(words) <= 4 and max(zipf(w, "en") for w in words[1:]) < TERM_ZIPF:
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
        if "script" in cand.cues:
            return self._keep_caseless(cand)
        if key[0] == "n" and cand.words in self.roles:
            return False  # "Moderator", "Publikum": a speaker's role, not a person
        if key[0] == "n" and len(cand.words) == 1:
            if "label" in cand.cues and is_role(cand.words[0], self.language):
                return False  # "INTERVIEWER:", "Корреспондент:" without a hint
            return self._keep_single(cand.words[0], cand)
        if key[0] == "n" and self._boilerplate(cand):
            return False
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
        if norm in self.never or not stem_set(norm).isdisjoint(self.never_stems):
            return False  # "Advertisement", "SOURCE", "Photo", "GMT", "Monday", "Рассылку"
        if cand.kind is None and not cand.cues & CUES and self._shouted_everyday(cand):
            return False  # "PHOTO GALLERY": a word of a headline in capitals
        cued = bool(cand.cues & CUES)
        mid_sentence = cand.count - cand.initial_mentions
        if norm in self.lowercase_seen and not cued:
            return False
        if norm in self.stop and (mid_sentence < 2 or norm in self.lowercase_seen):
            return False  # "Ma" in French is "my" unless it keeps its capital
        if cued or cand.kind is TagKind.ORGANISATION:
            return True
        if mid_sentence == 0 and not is_latin(norm) and zipf(norm, self.language) >= 2.0:
            return self._sentence_initial_name(norm, cand)  # "Шойгу посетил ...", "Μητσοτάκης ..."
        if mid_sentence == 0 and zipf(norm, self.language) >= 2.0:
            return False  # capitalised only because it starts a sentence
        return not is_common_word(norm, self.language)

    def _keep_caseless(self, cand: Candidate) -> bool:
        """A name from an analyser or a cue (``caseless``): kept when its kind
        is known, or when it recurs (an unclassed proper noun seen once is
        as often a common word the dictionary lacks, and so is a "person" only
        jieba's HMM guessed, with no title or verb of saying next to it)."""
        shown = cand.surfaces.most_common(1)[0][0] if cand.surfaces else ""
        if shown.casefold() in self.never or shown.casefold() in self.stop:
            return False
        if cand.count >= 2:
            return True
        if "unconfirmed" in cand.cues and not cand.cues & CUES:
            return False  # a name seen once that only the analyser's guess supports
        return cand.kind is not None

    def _boilerplate(self, cand: Candidate) -> bool:
        """A run of junk words ("Breaking News", "Photo Gallery"), or a line
        shouted in capitals whose every word is an everyday word ("FOR
        IMMEDIATE RELEASE"): a headline fragment, not a name. A name the text
        also writes in normal case is kept."""
        words = cand.words
        if all(w in self.never or w in self.stop for w in words):
            return True
        return not cand.cues & CUES and self._shouted_everyday(cand)

    def _shouted_everyday(self, cand: Candidate) -> bool:
        """Always written in capitals, and every word an everyday word."""
        if not all(s.isupper() for s in cand.surfaces):
            return False
        language = self.language
        return all(max(zipf(w, language), zipf(w, "en")) >= _EVERYDAY_ZIPF for w in cand.words)

    def _sentence_initial_name(self, norm: str, cand: Candidate) -> bool:
        """A Cyrillic or Greek word seen only at the start of sentences, where
        its capital says nothing: a name when the language uses it rarely
        (wordfreq counts every case together), and it recurs or has the shape
        of a family name ("-ов", "-ський", "-άκης"); never when the text
        also writes it (or an inflected form) in lower case."""
        if self.lowercase_stems is None:
            self.lowercase_stems = {s for n in self.lowercase_seen for s in stem_set(normalise(n))}
        if not stem_set(norm).isdisjoint(self.lowercase_stems):
            return False
        frequency = zipf(norm, self.language)
        family = norm.endswith(surname_endings(self.language))
        if cand.count >= 2:
            return frequency < _RARE_ZIPF or (family and frequency < _NAME_ZIPF)
        return family and frequency < _RARE_ZIPF
