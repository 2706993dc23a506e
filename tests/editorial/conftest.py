"""Fixtures for the desk's admin tests: an imported German seed and people
in each role, logged in through Django's test client."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from editorial.models import Article
from tests.conftest import GERMAN_SEED
from tests.factories import UserFactory


@pytest.fixture
def german_article(db) -> Article:
    call_command("import_seeds", str(GERMAN_SEED), stdout=StringIO(), stderr=StringIO())
    return Article.objects.select_related("original_edition__latest_version").get()


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor_client(db) -> Client:
    return _client_for(UserFactory(username="erika", roles=["Editor"]))


@pytest.fixture
def reviewer_client(db) -> Client:
    return _client_for(UserFactory(username="rolf", roles=["Reviewer"]))


@pytest.fixture
def editor_reviewer_client(db) -> Client:
    """One person with both roles: four eyes, not a missing role, stops them."""
    return _client_for(UserFactory(username="both", roles=["Editor", "Reviewer"]))


@pytest.fixture
def nobody_client(db) -> Client:
    """Staff, but in no role."""
    return _client_for(UserFactory(username="nobody"))


@pytest.fixture
def page_cache(settings):
    """The published-page cache on, starting empty (tests share one
    process's memory cache, and their database rows roll back)."""
    settings.NEWSDESK_PAGE_CACHE = True
    cache.clear()
    yield cache
    cache.clear()
