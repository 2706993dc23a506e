"""``export_translation`` and ``import_translation``: the same service as
the admin, on the command line."""

from __future__ import annotations

from io import StringIO

import pytest
import tablib
from django.core.management import CommandError, call_command

from editorial.models import Version
from tests.editorial.interchange_fixtures import GERMAN, edit_table, edit_xliff, german, story  # noqa: F401
from tests.factories import UserFactory, reviewer

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_edit_dry_run_then_import(story, tmp_path):
    UserFactory(username="tina", roles=["Translator"])
    exported = tmp_path / "de.xlf"
    run("export_translation", str(story.article_id), "--language", "de", "-o", str(exported))
    exported.write_bytes(edit_xliff(exported.read_bytes(), {0: "Der Bundestag tagte."}))
    count = Version.objects.count()

    out, _ = run("import_translation", str(exported), "--user", "tina", "--dry-run")
    assert "would create a new draft, 1 row(s) changed" in out and "Der Bundestag tagte." in out
    assert "Dry run: nothing was written." in out and Version.objects.count() == count

    out, _ = run("import_translation", str(exported), "--user", "tina")
    assert "version 2 created" in out and german(story).texts == ["Der Bundestag tagte.", *GERMAN[1:]]


def test_csv_to_stdout_and_xlsx_needs_a_file(story, tmp_path):
    out, _ = run("export_translation", str(story.article_id), "-l", "de", "-l", "fr", "--format", "csv")
    rows = tablib.Dataset().load(out, format="csv").dict
    assert {r["language"] for r in rows} == {"de", "fr"} and GERMAN[0] in {r["translation"] for r in rows}
    with pytest.raises(CommandError, match="binary"):
        run("export_translation", str(story.article_id), "-l", "de", "--format", "xlsx")
    target = tmp_path / "t.xlsx"
    run("export_translation", str(story.article_id), "-l", "de", "--format", "xlsx", "-o", str(target))
    edited = tmp_path / "back.xlsx"
    edited.write_bytes(edit_table(target.read_bytes(), "xlsx", {3: "Im Mai wird abgestimmt."}))
    UserFactory(username="tina", roles=["Translator"])
    out, _ = run("import_translation", str(edited), "--user", "tina", "--language", "de")
    assert "version 2 created, 1 row(s) changed" in out


def test_command_refusals_write_nothing(story, tmp_path):
    with pytest.raises(CommandError, match="Article #999 does not exist"):
        run("export_translation", "999", "-l", "de")
    with pytest.raises(CommandError, match="not a version of article"):
        run("export_translation", str(story.article_id), "-l", "de", "--source-version", "999")
    with pytest.raises(CommandError, match="another language"):
        run("export_translation", str(story.article_id), "-l", "en")
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(b"<xliff")
    reviewer(username="rolf")
    count = Version.objects.count()
    with pytest.raises(CommandError, match="No active user"):
        run("import_translation", str(bad), "--user", "ghost")
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_translation", str(bad), "--user", "rolf", stdout=StringIO(), stderr=err)
    assert "bad.xlf is not well-formed XML" in err.getvalue()
    good = tmp_path / "de.xlf"
    run("export_translation", str(story.article_id), "-l", "de", "-o", str(good))
    good.write_bytes(edit_xliff(good.read_bytes(), {0: "Neu."}))
    with pytest.raises(CommandError, match="problem"):
        run("import_translation", str(good), "--user", "rolf")  # a reviewer does not translate
    with pytest.raises(CommandError, match="Cannot read"):
        run("import_translation", str(tmp_path / "missing.xlf"), "--user", "rolf")
    assert Version.objects.count() == count
