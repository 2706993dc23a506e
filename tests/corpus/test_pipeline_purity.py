"""The pipeline is pure Python: importable and usable with Django unset."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from corpus.pipeline import clean_document
doc = clean_document("Die Regierung hat am Montag den Haushalt beschlossen. Kritiker sind unzufrieden.".encode())
assert doc.language.code == "de", doc.language
assert doc.paragraphs
leaked = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
assert not leaked, leaked
print("pure")
"""


def test_pipeline_imports_and_runs_without_django_settings():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"
