"""The editorial desk in the Django admin, one module per screen family."""

from . import articles, log, queue, versions, vocabulary

__all__ = ["articles", "log", "queue", "versions", "vocabulary"]
