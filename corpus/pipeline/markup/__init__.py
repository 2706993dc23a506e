"""Markup step: HTML, Markdown and RTF to plain paragraphs, every dropped
block recorded, the explicitly named headline kept; plain text passes as is.
PDF and Office files never get here (the decode step refuses them)."""

from __future__ import annotations

from ..types import Stripped
from .html import html_to_text, looks_like_html
from .markdown import looks_like_markdown, markdown_to_html
from .rtf import looks_like_rtf, rtf_to_plain

__all__ = ["looks_like_html", "looks_like_markdown", "looks_like_rtf", "strip_markup"]


def strip_markup(text: str) -> Stripped:
    """Plain paragraphs from ``text`` in whichever markup it is written.

    RTF is recognised by its ``{\\rtf`` header, HTML by real tags (see
    :func:`looks_like_html`), Markdown by two or more kinds of its syntax;
    anything else comes back unchanged with ``format="plain"``. Never raises.
    """
    if looks_like_rtf(text):
        plain, title, removed = rtf_to_plain(text)
        return Stripped(plain, was_html=False, removed=removed, format="rtf", title=title)
    if looks_like_html(text):
        return html_to_text(text)
    if looks_like_markdown(text):
        html, title, removed = markdown_to_html(text)
        converted = html_to_text(html)
        return Stripped(
            converted.text, was_html=False, removed=removed + converted.removed,
            format="markdown", title=title,
        )
    return Stripped(text=text, was_html=False)
