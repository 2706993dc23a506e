"""Running manage.py as real processes against a database the test can read.

On SQLite the test database lives in memory, so processes get a copy of a
file migrated once per session; on PostgreSQL they use the test database
itself (tests must then be ``django_db(transaction=True)``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    template = tmp_path_factory.mktemp("db") / "template.sqlite3"
    manage("migrate", "--no-input", url=f"sqlite:///{template}", check=True)
    return template


@pytest.fixture
def database_url(tmp_path, migrated_sqlite) -> str:
    if connection.vendor == "sqlite":
        target = tmp_path / "db.sqlite3"
        shutil.copy(migrated_sqlite, target)
        return f"sqlite:///{target}"
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST'] or 'localhost'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def environment(url: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": str(ROOT)}


def manage(*args: str, url: str, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment(url),
        capture_output=True, text=True, check=check, timeout=300, **kwargs,
    )


def start(*args: str, url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_seeds", *args], cwd=ROOT, env=environment(url),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


