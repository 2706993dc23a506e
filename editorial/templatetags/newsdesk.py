"""Template helpers of the public site."""

from __future__ import annotations

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

register = template.Library()

# What django.utils.html.json_script escapes, plus the JavaScript line breaks.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026",
                0x2028: "\\u2028", 0x2029: "\\u2029"}


@register.filter
def ld_json(data) -> str:
    """``data`` as JSON safe inside ``<script type="application/ld+json">``:
    ``<``, ``>`` and ``&`` are escaped, so no text from a source file can
    close the script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE)
    return mark_safe(text)  # escaped above, as django.utils.html.json_script does
