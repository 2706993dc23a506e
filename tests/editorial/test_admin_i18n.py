"""The admin speaks English, French and German: complete catalogues, and
the desk rendered in the language the browser (or the switch) asks for."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from django.urls import reverse

from config.catalogues import LOCALE

pytestmark = pytest.mark.django_db


def catalogue(language: str):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, locale=language)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_catalogues_are_complete_and_keep_placeholders(language):
    missing, broken = [], []
    for message in catalogue(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            missing.append(ids[0])
            continue
        for placeholder in _placeholders(ids[0]):
            if not all(placeholder in s for s in strings):
                broken.append((ids[0], placeholder))
    assert not missing, f"untranslated in {language}: {missing[:10]}"
    assert not broken, f"placeholders lost in {language}: {broken[:10]}"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\([a-z_]+\)s|%s|\{[a-z_]*\}", text))


@pytest.mark.parametrize("language", ["de", "fr"])
def test_desk_speaks_the_browsers_language(language, editor_client, german_article):
    translated = {m.id: m.string for m in catalogue(language) if m.id}
    url = reverse("admin:editorial_article_change", args=[german_article.pk])
    html = editor_client.get(url, headers={"accept-language": language}).content.decode()
    assert f'<html lang="{language}"' in html
    for english in ("Submit for review", "Suggested corrections", "Apply everywhere"):
        assert translated[english] in html
        assert english not in html


def test_language_switch_in_the_admin(editor_client):
    response = editor_client.post(reverse("set_language"), {"language": "fr", "next": "/admin/"}, follow=True)
    assert '<html lang="fr"' in response.content.decode()
    assert 'id="nd-language"' in response.content.decode()
