"""Template helpers of the public site (editorial/templatetags/newsdesk.py)."""

from __future__ import annotations

from datetime import datetime, timezone

from django.utils import translation

from editorial.templatetags.newsdesk import datetime_attr, language_name, ui_lang


def test_datetime_attr_is_iso_to_the_second():
    value = datetime(2026, 12, 3, 20, 29, 20, 980970, tzinfo=timezone.utc)
    assert datetime_attr(value) == "2026-12-03T20:29:20+00:00"
    assert datetime_attr(None) == ""


def test_language_names_fall_back_to_the_code():
    assert language_name("de") == "Deutsch"
    assert language_name("ar") == "العربيّة"
    with translation.override("fr"):
        assert language_name("de", "translated") == "Allemand"
    assert language_name("tlh") == "tlh"  # a language Django does not know
    assert language_name("") == ""


def test_ui_lang_follows_the_active_language():
    with translation.override("de"):
        assert ui_lang() == 'lang="de" dir="ltr"'
    with translation.override("he"):
        assert ui_lang() == 'lang="he" dir="rtl"'
