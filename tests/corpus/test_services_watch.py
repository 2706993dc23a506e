"""Watching an inbox: watch_pass() picks up new and changed files, never opens
unchanged ones, waits for files still being written, reports gone files and
per-path errors, and queues passes as background runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.models import ImportRun, SourceDocument, TrackedFile
from corpus.services import ingest as ingest_module
from corpus.services.watch import WatchError, looks_temporary, watch, watch_pass, watch_start
from corpus.sources import Fingerprint, folder_source, identity_key
from editorial.models import Article, Version
from tests.corpus.background_support import PARAGRAPH, drain, write_stories

pytestmark = pytest.mark.django_db(transaction=True)  # the background test runs the real worker


def story(day: str) -> str:
    return "\n\n".join(PARAGRAPH.format(day=f"{day}, part {p}") for p in range(3)) + "\n"


def age(path: Path, seconds: float = 60) -> None:
    """Make the file look written ``seconds`` ago (as a file that sat in the inbox)."""
    then = os.stat(path).st_mtime_ns - int(seconds * 1e9)
    os.utime(path, ns=(then, then))


def age_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            age(path)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Every file the import opens, by name."""
    opened: list[str] = []
    real = ingest_module.read_source

    def counting(path, **kwargs):
        opened.append(Path(path).name)
        return real(path, **kwargs)

    monkeypatch.setattr(ingest_module, "read_source", counting)
    return opened


def test_new_files_are_imported_and_unchanged_ones_never_opened_again(tmp_path, reads):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 3, "first")
    age_all(inbox)
    state = watch_start(folder=inbox)
    first = watch_pass(state=state)
    assert first.counts == {"new": 3} and first.run.status == ImportRun.Status.FINISHED
    assert sorted(reads) == ["story-000.txt", "story-001.txt", "story-002.txt"]
    for tracked in TrackedFile.objects.all():
        path = inbox / tracked.source_name.rsplit(":", 1)[1]
        assert Fingerprint(tracked.size, tracked.mtime_ns, tracked.inode) == Fingerprint.of(os.stat(path))

    reads.clear()
    runs = ImportRun.objects.count()
    second = watch_pass(state=state)
    assert (second.unchanged, second.results, reads) == (3, [], [])
    assert second.idle and ImportRun.objects.count() == runs  # an idle pass records no run

    # A new watch (the command started again) trusts the stored fingerprints too.
    again = watch_pass(state=watch_start(folder=inbox))
    assert (again.unchanged, reads) == (3, [])


def test_a_changed_file_is_updated_and_only_it_is_read(tmp_path, reads):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 3, "first")
    age_all(inbox)
    state = watch_start(folder=inbox)
    watch_pass(state=state)
    reads.clear()
    (inbox / "story-001.txt").write_text(story("changed"), encoding="utf-8")
    age(inbox / "story-001.txt")
    report = watch_pass(state=state)
    assert report.counts == {"updated": 1} and report.unchanged == 2
    assert reads == ["story-001.txt"]
    article = Article.objects.get(source_name=identity_key(folder_source(inbox), "story-001.txt"))
    assert Version.objects.filter(edition__article=article).count() == 2


def test_a_file_replaced_by_a_rename_with_the_same_bytes_is_read_once_and_unchanged(tmp_path, reads):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 1, "first")
    age_all(inbox)
    state = watch_start(folder=inbox)
    watch_pass(state=state)
    data = (inbox / "story-000.txt").read_bytes()
    (tmp_path / "copy.txt").write_bytes(data)
    os.replace(tmp_path / "copy.txt", inbox / "story-000.txt")  # new inode, same bytes
    age(inbox / "story-000.txt")
    reads.clear()
    assert watch_pass(state=state).counts == {"unchanged": 1} and reads == ["story-000.txt"]
    reads.clear()
    assert watch_pass(state=state).unchanged == 1 and reads == []


def test_a_file_still_being_written_waits_until_it_stops_changing(tmp_path, reads):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    growing = inbox / "story.txt"
    growing.write_text(PARAGRAPH.format(day="Monday, part 0") + "\n", encoding="utf-8")  # just written
    (inbox / "next.txt.part").write_text(story("upload"), encoding="utf-8")
    (inbox / ".hidden.txt").write_text(story("hidden"), encoding="utf-8")
    (inbox / "draft.txt~").write_text(story("backup"), encoding="utf-8")
    state = watch_start(folder=inbox, settle_seconds=60)
    first = watch_pass(state=state)
    assert first.waiting == [str(growing)] and first.results == [] and reads == []
    assert not ImportRun.objects.exists()

    with growing.open("a", encoding="utf-8") as handle:  # the writer goes on
        handle.write("\n" + PARAGRAPH.format(day="Monday, part 1") + "\n")
    assert watch_pass(state=state).waiting == [str(growing)] and reads == []

    report = watch_pass(state=state)  # the same size and time as last pass: written
    assert report.counts == {"new": 1} and report.waiting == []
    document = SourceDocument.objects.get()
    assert "part 1" in bytes(document.raw).decode()

    os.replace(inbox / "next.txt.part", inbox / "next.txt")  # the upload tool renames when done
    age(inbox / "next.txt")
    assert watch_pass(state=state).counts == {"new": 1}
    assert SourceDocument.objects.count() == 2  # never the dot file nor the backup


