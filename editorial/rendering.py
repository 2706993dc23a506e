"""How a version's paragraphs read on a public page: plain paragraphs,
interview turns (the speaker set off) and inline headings, in the article's
language and writing direction. Text only: nothing from a source file is
ever rendered as markup (every string is escaped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Scripts written right to left (ISO 639-1/3 codes; a region or script
# subtag after "-" does not change the direction).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "ps", "sd", "ug", "ur", "yi"})

# "Name: text" with a short label of letters (any script), as interviews
# are written after cleaning; full-width colons too.
_TURN = regex.compile(r"^(?P<speaker>[\p{L}][\p{L}\p{M}.'’\- ]{0,38}[\p{L}\p{M}.])\s?[:：]\s*(?P<text>\S.*)$", regex.S)
_SENTENCE_END = regex.compile(r"[.!?。！？…:;؟।॥]\s*$")


def direction(language: str) -> str:
    code = (language or "").lower()
    return "rtl" if code in RTL_LANGUAGES or code.split("-")[0] in RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "turn" or "heading"
    text: str
    id: str = ""
    speaker: str = ""


def blocks(paragraphs: Sequence[dict]) -> list[Block]:
    """The public structure of ``paragraphs`` (``[{"id", "text"}]``)."""
    out: list[Block] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph["text"]
        turn = _TURN.match(text)
        if turn and len(turn["speaker"].split()) <= 4:
            out.append(Block("turn", turn["text"], paragraph["id"], turn["speaker"]))
        elif 0 < index < len(paragraphs) - 1 and len(text) <= 80 and not _SENTENCE_END.search(text):
            out.append(Block("heading", text, paragraph["id"]))
        else:
            out.append(Block("paragraph", text, paragraph["id"]))
    return out


def blocks_html(article_blocks: Sequence[Block]) -> SafeString:
    """The article body as HTML: each block's text and speaker escaped.

    Written out here rather than looped over in the template: a page's
    paragraphs are its longest part, and a template loop costs several times
    this on every uncached request (bench/RESULTS.md, "Session 6")."""
    parts = []
    for block in article_blocks:
        anchor, text = escape(block.id), escape(block.text)
        if block.kind == "heading":
            parts.append(f'<h2 id="{anchor}">{text}</h2>')
        elif block.kind == "turn":
            parts.append(f'<p class="turn" id="{anchor}"><span class="speaker">{escape(block.speaker)}:</span> {text}</p>')
        else:
            parts.append(f'<p id="{anchor}">{text}</p>')
    return mark_safe("\n".join(parts))  # every value escaped above
