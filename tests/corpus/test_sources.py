"""corpus.sources: identity keys, display of odd names, walking and safe reading.

No database: the module only looks at the file system.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path

import pytest

from corpus import sources
from corpus.pipeline import RefusedInput, check_size
from corpus.sources import (
    KEY_MAX_LENGTH,
    NotRegularFile,
    check_source_name,
    display_path,
    folder_source,
    identity_key,
    path_from_display,
    read_source,
    source_files,
)
from tests.corpus import deep_trees


def walk(*paths, **kwargs):
    return list(source_files([Path(p) for p in paths], **kwargs))


def by_path(found):
    return {f.relative_path: f for f in found}


# --- identity ----------------------------------------------------------------


def test_identity_key_is_source_colon_path_and_unambiguous():
    assert identity_key("wire", "sub/a.txt") == "wire:sub/a.txt"
    # A colon in the source can never be mistaken for the separator.
    assert identity_key("a:b", "c.txt") != identity_key("a", "b:c.txt")
    assert identity_key("a:b", "c.txt").split(":", 1) == ["a%3Ab", "c.txt"]
    assert identity_key("100%", "x") != identity_key("100%3A", "x")


def test_long_identity_keys_fit_the_column_and_stay_distinct():
    deep = "/".join(["folder"] * 200)
    first, second = identity_key("src", deep + "/a.txt"), identity_key("src", deep + "/b.txt")
    assert len(first) <= KEY_MAX_LENGTH and len(second) <= KEY_MAX_LENGTH
    assert first != second
    assert first == identity_key("src", deep + "/a.txt")  # stable


@pytest.mark.parametrize("name", ["", " padded", "x" * 1001])
def test_bad_source_names_are_refused(name):
    with pytest.raises(ValueError):
        check_source_name(name)
    assert check_source_name("agency-feed") == "agency-feed"


def test_default_source_is_the_resolved_folder_however_spelled(tmp_path, monkeypatch):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    spellings = ["inbox", "./inbox/", str(tmp_path / "inbox"), "inbox/../inbox"]
    names = {walk(p)[0].name for p in spellings}
    assert names == {f"{tmp_path / 'inbox'}:a.txt"}
    assert folder_source(Path("inbox")) == str(tmp_path / "inbox")


def test_a_file_given_directly_is_named_with_its_folder(tmp_path):
    for folder in ("inbox", "inbox2/sub"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.txt").write_text("x")
    direct = walk(tmp_path / "inbox2" / "sub" / "a.txt")[0]
    assert direct.source == str(tmp_path / "inbox2" / "sub") and direct.relative_path == "a.txt"
    assert direct.name != walk(tmp_path / "inbox")[0].name


def test_a_file_given_directly_belongs_to_a_known_source_above_it(tmp_path):
    (tmp_path / "inbox" / "sub").mkdir(parents=True)
    (tmp_path / "inbox" / "sub" / "a.txt").write_text("x")
    from_folder = walk(tmp_path / "inbox")[0]
    direct = walk(tmp_path / "inbox" / "sub" / "a.txt", known_sources=[str(tmp_path), from_folder.source])[0]
    # The nearest known source wins, so the file keeps the identity it got from its folder.
    assert direct.name == from_folder.name == f"{tmp_path / 'inbox'}:sub/a.txt"


def test_named_source_applies_to_folders_and_files(tmp_path):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "story.txt").write_text("x")
    assert walk(tmp_path / "day1", source="wire")[0].name == "wire:story.txt"
    assert walk(tmp_path / "day1" / "story.txt", source="wire")[0].name == "wire:story.txt"


# --- odd names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b"caf\xe9.txt", b"\xff\xfe.txt", "naïve.txt".encode(), b"back\\slash\\xe9.txt", "日本.txt".encode()],
)
def test_display_form_is_utf8_and_reversible(raw):
    name = os.fsdecode(raw)
    shown = display_path(name)
    shown.encode("utf-8")  # never raises: storable and printable
    assert path_from_display(shown) == name
    assert os.fsencode(path_from_display(shown)) == raw


def test_undecodable_names_are_visible(tmp_path):
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    found = walk(tmp_path)
    assert [f.relative_path for f in found] == ["caf\\xe9.txt"]
    assert found[0].problem is None
    assert read_source(found[0].path, max_bytes=10, check_size=check_size) == b""


# --- walking -------------------------------------------------------------------


def test_order_is_stable_and_depth_first_like_sorted_rglob(tmp_path):
    for rel in ("b.txt", "a/z.txt", "a/b/c.txt", "a b/x.txt", "c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    expected = [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*.txt"))]
    assert [f.relative_path for f in walk(tmp_path)] == expected


def test_special_files_inside_a_folder_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "real.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/null", tmp_path / "device.txt")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(tmp_path / "sock.txt"))
        found = by_path(walk(tmp_path))
    finally:
        listener.close()
    assert found["real.txt"].problem is None
    assert found["pipe.txt"].problem.status == "skipped" and "FIFO" in found["pipe.txt"].problem.reason
    assert "character device" in found["device.txt"].problem.reason
    assert "socket" in found["sock.txt"].problem.reason


def test_special_files_not_matching_the_pattern_are_not_selected(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    assert walk(tmp_path) == []


def test_fifo_or_device_given_directly_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    fifo, device = walk(tmp_path / "pipe.txt", "/dev/zero")
    assert fifo.problem.status == "failed" and "FIFO" in fifo.problem.reason
    assert device.problem.status == "failed" and "character device" in device.problem.reason


def test_reading_refuses_a_fifo_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(NotRegularFile, match="FIFO"):
        read_source(tmp_path / "pipe.txt", max_bytes=100, check_size=check_size)
    with pytest.raises(NotRegularFile, match="character device"):
        read_source(Path("/dev/zero"), max_bytes=100, check_size=check_size)


def test_reading_refuses_a_file_over_the_limit(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 200)
    with pytest.raises(RefusedInput):
        read_source(tmp_path / "a.txt", max_bytes=100, check_size=check_size)
    assert read_source(tmp_path / "a.txt", max_bytes=200, check_size=check_size) == b"x" * 200


def test_symlink_loops_and_broken_links_are_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "sub" / "up")  # a folder loop
    os.symlink("self.txt", tmp_path / "self.txt")  # a file loop
    os.symlink("missing.txt", tmp_path / "broken.txt")
    found = by_path(walk(tmp_path))
    assert found["sub/a.txt"].problem is None
    assert found["sub/up"].problem.status == "skipped" and "already visited" in found["sub/up"].problem.reason
    assert found["self.txt"].problem.status == "skipped" and "loop" in found["self.txt"].problem.reason
    assert found["broken.txt"].problem.status == "failed" and "Broken" in found["broken.txt"].problem.reason


def test_symlinked_folders_are_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "root").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "root" / "linked")
    assert [f.relative_path for f in walk(tmp_path / "root")] == ["linked/a.txt"]


def test_very_deep_trees_do_not_crash(tmp_path):
    depth = max(1100, sys.getrecursionlimit() + 100)
    deep_trees.build(tmp_path, depth, file_name="deep.txt", text="x")
    try:
        (found,) = walk(tmp_path)
    finally:
        deep_trees.remove(tmp_path)
    assert found.problem is None
    assert found.relative_path == "d/" * depth + "deep.txt"
    assert len(found.name) <= KEY_MAX_LENGTH


def test_unreadable_folder_is_reported_and_the_rest_imported(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("x")
    (tmp_path / "open.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == tmp_path / "locked":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    found = by_path(walk(tmp_path))
    assert found["locked"].problem.status == "failed"
    assert found["locked"].problem.reason == "Cannot read folder: Permission denied."
    assert found["open.txt"].problem is None


def test_a_path_inside_an_unreadable_folder_is_a_per_path_error(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("x")
    locked = tmp_path / "locked" / "a.txt"
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(sources.os, "stat", stat)
    blocked, fine = walk(locked, tmp_path / "ok.txt")
    assert blocked.problem.status == "failed" and "Permission denied" in blocked.problem.reason
    assert fine.problem is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_real_permissions_are_reported(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("x")
    (tmp_path / "locked").chmod(0)
    try:
        found = by_path(walk(tmp_path))
        assert found["locked"].problem.status == "failed"
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_missing_path_is_yielded_as_failed(tmp_path):
    (missing,) = walk(tmp_path / "nope.txt")
    assert missing.problem.status == "failed" and "No such file" in missing.problem.reason


def test_a_symlink_loop_given_directly_is_a_per_path_failure(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (loop,) = walk(tmp_path / "loop.txt")
    assert loop.problem == sources.Problem("failed", "Cannot read file: symbolic link loop.")
