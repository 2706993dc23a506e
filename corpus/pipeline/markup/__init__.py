"""Markup step: HTML (and other marked-up text) to plain paragraphs, every
dropped block recorded (see ``html``)."""

from __future__ import annotations

from .html import looks_like_html, strip_markup

__all__ = ["looks_like_html", "strip_markup"]
