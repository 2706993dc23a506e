"""corpus.services.uploads: uploads and ZIP archives checked, then stored whole or not at all.

No database and no admin: an upload is a name, a file object and a size.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from corpus.services.uploads import (
    Upload,
    UploadLimits,
    UploadRefused,
    upload_default_source,
    upload_store,
)

LIMITS = UploadLimits(max_files=50, max_total_bytes=10 * 1024 * 1024, max_file_bytes=4 * 1024 * 1024, max_ratio=100)
TEXT = "The council met on Monday to discuss the harbour and the schools.\n".encode()


def plain(name: str, data: bytes = TEXT) -> Upload:
    return Upload(name=name, file=io.BytesIO(data), size=len(data))


def archive(name: str, members, *, compression=zipfile.ZIP_DEFLATED) -> Upload:
    """``members``: (name or ZipInfo, bytes) pairs, written in order (duplicates allowed)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression) as out:
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        for member, data in members:
            if isinstance(member, zipfile.ZipInfo):
                member.compress_type = compression
            out.writestr(member, data)
    data = buffer.getvalue()
    return Upload(name=name, file=io.BytesIO(data), size=len(data))


def refused(root: Path, uploads, limits=LIMITS) -> list[str]:
    with pytest.raises(UploadRefused) as caught:
        upload_store(uploads=uploads, root=root, limits=limits)
    # Whatever was refused, nothing is left behind: no folder, no partial work folder.
    assert not root.exists() or list(root.iterdir()) == []
    return caught.value.problems


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_files_and_an_archive_are_stored_in_a_new_folder_of_their_own(tmp_path):
    root = tmp_path / "uploads"
    zipped = archive("feed.zip", [("world/a.txt", b"a" * 10), ("world/deep/b.txt", b"b"), ("c.md", b"# c")])
    stored = upload_store(uploads=[plain("one.txt"), zipped], root=root, limits=LIMITS)
    assert stored.folder.parent == root and [p.name for p in root.iterdir()] == [stored.folder.name]
    assert tree(stored.folder) == {
        "c.md": b"# c", "one.txt": TEXT, "world/a.txt": b"a" * 10, "world/deep/b.txt": b"b",
    }
    assert stored.files == ["one.txt", "world/a.txt", "world/deep/b.txt", "c.md"]
    again = upload_store(uploads=[plain("one.txt")], root=root, limits=LIMITS)
    assert again.folder != stored.folder and len(list(root.iterdir())) == 2


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "a/../../evil.txt", "safe/../../../etc/passwd", "/etc/evil.txt", "C:/evil.txt", "c:evil.txt",
     "..\\..\\evil.txt", "\\\\server\\share\\evil.txt"],
)
def test_paths_leading_out_of_the_folder_refuse_the_whole_archive(tmp_path, name):
    upload = archive("bad.zip", [("fine.txt", TEXT), (zipfile.ZipInfo(name), TEXT)])
    problems = refused(tmp_path / "uploads", [upload])
    assert len(problems) == 1 and "bad.zip" in problems[0]
    assert "absolute" in problems[0] or "(..)" in problems[0]
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()


def test_symbolic_links_and_special_files_inside_an_archive_are_refused(tmp_path):
    link = zipfile.ZipInfo("link.txt")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    fifo = zipfile.ZipInfo("pipe")
    fifo.create_system = 3
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    problems = refused(tmp_path / "uploads", [archive("links.zip", [("ok.txt", TEXT), (link, b"/etc/passwd"),
                                                                    (fifo, b"")])])
    assert any("link.txt" in p and "symbolic link" in p for p in problems)
    assert any("pipe" in p and "not a regular file" in p for p in problems)


