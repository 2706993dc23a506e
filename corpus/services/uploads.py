"""Uploaded files and ZIP archives, checked and stored in a folder of their own.

What an editor uploads in the admin's import screen lands here before a
background import reads it from disk like any other folder
(:mod:`corpus.services.folders`). No HTTP and no database here: an upload is
a name, a binary file object and a size, so this is tested on its own.

**Nothing half-stored.** Every check that the names and the archives'
directories allow is made before a byte is written: file count, declared
sizes (each file, all together), names (``../``, absolute paths, drive
letters, control characters, duplicates, a file where another needs a
folder), links and other special files inside archives (the Unix mode in
a member's external attributes), encrypted members, and members packed
tighter than ``max_ratio`` to one (zip bombs). Then files are written into a
hidden folder, the archives stream-extracted against a byte budget that
trusts no header (a member that unpacks to more than it declares, or
fails its checksum, stops everything); only a complete upload is renamed
to its final folder. Any refusal removes what was written and raises
:class:`UploadRefused` with every reason found.

An archive inside an archive is stored as an ordinary file (the import then
refuses it as binary, with its reason on the run's page). macOS's
``__MACOSX/`` folders and ``.DS_Store`` files inside archives are left out.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

__all__ = [
    "StoredUpload",
    "Upload",
    "UploadLimits",
    "UploadRefused",
    "upload_default_source",
    "upload_limits",
    "upload_store",
]

READ_SIZE = 64 * 1024
# Below this size a member cannot be a bomb worth the name (the total cap
# holds anyway), and short repetitive texts pack very tightly.
RATIO_FROM_BYTES = 256 * 1024
# Listed in full up to this many; an archive of 10,000 bad names says so once.
MAX_PROBLEMS = 20
JUNK_FOLDERS = {"__MACOSX"}
JUNK_FILES = {".DS_Store"}
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class UploadLimits:
    max_files: int
    max_total_bytes: int
    max_file_bytes: int
    max_ratio: int


def upload_limits() -> UploadLimits:
    """The limits in force (``NEWSDESK_IMPORT_UPLOAD_*``, ``NEWSDESK_IMPORT_ZIP_MAX_RATIO``)."""
    return UploadLimits(
        max_files=settings.NEWSDESK_IMPORT_UPLOAD_MAX_FILES,
        max_total_bytes=settings.NEWSDESK_IMPORT_UPLOAD_MAX_BYTES,
        max_file_bytes=settings.NEWSDESK_IMPORT_UPLOAD_MAX_FILE_BYTES,
        max_ratio=settings.NEWSDESK_IMPORT_ZIP_MAX_RATIO,
    )


@dataclass(frozen=True)
class Upload:
    """One uploaded file: its name as sent, its bytes (seekable) and their number."""

    name: str
    file: BinaryIO
    size: int

    @property
    def is_zip(self) -> bool:
        return self.name.lower().endswith(".zip")


@dataclass(frozen=True)
class StoredUpload:
    folder: Path
    files: list[str]  # relative paths, in the order written


class UploadRefused(Exception):
    """The upload cannot be imported; ``problems`` says why, one sentence each."""

    def __init__(self, problems: Sequence[str]):
        problems = list(problems)
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS] + [_("… and %(n)s more problems.") % {"n": more}]
        self.problems = problems
        super().__init__(" ".join(problems))


def upload_default_source(uploads: Sequence[Upload]) -> str:
    """The source of an upload nobody named: a single archive's name, else ``upload``."""
    if len(uploads) == 1 and uploads[0].is_zip:
        stem = uploads[0].name[: -len(".zip")].strip()
        if stem and not _CONTROL.search(stem):
            return stem
    return "upload"


@dataclass(frozen=True)
class _Planned:
    """A file to write: where, how many bytes it claims, and where they come from."""

    relative_path: str
    declared: int
    upload: Upload
    member: zipfile.ZipInfo | None = None
    archive: zipfile.ZipFile | None = None


