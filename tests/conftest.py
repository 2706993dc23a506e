"""Shared fixtures.

Browser tests use Debian's Chromium through pytest-playwright; the launch
arguments keep it quiet on a closed network. They skip, saying why, only when
/usr/bin/chromium is absent (CI installs it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from hypothesis import settings as hypothesis_settings

from config.catalogues import compile_catalogues

# CI runs the property tests with a fixed seed, so a submission is judged on
# the same examples every time; local runs keep exploring new ones (and
# .hypothesis/ replays whatever they found until it is fixed).
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FRENCH_SEED = SEEDS / "000_7069a60d505a5b5d.txt"
GERMAN_SEED = SEEDS / "002_86ddeaf27447719a.txt"

@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.skip("Browser test skipped: /usr/bin/chromium is not installed (apt-get install chromium).")
    # Playwright's sync API keeps an event loop running in the test thread for
    # the whole session; Django refuses ORM calls there (fixtures, flushes)
    # unless told the code is synchronous, which it is.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A writable copy of the two seed files, in their own folder."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(FRENCH_SEED, folder)
    shutil.copy(GERMAN_SEED, folder)
    return folder


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request through the
    locale middleware leaves its language active in the test thread."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def screenshot():
    """``screenshot(page, "name")`` saves a (full-page) PNG under test-artifacts/
    (git-ignored) for a person to look at."""

    def save(page, name: str, *, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return save


@pytest.fixture(scope="session", autouse=True)
def translation_catalogues():
    """The admin's catalogues compiled, as `make install` does, so tests
    run straight from pytest see the same translations."""
    compile_catalogues()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, test in a database file, as production runs, not in
    Django's default shared-cache memory database: there, a second writer
    fails at once with "database table is locked" instead of waiting its
    turn (busy timeout, IMMEDIATE transactions), so concurrency tests would
    test the test setup rather than the product."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("sqlite") / "test.sqlite3")
