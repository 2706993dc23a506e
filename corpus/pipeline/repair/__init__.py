"""Repair step: mojibake, Unicode normalisation, line endings, whitespace (see ``core``)."""

from __future__ import annotations

from .core import repair

__all__ = ["repair"]