def upload_store(*, uploads: Sequence[Upload], root: Path, limits: UploadLimits) -> StoredUpload:
    """Store ``uploads`` (archives unpacked) in a new folder under ``root``.

    Returns the folder and the relative paths written. Raises
    :class:`UploadRefused` with every problem found; then nothing is left
    under ``root`` (a hidden work folder is removed whatever went wrong).
    """
    if not uploads:
        raise UploadRefused([_("Choose at least one file to import.")])
    root = Path(os.path.abspath(root))
    problems: list[str] = []
    archives: list[zipfile.ZipFile] = []
    try:
        planned = list(_plan(uploads, limits, problems, archives))
        problems.extend(_check_plan(planned, limits))
        if problems:
            raise UploadRefused(problems)
        root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".incoming-", dir=root))
        try:
            _write(planned, work, limits)
            folder = root / f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"
            os.rename(work, folder)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    finally:
        for archive in archives:
            archive.close()
    return StoredUpload(folder=folder, files=[p.relative_path for p in planned])


def _plan(uploads, limits: UploadLimits, problems: list[str], archives: list) -> Iterator[_Planned]:
    for upload in uploads:
        if not upload.is_zip:
            name = _safe_path(upload.name, where=upload.name, problems=problems)
            if name is not None:
                yield _Planned(name, upload.size, upload)
            continue
        if upload.size > limits.max_total_bytes:
            problems.append(_("%(name)s is larger than an upload may be (%(limit)s).")
                            % {"name": upload.name, "limit": _size(limits.max_total_bytes)})
            continue
        try:
            upload.file.seek(0)
            archive = zipfile.ZipFile(upload.file)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            problems.append(_("%(name)s is not a readable ZIP archive.") % {"name": upload.name})
            continue
        archives.append(archive)
        yield from _plan_archive(upload, archive, problems)


def _plan_archive(upload: Upload, archive: zipfile.ZipFile, problems: list[str]) -> Iterator[_Planned]:
    for member in archive.infolist():
        where = f"{upload.name}: {member.filename}"
        name = _safe_path(member.filename, where=where, problems=problems)
        if name is None:
            continue
        parts = name.split("/")
        if parts[0] in JUNK_FOLDERS or parts[-1] in JUNK_FILES:
            continue
        mode = member.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if stat.S_ISLNK(mode):
            problems.append(_("%(where)s is a symbolic link; archives with links are refused.") % {"where": where})
            continue
        if kind and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            problems.append(_("%(where)s is not a regular file.") % {"where": where})
            continue
        if member.is_dir() or stat.S_ISDIR(mode):
            continue
        if member.flag_bits & 0x1:
            problems.append(_("%(where)s is encrypted; upload it unencrypted.") % {"where": where})
            continue
        yield _Planned(name, member.file_size, upload, member, archive)


def _safe_path(raw: str, *, where: str, problems: list[str]) -> str | None:
    """``raw`` as a clean relative path, or None with the reason added to ``problems``."""
    name = raw.replace("\\", "/")
    if _CONTROL.search(name):
        problems.append(_("%(where)s: the name holds control characters.") % {"where": where.replace("\x00", "")})
        return None
    if name.startswith("/") or _DRIVE.match(name):
        problems.append(_("%(where)s: absolute paths are refused.") % {"where": where})
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        problems.append(_("%(where)s: a path leading out of the folder (..) is refused.") % {"where": where})
        return None
    if not parts:
        problems.append(_("%(where)s: the name is empty.") % {"where": where})
        return None
    if any(len(part.encode("utf-8", "surrogateescape")) > 255 for part in parts):
        problems.append(_("%(where)s: a name in the path is too long.") % {"where": where})
        return None
    return "/".join(parts)


