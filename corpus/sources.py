"""Where files come from: source identity, folder walking, safe reading.

No Django here: this module only looks at the file system, so it can be
tested without a database and reused by the benchmark.

**Identity.** A file's identity is its *source* plus its path relative to
that source, joined into one key ``"<source>:<relative/path>"``
(:func:`identity_key`). Only the same key is ever an update of the same
article. The source is ``--source NAME`` when given; otherwise the resolved
absolute path of the folder the file was found in (for a file given
directly: its own folder). The absolute path is chosen over the bare folder
name because it is stable however the folder is spelled on the command line
(``seeds``, ``./seeds/``, ``/srv/newsdesk/seeds``) while two different
folders, both called ``inbox`` and imported on different days, never share
it. A folder that moves gets a new identity (its files then report as
``duplicate`` of their old selves, nothing is mixed up); feeds that move or
arrive in dated folders should be imported with an explicit ``--source``.

**Walking.** Folders are walked iteratively with :func:`os.scandir` (no
recursion limit), in a stable order, following symbolic links to folders
but never into a folder already visited. Anything that cannot be imported is
yielded as a :class:`SourceFile` with a :class:`SourceProblem`, so the
importer reports it per path instead of dropping it.

**Names that are not UTF-8.** POSIX file names are bytes; Python hands
undecodable bytes over as lone surrogates, which neither PostgreSQL nor a
UTF-8 JSON line can hold. :func:`display_path` turns them into a visible,
reversible ``\\xNN`` form (and a literal backslash into ``\\\\``, so the
form is unambiguous); :func:`path_from_display` undoes it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NamedTuple

# Article.source_name (editorial) holds the key and is 500 characters long.
KEY_MAX_LENGTH = 500
SOURCE_MAX_LENGTH = 1000


@dataclass(frozen=True)
class Problem:
    """Why a path found while walking cannot be imported.

    ``status`` is ``"skipped"`` for things that are deliberately not read
    (special files, symbolic link loops, folders already visited) and
    ``"failed"`` for things that should have been readable but were not.
    """

    status: str
    reason: str


class Fingerprint(NamedTuple):
    """What ``stat`` says about a file, to tell it changed without opening it.

    A file whose size, modification time (nanoseconds) and inode are what
    they were when it was last imported is taken as unchanged. Writing a
    file changes its modification time, and replacing it (write to a
    temporary name, then rename: what most tools do) changes its inode. The
    inode is folded into a signed 64-bit number so a database column holds
    any value a file system gives.
    """

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> Fingerprint:
        inode = info.st_ino if info.st_ino < 2**63 else info.st_ino - 2**64
        return cls(info.st_size, info.st_mtime_ns, inode)


@dataclass(frozen=True)
class SourceFile:
    """One path to import, with its identity.

    ``path`` is the real path (possibly with surrogate-escaped bytes) used to
    open the file; ``name`` is the identity key; ``shown`` is ``path`` in the
    display form used in reports. ``fingerprint``, when given, is the file's
    :class:`Fingerprint` taken *before* it is read; the import records it
    with the tracked file, so a watched folder is not read again while it
    stays the same (a change between the stat and the read only makes the
    next look read the file once more).
    """

    path: Path
    name: str
    source: str = ""
    relative_path: str = ""
    problem: Problem | None = None
    fingerprint: Fingerprint | None = None

    @property
    def shown(self) -> str:
        return display_path(str(self.path))


def display_path(name: str) -> str:
    r"""``name`` with undecodable bytes as ``\xNN`` and ``\`` as ``\\``: valid UTF-8, reversible."""
    if "\\" not in name and not _has_surrogates(name):
        return name
    raw = name.encode("utf-8", "surrogateescape").replace(b"\\", b"\\\\")
    return raw.decode("utf-8", "backslashreplace")


def path_from_display(shown: str) -> str:
    """Inverse of :func:`display_path` (the surrogate-escaped original)."""
    if "\\" not in shown:
        return shown
    out = bytearray()
    for match in re.finditer(r"\\\\|\\x([0-9a-f]{2})|[^\\]+|\\", shown):
        token = match.group(0)
        if token == "\\\\":
            out += b"\\"
        elif match.group(1):
            out.append(int(match.group(1), 16))
        else:
            out += token.encode("utf-8", "surrogateescape")
    return out.decode("utf-8", "surrogateescape")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def identity_key(source: str, relative_path: str) -> str:
    """The one string that names a file of a source (``Article.source_name``).

    ``%`` and ``:`` in the source are percent-escaped, so the first ``:`` is
    always the separator and two different (source, path) pairs never give
    the same key. Keys longer than the column keep their start and end with a
    hash of the whole, so they stay unique and stable.
    """
    key = f"{source.replace('%', '%25').replace(':', '%3A')}:{relative_path}"
    if len(key) <= KEY_MAX_LENGTH:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{key[:300]}…{key[-(KEY_MAX_LENGTH - 318):]}#{digest}"


def check_source_name(name: str) -> str:
    """Validate a ``--source`` name; raises ValueError with a sentence for the user."""
    if not name or name != name.strip():
        raise ValueError("A source name must not be empty or start or end with spaces.")
    if len(name) > SOURCE_MAX_LENGTH:
        raise ValueError(f"A source name has at most {SOURCE_MAX_LENGTH} characters.")
    if _has_surrogates(name):
        raise ValueError("A source name must be valid text (UTF-8).")
    return name


def folder_source(folder: Path) -> str:
    """The default source of ``folder``: its resolved absolute path, displayable."""
    return display_path(os.path.realpath(folder))


def source_files(
    paths: Iterable[str | Path],
    *,
    glob: str = "*.txt",
    source: str | None = None,
    known_sources: Iterable[str] = (),
) -> Iterator[SourceFile]:
    """Yield every file to import under ``paths``, and every problem, in a stable order.

    Folders are searched recursively for names matching ``glob``; a file
    given directly is taken whatever its name. A path that does not exist or
    cannot be examined is still yielded, with a ``failed`` problem. A file
    given directly belongs to ``source`` if given, else to the nearest of
    ``known_sources`` that is one of its folders (so ``inbox/sub/a.txt`` is
    the same file as when ``inbox`` was imported), else to its own folder.
    """
    known = sorted((s for s in known_sources if s.startswith("/")), key=len, reverse=True)
    for raw in paths:
        path = Path(raw)
        try:
            info = os.stat(path)
        except OSError as exc:
            yield _given_file(path, source, known, Problem("failed", _stat_error(path, exc)))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, glob=glob, source=source or folder_source(path), root_info=info)
        elif stat.S_ISREG(info.st_mode):
            yield _given_file(path, source, known, None)
        else:
            kind = special_kind(info.st_mode)
            yield _given_file(
                path, source, known, Problem("failed", f"Refused without reading: not a regular file ({kind}).")
            )


def _given_file(path: Path, source: str | None, known: list[str], problem: Problem | None) -> SourceFile:
    if source is not None:
        return _source_file(path, source, display_path(path.name), problem)
    folder = display_path(os.path.realpath(path.parent))
    for candidate in known:
        if folder == candidate or folder.startswith(candidate.rstrip("/") + "/"):
            relative = folder[len(candidate.rstrip("/")) + 1 :]
            relative_path = f"{relative}/{display_path(path.name)}" if relative else display_path(path.name)
            return _source_file(path, candidate, relative_path, problem)
    return _source_file(path, folder, display_path(path.name), problem)


def _source_file(path: Path, source: str, relative_path: str, problem: Problem | None) -> SourceFile:
    return SourceFile(
        path=path,
        name=identity_key(source, relative_path),
        source=source,
        relative_path=relative_path,
        problem=problem,
    )


def _walk(root: Path, *, glob: str, source: str, root_info: os.stat_result) -> Iterator[SourceFile]:
    """Depth-first, names sorted in each folder: the order ``sorted(rglob())`` gave."""
    visited = {(root_info.st_dev, root_info.st_ino)}
    stack: list[tuple[Iterator[os.DirEntry], str]] = []
    entries = _list(root)
    if isinstance(entries, Problem):
        yield _source_file(root, source, ".", entries)
        return
    stack.append((entries, ""))
    while stack:
        entries, prefix = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        relative_path = prefix + display_path(entry.name)
        try:
            info = os.stat(entry.path)
        except OSError as exc:
            # A link that cannot be followed may have been a folder: report it
            # whatever its name; other unreadable entries only when selected.
            if entry.is_symlink() or _selected(relative_path, glob):
                yield _source_file(Path(entry.path), source, relative_path, _link_problem(entry, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            if (info.st_dev, info.st_ino) in visited:
                yield _source_file(
                    Path(entry.path), source, relative_path,
                    Problem("skipped", "Folder already visited (symbolic link loop or second link to it)."),
                )
                continue
            visited.add((info.st_dev, info.st_ino))
            children = _list(Path(entry.path))
            if isinstance(children, Problem):
                yield _source_file(Path(entry.path), source, relative_path, children)
            else:
                stack.append((children, relative_path + "/"))
        elif not _selected(relative_path, glob):
            continue
        elif stat.S_ISREG(info.st_mode):
            yield _source_file(Path(entry.path), source, relative_path, None)
        else:
            kind = special_kind(info.st_mode)
            yield _source_file(
                Path(entry.path), source, relative_path,
                Problem("skipped", f"Not a regular file ({kind}); not read."),
            )


def _list(folder: Path) -> Iterator[os.DirEntry] | Problem:
    try:
        with os.scandir(folder) as scan:
            return iter(sorted(scan, key=lambda e: e.name))
    except OSError as exc:
        return Problem("failed", f"Cannot read folder: {exc.strerror or exc.__class__.__name__}.")


def _selected(relative_path: str, glob: str) -> bool:
    return PurePosixPath(relative_path).match(glob)


def _link_problem(entry: os.DirEntry, exc: OSError) -> Problem:
    if exc.errno == errno.ELOOP:
        return Problem("skipped", "Symbolic link loop; not followed.")
    if exc.errno == errno.ENOENT and entry.is_symlink():
        return Problem("failed", "Broken symbolic link: its target does not exist.")
    return Problem("failed", f"Cannot read file: {exc.strerror or exc.__class__.__name__}.")


def _stat_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "Cannot read file: symbolic link loop."
    return f"Cannot read file: {exc.strerror or exc.__class__.__name__}."


def special_kind(mode: int) -> str:
    """A name for a file that is not a regular file or folder."""
    for test, name in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISLNK, "symbolic link"),
    ):
        if test(mode):
            return name
    return "special file"


class NotRegularFile(OSError):
    """The path turned out not to be a regular file when opened."""


class TooLarge(OSError):
    """The file is larger than allowed (found while reading: it grew)."""


def read_source(path: Path, *, max_bytes: int, check_size) -> bytes:
    """Read a regular file, never blocking on a FIFO or reading a device.

    Opened with ``O_NONBLOCK`` and checked with ``fstat`` on the open
    descriptor, so a path swapped for a FIFO or device after the walk is
    still refused without reading. ``check_size(size, max_bytes=...)`` refuses
    an oversized file before any byte is read; at most ``max_bytes + 1``
    bytes are ever read, so a file that grows meanwhile is refused too.
    Raises :class:`OSError` (including :class:`NotRegularFile` and
    :class:`TooLarge`) or whatever ``check_size`` raises.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb", closefd=True) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(
                errno.EINVAL, f"Refused without reading: not a regular file ({special_kind(info.st_mode)})"
            )
        check_size(info.st_size, max_bytes=max_bytes)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        check_size(len(data), max_bytes=max_bytes)
        raise TooLarge(errno.EFBIG, f"The file grew beyond {max_bytes} bytes while being read")
    return data
