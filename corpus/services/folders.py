"""Server folders an import may start from in the admin, and queueing one.

The admin never takes a path typed by a user: it offers the inbox folders
named in ``NEWSDESK_IMPORT_INBOXES`` (by name), and the folders its own
uploads were stored in (:mod:`corpus.services.uploads`). Either way the
folder is walked and queued exactly as ``import_seeds --background`` does
(:func:`corpus.sources.source_files`, then
:func:`corpus.services.background.import_run_enqueue`), so a file imported
from the admin has the same identity and outcome as from the command line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from corpus.models import ImportRun
from corpus.services.background import import_run_enqueue
from corpus.sources import check_source_name, display_path, source_files

__all__ = ["InboxError", "import_folder_enqueue", "inbox_folder", "inbox_folders"]


class InboxError(Exception):
    """An inbox that is not configured, or whose folder cannot be read."""


def inbox_folders() -> dict[str, Path]:
    """The configured inboxes, name to folder, in the order configured."""
    return {name: Path(folder) for name, folder in getattr(settings, "NEWSDESK_IMPORT_INBOXES", {}).items()}


def inbox_folder(name: str) -> Path:
    """The folder of inbox ``name``, checked readable now.

    Raises :class:`InboxError` for a name that is not configured (whatever
    path it looks like: only names are looked up) and for a configured
    folder that is missing, not a folder, or not readable by the server.
    """
    folders = inbox_folders()
    if name not in folders:
        raise InboxError(_("There is no inbox called %(name)s.") % {"name": name})
    folder = folders[name]
    if not folder.is_absolute():
        raise InboxError(_("Inbox %(name)s is configured with a relative path (%(folder)s); ask an administrator "
                           "to give its absolute path.") % {"name": name, "folder": folder})
    if not folder.exists():
        raise InboxError(_("The folder of inbox %(name)s (%(folder)s) does not exist on the server.")
                         % {"name": name, "folder": folder})
    if not folder.is_dir():
        raise InboxError(_("Inbox %(name)s (%(folder)s) is not a folder.") % {"name": name, "folder": folder})
    try:
        with os.scandir(folder):
            pass
    except OSError as exc:
        raise InboxError(_("The server cannot read the folder of inbox %(name)s (%(folder)s): %(error)s.")
                         % {"name": name, "folder": folder, "error": exc.strerror or exc}) from None
    return folder


def import_folder_enqueue(
    *, folder: Path, glob: str, source: str | None, started_by, origin: dict[str, Any]
) -> ImportRun:
    """Queue a background import of ``folder`` (recursive, files matching ``glob``).

    ``source`` names the files' source (``None``: the folder's absolute
    path, as ``import_seeds FOLDER`` would); ``origin`` is recorded with
    the run's arguments to say where the files came from (an upload, an
    inbox). Raises ValueError for an invalid source name; nothing is read
    here, workers import the files.
    """
    if source is not None:
        check_source_name(source)
    files = list(source_files([folder], glob=glob, source=source))
    arguments = {
        "paths": [display_path(str(folder))],
        "glob": glob,
        "source": source,
        "origin": origin,
    }
    return import_run_enqueue(
        files=files, arguments=arguments, max_bytes=settings.NEWSDESK_MAX_IMPORT_BYTES, started_by=started_by
    )
