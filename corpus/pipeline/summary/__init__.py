"""Summary step: a proposed headline and summary for the editor (see ``propose``)."""

from __future__ import annotations

from .propose import propose_summary
from .shape import (
    SUMMARY_MAX, SUMMARY_MAX_DENSE, TITLE_MAX, TITLE_MAX_DENSE, TITLE_MAX_KANA, TITLE_STRETCH,
    TITLE_STRETCH_DENSE, TITLE_STRETCH_KANA,
)
from .title import propose_title, shorten_headline

__all__ = [
    "SUMMARY_MAX", "SUMMARY_MAX_DENSE", "TITLE_MAX", "TITLE_MAX_DENSE", "TITLE_MAX_KANA",
    "TITLE_STRETCH", "TITLE_STRETCH_DENSE", "TITLE_STRETCH_KANA",
    "propose_summary", "propose_title", "shorten_headline",
]