def test_a_member_packed_too_tightly_is_refused_as_a_bomb(tmp_path):
    roomy = UploadLimits(max_files=10, max_total_bytes=50 * 2**20, max_file_bytes=50 * 2**20, max_ratio=100)
    bomb = archive("bomb.zip", [("zeros.txt", b"\0" * (8 * 2**20))])
    assert bomb.size < 2**20 / 100
    problems = refused(tmp_path / "uploads", [bomb], roomy)
    assert problems == [f"bomb.zip: zeros.txt unpacks to over 100 times its packed size (a zip bomb?)."]
    # The same bytes stored uncompressed are only large, not a bomb.
    stored = upload_store(uploads=[archive("big.zip", [("zeros.txt", b"\0" * 2**20)],
                                           compression=zipfile.ZIP_STORED)], root=tmp_path / "ok", limits=roomy)
    assert (stored.folder / "zeros.txt").stat().st_size == 2**20


def test_declared_sizes_over_the_limits_are_refused_before_anything_is_read(tmp_path):
    small = UploadLimits(max_files=10, max_total_bytes=3000, max_file_bytes=2000, max_ratio=100)
    problems = refused(tmp_path / "uploads", [archive("big.zip", [("a.txt", b"x" * 2001)])], small)
    assert problems == ["big.zip: a.txt is larger than a file may be (2 KB)."]
    problems = refused(tmp_path / "uploads", [plain("a.txt", b"x" * 1600), plain("b.txt", b"x" * 1600)], small)
    assert problems == ["The files come to 3.1 KB unpacked; at most 2.9 KB are allowed at once."]


def _patch_sizes(data: bytes, *, declared: int) -> bytes:
    """The archive with its only member's uncompressed size replaced in both headers."""
    data = bytearray(data)
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, declared)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)
    return bytes(data)


@pytest.mark.parametrize("declared", [100, 10 * 1024 * 1024 - 1])
def test_headers_that_lie_about_the_size_never_get_a_file_stored(tmp_path, declared):
    honest = archive("liar.zip", [("story.txt", b"word " * 4000)]).file.getvalue()
    lying = _patch_sizes(honest, declared=declared)
    roomy = UploadLimits(max_files=10, max_total_bytes=50 * 2**20, max_file_bytes=50 * 2**20, max_ratio=10**6)
    problems = refused(tmp_path / "uploads", [Upload("liar.zip", io.BytesIO(lying), len(lying))], roomy)
    assert len(problems) == 1 and problems[0].startswith("liar.zip: story.txt")


def test_the_byte_budget_counts_what_is_written_not_what_sizes_say(tmp_path):
    # Each upload claims 10 bytes; the copy counts the real ones and stops at the cap.
    limits = UploadLimits(max_files=10, max_total_bytes=15_000, max_file_bytes=20_000, max_ratio=100)
    uploads = [Upload(f"f{i}.txt", io.BytesIO(b"y" * 6000), 10) for i in range(3)]
    assert refused(tmp_path / "uploads", uploads, limits) == [
        "The files come to more than the 14.6 KB allowed at once."
    ]
    one = [Upload("big.txt", io.BytesIO(b"y" * 30_000), 10)]
    assert refused(tmp_path / "uploads", one, limits) == ["big.txt is larger than a file may be (19.5 KB)."]


def test_too_many_files_are_refused(tmp_path):
    few = UploadLimits(max_files=3, max_total_bytes=10**6, max_file_bytes=10**6, max_ratio=100)
    problems = refused(tmp_path / "uploads", [archive("four.zip", [(f"{i}.txt", TEXT) for i in range(4)])], few)
    assert problems == ["The upload holds 4 files; at most 3 are allowed at once."]
    assert upload_store(uploads=[archive("three.zip", [(f"{i}.txt", TEXT) for i in range(3)])],
                        root=tmp_path / "ok", limits=few).files == ["0.txt", "1.txt", "2.txt"]


