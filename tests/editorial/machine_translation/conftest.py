"""Fixtures: the fake engine servers, started and stopped around each test."""

from __future__ import annotations

import pytest
from django.utils import translation

from .servers import DeepLApp, FakeServer, LibreTranslateApp


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English, whatever an earlier test left active
    (the test client's LocaleMiddleware leaves the last request's language on)."""
    with translation.override("en"):
        yield


@pytest.fixture
def libre_app() -> LibreTranslateApp:
    return LibreTranslateApp()


@pytest.fixture
def libre_server(libre_app):
    server = FakeServer(libre_app).start()
    yield server
    server.stop()


@pytest.fixture
def deepl_app() -> DeepLApp:
    return DeepLApp()


@pytest.fixture
def deepl_server(deepl_app):
    server = FakeServer(deepl_app).start()
    yield server
    server.stop()
