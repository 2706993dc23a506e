"""import_seeds: the command-line contract (--json, --dry-run, exit codes) and
the acceptance criteria on the two seed files."""

from __future__ import annotations

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from corpus.models import SourceDocument
from corpus.pipeline.text import split_sentences
from corpus.sources import folder_source, identity_key
from editorial.models import Version
from tests.conftest import FRENCH_SEED, GERMAN_SEED

pytestmark = pytest.mark.django_db

JSON_KEYS = {
    "file", "sha256", "status", "error", "duplicate_of", "encoding", "language",
    "language_confidence", "title", "summary", "paragraphs", "removed", "corrections", "tags",
    "source_name", "source", "relative_path",
}


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_json(*args: str) -> list[dict]:
    out, _ = run("--json", *args)
    lines = out.splitlines()
    return [json.loads(line) for line in lines]


def test_default_path_is_the_seeds_folder(settings, seeds):
    settings.NEWSDESK_SEEDS_DIR = seeds
    out, _ = run()
    assert "2 files: 2 new, 0 unchanged, 0 updated, 0 duplicate, 0 failed, 0 skipped." in out
    out, _ = run()
    assert "2 files: 0 new, 2 unchanged" in out


def test_missing_default_folder_is_a_clear_error(settings, tmp_path):
    settings.NEWSDESK_SEEDS_DIR = tmp_path / "missing"
    with pytest.raises(CommandError, match="does not exist"):
        run()


def test_json_prints_one_object_per_file_in_input_order_and_nothing_else(seeds, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [str(seeds / GERMAN_SEED.name), str(tmp_path / "empty.txt"), str(seeds / FRENCH_SEED.name)]
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 3 files could not be imported"):
        call_command("import_seeds", "--json", *inputs, stdout=out, stderr=err)
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["file"] for o in objects] == inputs
    assert all(set(o) == JSON_KEYS for o in objects)
    german, empty, french = objects
    assert german["status"] == "new" and french["status"] == "new"
    assert empty["status"] == "failed" and "empty" in empty["error"].lower()
    assert empty["paragraphs"] == [] and empty["sha256"]
    assert german["language"] == "de" and french["language"] == "fr"
    assert german["encoding"] == "utf-8"
    assert len(german["sha256"]) == 64
    assert german["title"] and german["summary"]
    for tag in german["tags"]:
        assert set(tag) >= {"name", "kind", "score"}
        assert tag["kind"] in {"person", "organisation", "place", "topic"}
        assert 0 <= tag["score"] <= 1
    for removal in german["removed"]:
        assert set(removal) >= {"text", "reason"}
    assert "Import run" not in out.getvalue()
    assert "1 failed" in err.getvalue()


def test_json_for_unchanged_and_duplicate_repeats_the_stored_findings(seeds, tmp_path):
    first = run_json(str(seeds))
    shutil.copy(FRENCH_SEED, tmp_path / "copy.txt")
    again = run_json(str(seeds), str(tmp_path / "copy.txt"))
    assert [o["status"] for o in again] == ["unchanged", "unchanged", "duplicate"]
    assert again[2]["duplicate_of"] == identity_key(folder_source(seeds), FRENCH_SEED.name)
    for before, after in zip(first, again[:2]):
        for key in ("paragraphs", "title", "language", "removed", "tags"):
            assert before[key] == after[key]


def test_dry_run_json_reports_statuses_and_writes_nothing(seeds):
    shutil.copy(GERMAN_SEED, seeds / "zz.txt")
    objects = run_json("--dry-run", str(seeds))
    assert [o["status"] for o in objects] == ["new", "new", "duplicate"]
    assert objects[2]["duplicate_of"] == identity_key(folder_source(seeds), GERMAN_SEED.name)
    assert objects[0]["paragraphs"]
    assert SourceDocument.objects.count() == 0 and Version.objects.count() == 0


def test_failures_exit_non_zero_and_are_summarised(tmp_path):
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_seeds", str(tmp_path), stdout=out, stderr=err)
    assert "2 of 2 files could not be imported" in str(excinfo.value)
    assert "zero.txt" in out.getvalue() and "nul.txt" in out.getvalue()


