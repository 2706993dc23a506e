"""Structure step: paragraphs, speaker turns and chunks recovered from plain
text (see ``paragraphs``)."""

from __future__ import annotations

from .paragraphs import recover_paragraphs

__all__ = ["recover_paragraphs"]
