"""Boilerplate step: cut scraped junk from a news text, recording each cut
(see ``scan`` for the order of work, ``detectors`` for the line rules)."""

from __future__ import annotations

from .detectors import junk_reason
from .rules import is_byline, is_editor_note
from .scan import remove_boilerplate

__all__ = ["is_byline", "is_editor_note", "junk_reason", "remove_boilerplate"]
