"""Admin mixins shared by the editorial screens."""

from corpus.admin import ReadOnlyAdminMixin

__all__ = ["ReadOnlyAdminMixin"]