def test_a_deleted_file_is_reported_gone_and_its_article_kept(tmp_path):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 2, "first")
    age_all(inbox)
    state = watch_start(folder=inbox)
    watch_pass(state=state)
    (inbox / "story-000.txt").unlink()
    report = watch_pass(state=state)
    assert report.gone == [str(inbox / "story-000.txt")] and report.unchanged == 1
    assert Article.objects.count() == 2 and SourceDocument.objects.count() == 2
    assert watch_pass(state=state).gone == []  # reported once
    # A file removed while still being written was never imported: nothing is gone.
    (inbox / "half.txt").write_text(story("half"), encoding="utf-8")
    state.settle_seconds = 60
    assert watch_pass(state=state).waiting == [str(inbox / "half.txt")]
    (inbox / "half.txt").unlink()
    assert watch_pass(state=state).gone == []
    # A watch started later reports files that went while nobody watched, once.
    (inbox / "story-001.txt").unlink()
    later = watch_start(folder=inbox)
    assert sorted(watch_pass(state=later).gone) == [str(inbox / "story-000.txt"), str(inbox / "story-001.txt")]
    assert Article.objects.count() == 2


def test_errors_are_reported_per_path_once_and_retried_when_the_file_changes(tmp_path, reads):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 1, "good")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    os.symlink(inbox / "missing.txt", inbox / "broken.txt")
    age_all(inbox)
    state = watch_start(folder=inbox)
    report = watch_pass(state=state)
    failed = {Path(r.file).name: r.error for r in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "broken.txt"}
    assert "Broken symbolic link" in failed["broken.txt"]
    assert report.counts["new"] == 1 and report.run.status == ImportRun.Status.FINISHED_WITH_ERRORS
    reads.clear()
    quiet = watch_pass(state=state)
    assert quiet.results == [] and reads == []  # not read nor reported again while unchanged
    (inbox / "empty.txt").write_text(story("now written"), encoding="utf-8")
    age(inbox / "empty.txt")
    assert watch_pass(state=state).counts == {"new": 1}


def test_files_the_watch_stops_before_are_imported_by_the_next_one(tmp_path):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 3, "first")
    age_all(inbox)
    state = watch_start(folder=inbox)
    calls = iter([False, True])
    report = watch_pass(state=state, should_stop=lambda: next(calls, True))
    assert report.counts == {"new": 1}
    assert report.run.status == ImportRun.Status.FINISHED  # stopped on request, not interrupted
    assert watch_pass(state=watch_start(folder=inbox)).counts == {"new": 2}


def test_background_passes_queue_a_run_that_workers_import_and_fingerprint(tmp_path, reads):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 2, "bg")
    age_all(inbox)
    state = watch_start(folder=inbox)
    report = watch_pass(state=state, background=True)
    assert report.queued.background and report.queued_files == [str(inbox / f"story-00{i}.txt") for i in range(2)]
    assert not SourceDocument.objects.exists() and reads == []
    assert watch_pass(state=state, background=True).queued is None  # not queued twice
    drain()
    report.queued.refresh_from_db()
    assert report.queued.status == ImportRun.Status.FINISHED and Article.objects.count() == 2
    assert TrackedFile.objects.filter(inode__isnull=False).count() == 2
    reads.clear()
    assert watch_pass(state=watch_start(folder=inbox), background=True).unchanged == 2 and reads == []


def test_the_loop_runs_the_passes_asked_for_and_stops_when_told(tmp_path):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 1, "loop")
    age_all(inbox)
    reports, naps = [], []
    done = watch(state=watch_start(folder=inbox), interval=5, passes=3, on_pass=reports.append, sleep=naps.append)
    assert done == 3 and [r.number for r in reports] == [1, 2, 3] and reports[0].counts == {"new": 1}
    assert naps and all(0 < nap <= 0.2 for nap in naps)
    stop = iter([False, False, True])
    assert watch(state=watch_start(folder=inbox), interval=0.01, should_stop=lambda: next(stop, True)) == 1


def test_only_a_folder_can_be_watched(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    for path in (tmp_path / "missing", tmp_path / "file.txt"):
        with pytest.raises(WatchError, match="is not a folder"):
            watch_start(folder=path)


@pytest.mark.parametrize(
    ("name", "temporary"),
    [("a.txt", False), ("sub/a.txt", False), (".a.txt", True), ("a.txt.part", True), ("a.txt~", True),
     ("a.TMP", True), (".sync/a.txt", True), ("a.crdownload", True), (".", False)],
)
def test_temporary_looking_names(name, temporary):
    assert looks_temporary(name) is temporary
