"""Stable paragraph ids: carry ids from one version's paragraphs to the next.

A version stores ``[{"id": ..., "text": ...}, ...]``. When an editor saves a
new text (a list of strings), :func:`assign_ids` aligns it with the version it
was based on: an unchanged paragraph keeps its id, a paragraph edited in
place keeps its id, a new paragraph gets a new one, and ids never repeat
inside a version. Compare screens, translations and "outdated" marks join on
these ids, never on positions.

Alignment uses the standard library's :class:`difflib.SequenceMatcher` for
the unchanged runs and rapidfuzz's similarity inside changed runs.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz.fuzz import ratio

Paragraph = dict[str, str]

# Inside a changed run, a new paragraph keeps the id of an old one when they
# are at least this similar (0-100): an edit, not a replacement.
EDITED_IN_PLACE_MIN_SIMILARITY = 40.0


def new_paragraph_id(taken: set[str]) -> str:
    while True:
        candidate = "p" + secrets.token_hex(5)
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def assign_ids(texts: Sequence[str], previous: Sequence[Paragraph] = ()) -> list[Paragraph]:
    """Paragraph dicts for ``texts``, reusing the ids of ``previous``."""
    old_texts = [p["text"] for p in previous]
    ids: list[str | None] = [None] * len(texts)
    used: set[int] = set()  # indices into ``previous`` whose id is taken
    matcher = SequenceMatcher(a=old_texts, b=list(texts), autojunk=False)
    opcodes = matcher.get_opcodes()
    for tag, a0, a1, b0, b1 in opcodes:
        if tag == "equal":
            for offset in range(b1 - b0):
                ids[b0 + offset] = previous[a0 + offset]["id"]
                used.add(a0 + offset)
    # A paragraph moved elsewhere unchanged is still that paragraph: match
    # exact texts the sequence alignment left over before guessing edits,
    # so a move never hands its id to a neighbour (or swaps two ids).
    unmatched_old: dict[str, list[int]] = {}
    for index, text in enumerate(old_texts):
        if index not in used:
            unmatched_old.setdefault(text, []).append(index)
    for new_index, text in enumerate(texts):
        if ids[new_index] is None and unmatched_old.get(text):
            old_index = unmatched_old[text].pop(0)
            ids[new_index] = previous[old_index]["id"]
            used.add(old_index)
    for tag, a0, a1, b0, b1 in opcodes:
        if tag != "replace":
            continue
        old_left = [i for i in range(a0, a1) if i not in used]
        new_left = [i for i in range(b0, b1) if ids[i] is None]
        pairs = _pair_edited(
            [old_texts[i] for i in old_left], [texts[i] for i in new_left], same_size=len(old_left) == len(new_left)
        )
        for old_index, new_index in pairs:
            ids[new_left[new_index]] = previous[old_left[old_index]]["id"]
            used.add(old_left[old_index])
    taken = {i for i in ids if i}
    taken.update(p["id"] for p in previous)  # a removed paragraph's id is never reused
    return [{"id": ids[n] or new_paragraph_id(taken), "text": text} for n, text in enumerate(texts)]


def _pair_edited(old: Sequence[str], new: Sequence[str], *, same_size: bool) -> list[tuple[int, int]]:
    """Monotonic pairs (old index, new index) of paragraphs edited in place.

    Runs of equal size pair one to one (a paragraph rewritten where it
    stood is still that paragraph); otherwise each new paragraph takes the
    most similar old one after the last pair, if similar enough.
    """
    if same_size:
        return [(n, n) for n in range(len(new))]
    pairs: list[tuple[int, int]] = []
    start = 0
    for new_index, text in enumerate(new):
        best, best_score = None, EDITED_IN_PLACE_MIN_SIMILARITY
        for old_index in range(start, len(old)):
            score = ratio(old[old_index], text)
            if score >= best_score:
                best, best_score = old_index, score
        if best is not None:
            pairs.append((best, new_index))
            start = best + 1
    return pairs


def by_id(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    return {p["id"]: p["text"] for p in paragraphs}
