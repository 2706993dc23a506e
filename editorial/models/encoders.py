"""JSON stored as readable text in every script."""

from __future__ import annotations

from django.core.serializers.json import DjangoJSONEncoder


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """Writes "für" and "特朗普" as themselves, not as \\u escapes, so a
    text search over the stored JSON finds words in any script (the admin's
    search casts the paragraphs to text)."""

    def __init__(self, *args, **kwargs):
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)
