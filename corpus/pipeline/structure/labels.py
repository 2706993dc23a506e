"""Speaker labels for corpus/pipeline/structure.py: what a label word is in
any script, the interview markers of many languages, the single-letter
markers with a full stop ("P. ¿...? R. ...") of print interviews, and the
speakers and name corrections reported once the turns are cut. Pure Python,
no Django.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex
from rapidfuzz.distance import Levenshtein

from ..types import Correction

# A letter followed by combining marks: Devanagari matras and viramas, Arabic
# harakat, Thai vowel signs and tone marks are category M, which Python's
# ``[^\W\d_]`` (and str.isalpha) do not match, so a Hindi label such as
# "प्रश्न" would not be one word. ZWNJ/ZWJ sit inside Persian and Indic words.
LETTERS = r"\p{L}\p{M}\u200c\u200d"
WORD_RE = regex.compile(rf"\p{{L}}[{LETTERS}]*(?:['’\-][{LETTERS}]+)*\.?")
# Sentence-final marks on top of text.SENTENCE_END: Myanmar and Khmer.
EXTRA_SENTENCE_END = "။។៕"
# Thai and Lao end sentences with a space, not a mark.
SPACE_ENDS_SENTENCE_RE = regex.compile(r"[\u0e00-\u0eff]")

# Interview markers (question half first) that count as labels as soon as
# both halves occur. Single letters are abbreviations of the words next to
# them; the same single-letter pairs are the markers written with a full
# stop ("P. ...", "R. ...") when they alternate (see alternating_markers).
MARKER_PAIRS = (
    ("Q", "A"), ("F", "A"), ("P", "R"), ("В", "О"), ("D", "R"), ("T", "J"),
    ("P", "O"), ("S", "C"), ("V", "A"), ("П", "В"), ("Ε", "Α"), ("ש", "ת"),
    ("س", "ج"), ("问", "答"), ("問", "答"), ("문", "답"), ("ถาม", "ตอบ"),
    ("Question", "Answer"),
    ("Frage", "Antwort"), ("Question", "Réponse"), ("Pregunta", "Respuesta"),
    ("Вопрос", "Ответ"), ("Питання", "Відповідь"), ("Domanda", "Risposta"),
    ("Pergunta", "Resposta"), ("Soru", "Cevap"), ("Tanya", "Jawab"),
    ("Pytanie", "Odpowiedź"), ("Vraag", "Antwoord"), ("Fråga", "Svar"),
    ("Spørsmål", "Svar"), ("Otázka", "Odpověď"), ("Kérdés", "Válasz"),
    ("Ερώτηση", "Απάντηση"), ("שאלה", "תשובה"), ("سؤال", "جواب"),
    ("پرسش", "پاسخ"), ("سوال", "جواب"), ("प्रश्न", "उत्तर"), ("सवाल", "जवाब"),
    ("प्र", "उ"), ("প্রশ্ন", "উত্তর"), ("கேள்வி", "பதில்"), ("Hỏi", "Đáp"),
)
_PERIOD_PAIRS = tuple((a, b) for a, b in MARKER_PAIRS if len(a) == len(b) == 1 and a.isupper())
_PERIOD_LETTERS = "".join(sorted({ch for pair in _PERIOD_PAIRS for ch in pair}))
# "P. ¿Cómo...": a capital from a marker pair, a full stop and a space, with
# no letter, digit or dot glued before it ("EE.UU.", "3P.").
PERIOD_MARKER_RE = regex.compile(
    rf"(?<![{LETTERS}\p{{N}}.])([{_PERIOD_LETTERS}])\.(?=[ \u00a0\u202f])"
)


def alternating_markers(sequence: list[str]) -> frozenset[str]:
    """The single-letter markers of a pair that alternate in ``sequence``
    (the letters found with PERIOD_MARKER_RE at sentence starts, in order).

    An initial ("J. Smith", "R. Rodríguez") can start a sentence too, so a
    pair counts only when its question half comes first and the exchange
    question -> answer occurs at least twice, with at most one stray letter
    in four breaking the alternation.
    """
    found: set[str] = set()
    for question, answer in _PERIOD_PAIRS:
        seq = [ch for ch in sequence if ch in (question, answer)]
        if len(seq) < 4 or seq[0] != question:
            continue
        exchanges = sum(1 for a, b in zip(seq, seq[1:]) if (a, b) == (question, answer))
        repeats = sum(1 for a, b in zip(seq, seq[1:]) if a == b)
        if exchanges >= 2 and 4 * repeats <= len(seq):
            found.update((question, answer))
    return frozenset(found)


@dataclass
class Labels:
    """Speaker labels known for one document and what was seen of them."""

    known: frozenset[str] = frozenset()
    # Single-letter markers written with a full stop ("P. ...", "R. ...").
    period: frozenset[str] = frozenset()
    first_seen: dict[str, int] = field(default_factory=dict)
    turns: Counter = field(default_factory=Counter)
    sequence: list[str] = field(default_factory=list)


def is_variant(a: str, b: str) -> bool:
    """Edit distance 1 for short names, <= 2 from 8 characters on; names of
    fewer than 4 characters (Q/A, two-character Chinese names) are too short
    to tell a typo from another person."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    limit = 1 if max(len(a), len(b)) < 8 else 2
    return Levenshtein.distance(a.casefold(), b.casefold(), score_cutoff=limit) <= limit


def rank_speakers(labels: Labels, mentions: dict[str, int]) -> tuple[str, ...]:
    def key(s: str) -> tuple[int, int, int]:
        return (-labels.turns[s], -mentions[s], labels.first_seen.get(s, 0))

    return tuple(sorted(labels.turns, key=key))


def speaker_corrections(labels: Labels, total: dict[str, int]) -> list[Correction]:
    """Flag each label that is a near-spelling of a more frequent label.

    Frequency counts every mention of the name, not only labels, so a name
    written correctly in the introduction tips a tie; a full tie is left
    alone. Two close labels that both take >= 3 turns are taken for two
    people when they ever speak in consecutive turns (a typo of the
    interviewer never answers the interviewer), e.g. "Lena"/"Lina Kraus" on
    a panel. is_variant already caps the distance at a quarter of the
    length, so "clearly distinct" names never get this far.
    """
    spoken = sorted(labels.turns)
    if len(spoken) < 2:
        return []
    adjacent = set(zip(labels.sequence, labels.sequence[1:]))

    def rank(s: str) -> tuple[int, int]:
        return (total[s], labels.turns[s])

    corrections = []
    for label in spoken:
        better = [
            other
            for other in spoken
            if rank(other) > rank(label) and is_variant(label, other)
            and not (
                min(labels.turns[label], labels.turns[other]) >= 3
                and ((label, other) in adjacent or (other, label) in adjacent)
            )
        ]
        if not better:
            continue
        dominant = max(better, key=rank)
        distance = Levenshtein.distance(label.casefold(), dominant.casefold())
        detail = (
            f"Speaker label {label!r} is {distance} edit(s) from {dominant!r}, "
            f"which occurs {total[dominant]} times against {total[label]}."
        )
        corrections.append(Correction("speaker_name", label, dominant, total[label], detail))
    corrections.sort(key=lambda c: (-c.occurrences, c.original))
    return corrections