def _check_plan(planned: list[_Planned], limits: UploadLimits) -> list[str]:
    problems = []
    if len(planned) > limits.max_files:
        problems.append(_("The upload holds %(n)s files; at most %(limit)s are allowed at once.")
                        % {"n": len(planned), "limit": limits.max_files})
    total = 0
    seen: dict[str, _Planned] = {}
    for item in planned:
        where = _where(item)
        total += item.declared
        if item.declared > limits.max_file_bytes:
            problems.append(_("%(where)s is larger than a file may be (%(limit)s).")
                            % {"where": where, "limit": _size(limits.max_file_bytes)})
        member = item.member
        if (member is not None and member.file_size >= RATIO_FROM_BYTES
                and member.file_size > limits.max_ratio * max(member.compress_size, 1)):
            problems.append(_("%(where)s unpacks to over %(ratio)s times its packed size (a zip bomb?).")
                            % {"where": where, "ratio": limits.max_ratio})
        if item.relative_path in seen:
            problems.append(_("%(where)s: the name %(name)s is used twice.")
                            % {"where": where, "name": item.relative_path})
        seen.setdefault(item.relative_path, item)
    if total > limits.max_total_bytes:
        problems.append(_("The files come to %(total)s unpacked; at most %(limit)s are allowed at once.")
                        % {"total": _size(total), "limit": _size(limits.max_total_bytes)})
    folders = {"/".join(p.split("/")[:i]) for p in seen for i in range(1, p.count("/") + 1)}
    for name in sorted(folders & seen.keys()):
        problems.append(_("%(name)s is both a file and a folder in the upload.") % {"name": name})
    return problems


def _where(item: _Planned) -> str:
    if item.member is None:
        return item.upload.name
    return f"{item.upload.name}: {item.member.filename}"


class _Budget:
    """Bytes all files may still take, counted as they are written (headers can lie)."""

    def __init__(self, limit: int):
        self.limit = self.left = limit

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise UploadRefused([_("The files come to more than the %(limit)s allowed at once.")
                                 % {"limit": _size(self.limit)}])


def _write(planned: list[_Planned], work: Path, limits: UploadLimits) -> None:
    budget = _Budget(limits.max_total_bytes)
    for item in planned:
        target = work.joinpath(*item.relative_path.split("/"))
        # Names are checked already; this guards the guard.
        if os.path.commonpath([work, os.path.abspath(target)]) != str(work):
            raise UploadRefused(
                [_("%(where)s: a path leading out of the folder is refused.") % {"where": _where(item)}]
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            if item.member is None:
                item.upload.file.seek(0)
                written = _copy(item.upload.file, target, allowed=limits.max_file_bytes, budget=budget)
            else:
                with item.archive.open(item.member) as source:
                    written = _copy(source, target, allowed=min(item.declared, limits.max_file_bytes), budget=budget)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise UploadRefused(
                [_("%(where)s cannot be read: %(error)s") % {"where": _where(item), "error": exc}]
            ) from None
        if written is None and item.member is None:
            raise UploadRefused([_("%(where)s is larger than a file may be (%(limit)s).")
                                 % {"where": _where(item), "limit": _size(limits.max_file_bytes)}])
        if written is None:
            raise UploadRefused([_("%(where)s unpacks to more bytes than it declares; the archive is refused.")
                                 % {"where": _where(item)}])
        if item.member is not None and written != item.declared:
            raise UploadRefused([_("%(where)s unpacks to fewer bytes than it declares; the archive is refused.")
                                 % {"where": _where(item)}])


def _copy(source: BinaryIO, target: Path, *, allowed: int, budget: _Budget) -> int | None:
    """Copy at most ``allowed`` bytes; None if the source holds more."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    written = 0
    with open(os.open(target, flags, 0o640), "wb") as out:
        while chunk := source.read(READ_SIZE):
            written += len(chunk)
            if written > allowed:
                return None
            budget.spend(len(chunk))
            out.write(chunk)
    return written


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return _("%(n)s MB") % {"n": f"{count / (1024 * 1024):.1f}".removesuffix(".0")}
    if count >= 1024:
        return _("%(n)s KB") % {"n": f"{count / 1024:.1f}".removesuffix(".0")}
    return _("%(n)s bytes") % {"n": count}
