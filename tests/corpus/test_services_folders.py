"""corpus.services.folders: inboxes only by configured name, queued like import_seeds --background."""

from __future__ import annotations

import os

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.base import inboxes_from_env
from corpus.models import ImportRun
from corpus.services import folders, source_files
from corpus.services.folders import InboxError, import_folder_enqueue, inbox_folder, inbox_folders
from tests.corpus.background_support import drain, write_stories
from tests.factories import editor

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def inboxes(settings, tmp_path):
    write_stories(tmp_path / "wire", 3, "folders")
    settings.NEWSDESK_IMPORT_INBOXES = {"wire": str(tmp_path / "wire"), "relative": "inbox/wire",
                                        "gone": str(tmp_path / "gone")}
    return tmp_path


def test_inboxes_are_looked_up_by_name_only(inboxes):
    assert list(inbox_folders()) == ["wire", "relative", "gone"]
    assert inbox_folder("wire") == inboxes / "wire"
    for tampered in (str(inboxes / "wire"), "/etc", "../wire", "wire/..", "WIRE", ""):
        with pytest.raises(InboxError, match="There is no inbox called"):
            inbox_folder(tampered)


def test_inboxes_that_cannot_be_used_say_why(inboxes, monkeypatch):
    with pytest.raises(InboxError, match="relative path"):
        inbox_folder("relative")
    with pytest.raises(InboxError, match="does not exist on the server"):
        inbox_folder("gone")

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(folders.os, "scandir", denied)
    with pytest.raises(InboxError, match="cannot read the folder of inbox wire .*Permission denied"):
        inbox_folder("wire")


def test_a_folder_is_queued_with_the_identities_import_seeds_gives_it(inboxes):
    user = editor()
    run = import_folder_enqueue(folder=inboxes / "wire", glob="*.txt", source=None, started_by=user,
                                origin={"kind": "inbox", "inbox": "wire"})
    expected = [f.name for f in source_files([inboxes / "wire"], glob="*.txt")]
    assert [entry["name"] for chunk in run.chunks.all() for entry in chunk.files] == expected
    assert (run.status, run.started_by, run.total_files) == (ImportRun.Status.QUEUED, user, 3)
    assert run.arguments["paths"] == [os.fspath(inboxes / "wire")]
    drain()
    run.refresh_from_db()
    assert run.counts == {"new": 3}


def test_an_invalid_source_name_queues_nothing(inboxes):
    with pytest.raises(ValueError):
        import_folder_enqueue(folder=inboxes / "wire", glob="*", source=" padded ", started_by=None, origin={})
    assert not ImportRun.objects.exists()


def test_inboxes_come_from_the_environment_as_name_equals_folder():
    assert inboxes_from_env("") == {}
    assert inboxes_from_env("wire=/srv/wire, agency = /srv/in box/agency ,") == {
        "wire": "/srv/wire", "agency": "/srv/in box/agency"}
    for bad in ("/srv/wire", "=/srv/wire", "wire="):
        with pytest.raises(ImproperlyConfigured, match="name=/folder"):
            inboxes_from_env(bad)
