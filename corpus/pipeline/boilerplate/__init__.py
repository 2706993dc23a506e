"""Boilerplate step: cut scraped junk from a news text, recording each cut
(see ``scan`` for the order of work, ``detectors`` for the line rules)."""

from __future__ import annotations

from .scan import remove_boilerplate

__all__ = ["remove_boilerplate"]