def test_duplicate_names_and_file_folder_clashes_are_refused(tmp_path):
    root = tmp_path / "uploads"
    assert refused(root, [plain("a.txt"), plain("a.txt", b"other")]) == ["a.txt: the name a.txt is used twice."]
    problems = refused(root, [archive("x.zip", [("a.txt", TEXT), ("./a.txt", b"again")])])
    assert problems == ["x.zip: ./a.txt: the name a.txt is used twice."]
    assert refused(root, [plain("a.txt"), archive("x.zip", [("a.txt", b"zip")])]) == [
        "x.zip: a.txt: the name a.txt is used twice."
    ]
    assert refused(root, [archive("x.zip", [("news", TEXT), ("news/today.txt", TEXT)])]) == [
        "news is both a file and a folder in the upload."
    ]


def test_broken_and_encrypted_archives_are_refused(tmp_path):
    broken = plain("feed.zip", b"PK\x03\x04 this is no archive")
    assert refused(tmp_path / "u", [broken]) == ["feed.zip is not a readable ZIP archive."]
    data = bytearray(archive("locked.zip", [("secret.txt", TEXT)]).file.getvalue())
    for header, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the "encrypted" flag bit in both headers
        data[data.index(header) + offset] |= 0x1
    locked = Upload("locked.zip", io.BytesIO(bytes(data)), len(data))
    assert refused(tmp_path / "u", [locked]) == [
        "locked.zip: secret.txt is encrypted; upload it unencrypted."
    ]
    assert refused(tmp_path / "u", []) == ["Choose at least one file to import."]


def test_nested_archives_are_ordinary_files_and_mac_junk_is_left_out(tmp_path):
    inner = archive("inner.zip", [("../../evil.txt", TEXT)]).file.getvalue()
    upload = archive("outer.zip", [("inner.zip", inner), ("__MACOSX/._a.txt", b"\0\5junk"), ("a.txt", TEXT),
                                   ("sub/.DS_Store", b"\0\0\0\1Bud1")])
    stored = upload_store(uploads=[upload], root=tmp_path / "uploads", limits=LIMITS)
    assert tree(stored.folder) == {"inner.zip": inner, "a.txt": TEXT}


def test_every_problem_is_reported_at_once_but_long_lists_are_cut(tmp_path):
    upload = archive("bad.zip", [(zipfile.ZipInfo(f"../{i}.txt"), TEXT) for i in range(30)])
    problems = refused(tmp_path / "uploads", [upload])
    assert len(problems) == 21 and problems[-1] == "… and 10 more problems."


def test_the_default_source_is_a_single_archives_name():
    assert upload_default_source([archive("agence-2026-12-04.zip", [("a.txt", TEXT)])]) == "agence-2026-12-04"
    assert upload_default_source([archive("A.ZIP", [("a.txt", TEXT)])]) == "A"
    assert upload_default_source([plain("a.txt")]) == "upload"
    assert upload_default_source([archive("a.zip", []), archive("b.zip", [])]) == "upload"


NAME_PARTS = st.sampled_from(["..", ".", "", "a", "b", "c.txt", "C:", "\\", "x\\..", "日本.txt", " ", "a b"])


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.lists(NAME_PARTS, min_size=1, max_size=4).map("/".join), min_size=1, max_size=5))
def test_any_member_names_either_stay_inside_the_folder_or_refuse_everything(tmp_path_factory, names):
    root = tmp_path_factory.mktemp("uploads")
    upload = archive("any.zip", [(zipfile.ZipInfo(name), name.encode()) for name in names])
    try:
        stored = upload_store(uploads=[upload], root=root, limits=LIMITS)
    except UploadRefused:
        assert list(root.iterdir()) == []
        return
    written = tree(stored.folder)
    assert sorted(written) == sorted(stored.files)
    for relative in written:
        assert ".." not in Path(relative).parts
        assert os.path.realpath(stored.folder / relative).startswith(str(stored.folder) + os.sep)
    assert list(root.iterdir()) == [stored.folder]


def test_a_relative_root_works_like_an_absolute_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stored = upload_store(uploads=[plain("a.txt")], root=Path("var/uploads"), limits=LIMITS)
    assert stored.folder.is_absolute() and stored.folder.parent == tmp_path / "var" / "uploads"
    assert (stored.folder / "a.txt").read_bytes() == TEXT