def test_max_bytes_option(tmp_path):
    (tmp_path / "a.txt").write_text("A sentence that is long enough to matter here. " * 10)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_seeds", "--json", "--max-bytes", "100", str(tmp_path), stdout=out, stderr=StringIO())
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert objects[0]["status"] == "failed" and "100" in objects[0]["error"]
    with pytest.raises(CommandError, match="positive"):
        run("--max-bytes", "0", str(tmp_path))


# --- acceptance on the seeds -------------------------------------------------


@pytest.fixture
def imported(seeds) -> dict[str, dict]:
    return {Path(o["file"]).name: o for o in run_json(str(seeds))}


def test_german_seed_becomes_dozens_of_paragraphs_with_junk_removed(imported):
    german = imported[GERMAN_SEED.name]
    paragraphs = german["paragraphs"]
    assert len(paragraphs) >= 24
    assert sum(p.startswith(("Sorkin:", "Solkin:")) for p in paragraphs) >= 10
    assert sum(p.startswith("Jack Ma:") for p in paragraphs) >= 10
    for heading in ("Globalisierung erfordert Optimierung", "Unterschied zu Amazon"):
        assert heading in paragraphs
    removed = german["removed"]
    reasons = [r["reason"] for r in removed]
    removed_text = "\n".join(r["text"] for r in removed)
    assert "author_bio" in reasons
    assert "Als Gewinner des Qingyun-Plans" in removed_text
    assert "prompt_line" in reasons and ">>: Wo liegt die Zukunft" in removed_text
    assert "separator" in reasons
    raw_lines = GERMAN_SEED.read_text(encoding="utf-8").splitlines()
    teasers = [line for line in raw_lines[2:] if line.endswith("...")]
    assert len(teasers) == 15
    for line in teasers:
        assert line in removed_text
    text = "\n".join(paragraphs)
    for junk in teasers + [">>:", "Als Gewinner", " |"]:
        assert junk not in text
    assert all(r["reason"] for r in removed)


def test_german_seed_loses_no_sentence_of_the_interview(imported):
    german = imported[GERMAN_SEED.name]
    interview = GERMAN_SEED.read_text(encoding="utf-8").splitlines()[0]
    interview = interview[: interview.index("Als Gewinner")]
    cleaned = " ".join(german["paragraphs"])
    squashed = "".join(cleaned.split())
    for sentence in split_sentences(interview):
        assert "".join(sentence.split()) in squashed, sentence


def test_german_seed_flags_the_speaker_name_variant(imported):
    corrections = imported[GERMAN_SEED.name]["corrections"]
    assert any(c["original"] == "Solkin" and c["suggestion"] == "Sorkin" for c in corrections)
    assert "Solkin:" in " ".join(imported[GERMAN_SEED.name]["paragraphs"])


def test_french_seed_keeps_its_paragraphs(imported):
    french = imported[FRENCH_SEED.name]
    lines = [line.strip() for line in FRENCH_SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert french["paragraphs"] == lines
    assert french["removed"] == []
    assert french["language"] == "fr"


class FakeTerminal(StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(seeds):
    terminal = FakeTerminal()
    call_command("import_seeds", str(seeds), stdout=StringIO(), stderr=terminal)
    assert "/2 [" in terminal.getvalue() and "file/s" in terminal.getvalue()
    quiet = FakeTerminal()
    call_command("import_seeds", str(seeds), "--no-progress", stdout=StringIO(), stderr=quiet)
    assert quiet.getvalue() == ""
    piped = StringIO()
    call_command("import_seeds", str(seeds), stdout=StringIO(), stderr=piped)
    assert piped.getvalue() == ""


def test_workers_option_uses_worker_processes_with_the_same_contract(seeds):
    objects = run_json("--workers", "1", str(seeds))
    assert [o["status"] for o in objects] == ["new", "new"]
    assert objects[1]["language"] == "de" and len(objects[1]["paragraphs"]) >= 24
    with pytest.raises(CommandError, match="--workers"):
        run("--workers", "-1", str(seeds))
