"""import_seeds: sources, odd paths and special files on the command line."""

from __future__ import annotations

import io
import json
import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from corpus.models import SourceDocument

pytestmark = pytest.mark.django_db

STORY = (
    "The harbour authority confirmed on Tuesday that the northern pier will close for repairs.\n"
    "Fishing crews will use the southern quay until the work ends in the spring.\n"
)


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_seeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_source_option_names_the_identity(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    out, _ = run("--json", "--source", "harbour-wire", str(tmp_path))
    (line,) = [json.loads(line) for line in out.splitlines()]
    assert (line["source"], line["relative_path"], line["source_name"]) == (
        "harbour-wire", "story.txt", "harbour-wire:story.txt"
    )
    assert SourceDocument.objects.get().source == "harbour-wire"


@pytest.mark.parametrize("name", ["", "  padded  "])
def test_bad_source_names_are_a_clear_error(tmp_path, name):
    with pytest.raises(CommandError, match="--source"):
        run("--source", name, str(tmp_path))


def test_skipped_paths_are_listed_and_do_not_fail_the_run(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    os.mkfifo(tmp_path / "pipe.txt")
    out, _ = run(str(tmp_path))
    assert "2 files: 1 new, 0 unchanged, 0 updated, 0 duplicate, 0 failed, 1 skipped." in out
    assert f"skipped: {tmp_path / 'pipe.txt'}: Not a regular file (FIFO); not read." in out


def test_non_utf8_names_give_valid_utf8_json_lines(tmp_path):
    """Written through a strict UTF-8 byte stream, as a user's pipe receives it."""
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(raw, "w") as handle:
        handle.write(STORY)
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict", newline="\n")
    # The folder as a user's shell passes it: bytes that are not UTF-8, surrogate-escaped.
    call_command("import_seeds", "--json", os.fsdecode(os.fsencode(tmp_path)), stdout=stream, stderr=StringIO())
    stream.flush()
    (line,) = buffer.getvalue().splitlines()
    data = json.loads(line.decode("utf-8"))  # strict: raises on anything that is not UTF-8
    assert data["relative_path"] == "caf\\xe9.txt"
    assert data["file"] == str(tmp_path) + "/caf\\xe9.txt"
    assert data["status"] == "new"


def test_a_fifo_given_directly_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    out = StringIO()
    with pytest.raises(CommandError, match="1 of 1 files"):
        call_command("import_seeds", "--json", str(tmp_path / "pipe.txt"), stdout=out, stderr=StringIO())
    (line,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert line["status"] == "failed" and "FIFO" in line["error"]


def test_a_signal_stops_the_import_at_a_file_boundary(tmp_path, monkeypatch):
    import signal

    from corpus.management.commands import import_seeds
    from corpus.models import ImportRun

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(STORY.replace("Tuesday", f"day {i}"), encoding="utf-8")
    real = import_seeds.ingest_sources

    def signalled(files, **kwargs):
        for n, result in enumerate(real(files, **kwargs)):
            if n == 1:
                signal.raise_signal(signal.SIGTERM)  # as `kill` would, during the second file
            yield result

    monkeypatch.setattr(import_seeds, "ingest_sources", signalled)
    with pytest.raises(CommandError, match=r"Interrupted \(SIGTERM\) after 2 of 5 files"):
        run(str(tmp_path))
    run_ = ImportRun.objects.get()
    assert run_.status == "interrupted" and run_.counts == {"new": 2}
    assert SourceDocument.objects.count() == 2
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # handlers restored
