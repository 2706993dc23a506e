"""Decode step: raw file bytes to text, or a clear refusal (see ``core``)."""

from __future__ import annotations

from .core import DEFAULT_MAX_BYTES, check_size, decode

__all__ = ["DEFAULT_MAX_BYTES", "check_size", "decode"]
