"""Template helpers of the public site."""

from __future__ import annotations

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi, get_language_info

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


@register.filter(expects_localtime=True)
def datetime_attr(value) -> str:
    """``value`` for a ``<time datetime>`` attribute: ISO 8601 to the second
    (HTML allows at most three digits of a second; the database keeps six)."""
    return value.isoformat(timespec="seconds") if value else ""


@register.filter
def language_name(code: str, how: str = "local") -> str:
    """A language's own name for itself ("Deutsch", "العربية"), for links
    and headings written in that language, or with ``"translated"`` its name
    in the interface language; the code where Django does not know it."""
    try:
        return get_language_info(code)[f"name_{how}"]
    except KeyError:
        return code


@register.simple_tag
def ui_lang() -> str:
    """``lang`` and ``dir`` of the interface language, for the parts of a
    page (header, notices, footer) that are not in the article's language."""
    return format_html('lang="{}" dir="{}"', get_language() or settings.LANGUAGE_CODE,
                       "rtl" if get_language_bidi() else "ltr")


# Rendered site chrome, per template, variant and what it depends on.
_CHROME: dict[tuple, str] = {}


@register.simple_tag
def site_chrome(template_name: str, search: bool = True) -> str:
    """A part of the layout that is the same on every page for an interface
    language (the header: links, search form), rendered once per process
    for each language rather than tag by tag on every request. Depends only
    on the language, the URL configuration and the translations, none of
    which change while a process runs (templates do while developing:
    DEBUG renders every time)."""
    key = (template_name, search, get_language(), get_script_prefix(), get_urlconf())
    html = None if settings.DEBUG else _CHROME.get(key)
    if html is None:
        html = render_to_string(template_name, {"search": search})
        if not settings.DEBUG:
            _CHROME[key] = html
    return html
