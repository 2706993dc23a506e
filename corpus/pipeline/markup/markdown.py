"""Markdown to plain paragraphs, as HTML is: rendered with markdown-it-py
(CommonMark) and then read by the HTML extractor, so headings, emphasis,
links, images and lists become plain text and every dropped block is
recorded the same way.

Rows made only of links (share bars: "[Facebook](…) | [Twitter](…)") are
dropped and recorded before rendering. The first heading is the headline
candidate.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..types import Removal, RemovalReason

__all__ = ["looks_like_markdown", "markdown_to_html"]

_HEADING_RE = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*\*\S[^*\n]*\S\*\*(?!\*)|(?<![\w_])__\S[^_\n]*\S__(?!_)")
_LINK_RE = re.compile(r"(?<!!)\[[^\]\n]+\]\((?:https?://|/|#|www\.)[^)\s]*(?:\s+\"[^\"]*\")?\)")
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.M)
_FENCE_RE = re.compile(r"^```", re.M)
# A line of links, images and separators only.
_LINK_ROW_RE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:(?:!?\[[^\]\n]*\]\([^)\n]*\)|[|•·,/\s-])+)$", re.M
)
_md = MarkdownIt("commonmark", {"html": False})


def looks_like_markdown(text: str) -> bool:
    """Two or more kinds of Markdown syntax (headings, emphasis, links,
    images, lists of 2+ items, code fences), or several links/images: a
    plain text with a dash list or one "#" is not enough."""
    sample = text[:20_000]
    if not any(ch in sample for ch in "#*_[`") and not _LIST_RE.search(sample):
        return False  # most plain texts: none of the characters Markdown needs
    links = len(_LINK_RE.findall(sample)) + len(_IMAGE_RE.findall(sample))
    kinds = sum((
        bool(_HEADING_RE.search(sample)),
        bool(_EMPHASIS_RE.search(sample)),
        bool(_LINK_RE.search(sample)),
        bool(_IMAGE_RE.search(sample)),
        len(_LIST_RE.findall(sample)) >= 2,
        bool(_FENCE_RE.search(sample)),
    ))
    return kinds >= 2 or links >= 3


def markdown_to_html(text: str) -> tuple[str, str, tuple[Removal, ...]]:
    """(HTML, first heading or "", link rows dropped before rendering)."""
    removed = []

    def drop(match: re.Match[str]) -> str:
        row = match.group(0)
        if len(_LINK_RE.findall(row)) + len(_IMAGE_RE.findall(row)) >= 2 or (
            _IMAGE_RE.fullmatch(row.strip())
        ):
            why = (
                "An image (Markdown)." if _IMAGE_RE.fullmatch(row.strip())
                else "A row of links only (share or navigation bar)."
            )
            removed.append(Removal(row.strip(), RemovalReason.MARKUP, why))
            return ""
        return row

    body = _LINK_ROW_RE.sub(drop, text)
    tokens = _md.parse(body)
    title = ""
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and i + 1 < len(tokens):
            title = tokens[i + 1].content.strip()
            break
    return _md.renderer.render(tokens, _md.options, {}), title, tuple(removed)
