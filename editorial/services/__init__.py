"""Editorial state changes. Querysets read; these functions write.

Each is named ``<entity>_<action>``, takes keyword-only arguments, runs in a
transaction and checks the current state first (STYLE.md, convention 2).
"""

from .imports import article_import_source
from .versions import version_create

__all__ = ["article_import_source", "version_create"]
