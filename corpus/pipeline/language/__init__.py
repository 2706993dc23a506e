"""Language step: which language a cleaned text is written in (see ``detect``)."""

from __future__ import annotations

from .detect import UNDETERMINED, build_detector, detect_language

__all__ = ["UNDETERMINED", "build_detector", "detect_language"]
