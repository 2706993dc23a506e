"""Names of people, organisations and places in a document."""

from .candidate import CUES, Candidate
from .finder import NameFinder

__all__ = ["CUES", "Candidate", "NameFinder"]
