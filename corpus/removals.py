"""Removal reasons found by corpus itself, beside the pipeline's own RemovalReason.

Pure (no Django), so the pure repetition step can use them. Values are stable
codes stored in every document's report, like the pipeline's.
"""

from __future__ import annotations

from enum import Enum


class CorpusReason(str, Enum):
    NO_CONTENT = "no_content"  # cut because nothing of the article is left
    REPEATED_LINE = "repeated_line"  # recurs in many documents of the same source
