"""The admin's import screen: upload or inbox -> queued run -> the real worker imports -> the run page.

Transactional tests: the worker is django-tasks-db's own, run here as
``db_worker --batch`` runs it (tests/corpus/background_support.py).
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from corpus.models import ImportRun, SourceDocument
from editorial.models import Article, Version
from tests.corpus.background_support import PARAGRAPH, drain, write_stories
from tests.factories import UserFactory, editor, reviewer, translator

pytestmark = pytest.mark.django_db(transaction=True)
IMPORT = reverse("admin:corpus_importrun_import")


def story(n: int, variant: str = "admin") -> bytes:
    return ("\n\n".join(PARAGRAPH.format(day=f"day {n} ({variant}, part {p})") for p in range(3)) + "\n").encode()


def text_file(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def zip_file(name: str, members: dict[str, bytes]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path):
    settings.NEWSDESK_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    settings.NEWSDESK_IMPORT_CHUNK_FILES = 2
    return settings.NEWSDESK_IMPORT_UPLOAD_DIR


@pytest.fixture
def editor_client(client):
    client.force_login(editor(username="erika"))
    return client


def run_page(client, run) -> str:
    return client.get(reverse("admin:corpus_importrun_change", args=[run.pk])).content.decode()


def progress(client, run) -> dict:
    response = client.get(reverse("admin:corpus_importrun_progress", args=[run.pk]))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    return response.json()


def test_an_editor_uploads_files_and_a_zip_and_the_worker_imports_them(editor_client, upload_dir):
    response = editor_client.post(IMPORT, {
        "action": "upload",
        "files": [text_file("one.txt", story(1)), text_file("empty.txt", b"\0\0\0\0binary"),
                  zip_file("batch.zip", {"world/two.txt": story(2), "world/three.txt": story(3)})],
        "source": "",
    })
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("admin:corpus_importrun_change",
                                                                            args=[run.pk])
    assert (run.status, run.total_files, run.started_by.username) == (ImportRun.Status.QUEUED, 4, "erika")
    assert run.arguments["source"] == "upload" and run.arguments["origin"] == {
        "kind": "upload", "files": ["one.txt", "empty.txt", "batch.zip"]}
    folder = upload_dir / run.arguments["paths"][0].rsplit("/", 1)[-1]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt")) == [
        "empty.txt", "one.txt", "world/three.txt", "world/two.txt"]
    assert not SourceDocument.objects.exists(), "only queued: a worker imports"

    queued = progress(editor_client, run)
    assert (queued["active"], queued["done"], queued["total"], queued["can_cancel"]) == (True, 0, 4, True)
    page = run_page(editor_client, run)
    assert "0 of 4 files done" in page and 'http-equiv="refresh"' in page and "import_progress.js" in page

    drain(max_tasks=1)
    partial = progress(editor_client, run)
    assert (partial["active"], partial["done"], partial["status"]) == (True, 2, "running")

    drain()
    run.refresh_from_db()
    assert run.status == ImportRun.Status.FINISHED_WITH_ERRORS
    assert run.counts == {"new": 3, "failed": 1}
    assert sorted(SourceDocument.objects.values_list("source_name", flat=True)) == [
        "upload:one.txt", "upload:world/three.txt", "upload:world/two.txt"]
    done = progress(editor_client, run)
    assert (done["active"], done["done"], done["counts"]["new"], done["counts"]["failed"]) == (False, 4, 3, 1)
    assert [f["file"] for f in done["failures"]] == ["empty.txt"], "shown relative to the upload's folder"
    assert not done["can_cancel"] and not done["can_resume"]

    page = run_page(editor_client, run)
    assert "4 of 4 files done" in page and 'http-equiv="refresh"' not in page and "import_progress.js" not in page
    assert "Started by erika" in page and "3 new drafts" in page and "empty.txt" in page
    for version in Version.objects.all():
        assert reverse("admin:editorial_article_change", args=[version.edition.article_id]) in page
        assert version.title in page


def test_uploading_the_same_zip_again_changes_nothing_and_a_changed_file_is_a_new_draft(editor_client):
    def upload(members):
        editor_client.post(IMPORT, {"action": "upload", "files": [zip_file("agence.zip", members)], "source": ""})
        drain()
        return ImportRun.objects.order_by("-pk").first()

    first = upload({"a.txt": story(1), "b.txt": story(2)})
    assert first.arguments["source"] == "agence" and first.counts == {"new": 2}
    assert upload({"a.txt": story(1), "b.txt": story(2)}).counts == {"unchanged": 2}
    again = upload({"a.txt": story(1, "changed"), "b.txt": story(2)})
    assert again.counts == {"updated": 1, "unchanged": 1}
    assert Article.objects.count() == 2
    assert "1 new draft" in run_page(editor_client, again)


@pytest.mark.parametrize("members", [
    {"../escape.txt": b"x"},
    {"/etc/cron.d/evil": b"x"},
    {"C:\\Windows\\evil.txt": b"x"},
])
def test_a_malicious_zip_gives_a_form_error_and_writes_nothing(editor_client, upload_dir, members):
    response = editor_client.post(IMPORT, {"action": "upload",
                                           "files": [zip_file("evil.zip", {"fine.txt": story(1), **members})]})
    page = response.content.decode()
    assert response.status_code == 200 and 'class="errornote"' in page and "Nothing was imported" in page
    assert "evil.zip" in page
    assert not ImportRun.objects.exists()
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_an_upload_over_the_limits_is_refused(editor_client, settings, upload_dir):
    settings.NEWSDESK_IMPORT_UPLOAD_MAX_FILES = 2
    response = editor_client.post(IMPORT, {"action": "upload", "files": [
        text_file(f"{n}.txt", story(n)) for n in range(3)]})
    assert "The upload holds 3 files; at most 2 are allowed at once." in response.content.decode()
    settings.NEWSDESK_IMPORT_UPLOAD_MAX_FILE_BYTES = 100
    response = editor_client.post(IMPORT, {"action": "upload", "files": [text_file("big.txt", story(1))]})
    assert "big.txt is larger than a file may be (100 bytes)." in response.content.decode()
    assert not ImportRun.objects.exists() and (not upload_dir.exists() or not any(upload_dir.iterdir()))


def test_a_bad_source_name_or_no_file_is_a_form_error(editor_client):
    response = editor_client.post(IMPORT, {"action": "upload", "files": [text_file("a.txt", story(1))],
                                           "source": "x" * 1001})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    response = editor_client.post(IMPORT, {"action": "upload", "source": "feed"})
    assert "This field is required." in response.content.decode()
    assert not ImportRun.objects.exists()


@pytest.fixture
def inboxes(settings, tmp_path):
    write_stories(tmp_path / "agency", 3, "inbox")
    (tmp_path / "agency" / "notes.md").write_text("# not selected by *.txt\n", encoding="utf-8")
    (tmp_path / "not-a-folder").write_text("x", encoding="utf-8")
    settings.NEWSDESK_IMPORT_INBOXES = {
        "agency": str(tmp_path / "agency"),
        "gone": str(tmp_path / "gone"),
        "file": str(tmp_path / "not-a-folder"),
    }
    return tmp_path


def test_an_editor_imports_an_inbox_as_the_command_line_would(editor_client, inboxes):
    page = editor_client.get(IMPORT).content.decode()
    assert f"agency ({inboxes / 'agency'})" in page and 'type="file"' in page
    response = editor_client.post(IMPORT, {"action": "inbox", "inbox": "agency", "glob": "*.txt", "source": ""})
    run = ImportRun.objects.get()
    assert response.status_code == 302 and run.total_files == 3
    assert run.arguments["origin"] == {"kind": "inbox", "inbox": "agency"}
    drain()
    run.refresh_from_db()
    assert run.counts == {"new": 3}
    # Same identities as `import_seeds FOLDER`: the folder's absolute path is the source.
    assert set(SourceDocument.objects.values_list("source", flat=True)) == {str(inboxes / "agency")}
    assert "Inbox folder: agency" in run_page(editor_client, run)


@pytest.mark.parametrize("value", ["/etc", "../agency", "agency/..", "elsewhere", ""])
def test_a_path_or_name_outside_the_configured_inboxes_is_refused(editor_client, inboxes, value):
    response = editor_client.post(IMPORT, {"action": "inbox", "inbox": value, "glob": "*", "source": ""})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize(("name", "reason"), [("gone", "does not exist on the server"), ("file", "is not a folder")])
def test_a_configured_inbox_that_cannot_be_read_says_so(editor_client, inboxes, name, reason):
    response = editor_client.post(IMPORT, {"action": "inbox", "inbox": name, "glob": "*.txt", "source": ""})
    page = response.content.decode()
    assert response.status_code == 200 and reason in page and 'class="errornote"' in page
    assert not ImportRun.objects.exists()


def test_without_inboxes_the_screen_says_how_to_configure_them(editor_client, settings):
    settings.NEWSDESK_IMPORT_INBOXES = {}
    page = editor_client.get(IMPORT).content.decode()
    assert "NEWSDESK_IMPORT_INBOXES" in page and 'name="inbox"' not in page


def test_cancel_and_resume_buttons_call_the_services(editor_client, settings):
    settings.NEWSDESK_IMPORT_CHUNK_FILES = 1
    editor_client.post(IMPORT, {"action": "upload", "files": [text_file(f"{n}.txt", story(n)) for n in range(3)]})
    run = ImportRun.objects.get()
    cancel = reverse("admin:corpus_importrun_cancel", args=[run.pk])
    resume = reverse("admin:corpus_importrun_resume", args=[run.pk])
    assert editor_client.get(cancel).status_code == 405
    page = run_page(editor_client, run)
    assert f'action="{cancel}"' in page

    drain(max_tasks=1)
    response = editor_client.post(cancel, follow=True)
    assert f"Import run #{run.pk} is cancelled." in response.content.decode()
    drain()
    run.refresh_from_db()
    assert (run.status, run.done_files) == (ImportRun.Status.CANCELLED, 1)
    assert progress(editor_client, run)["can_resume"]

    # Refused by the service: shown as a message, never a 500.
    response = editor_client.post(cancel, follow=True)
    assert response.status_code == 200 and "already cancelled" in response.content.decode()

    response = editor_client.post(resume, follow=True)
    assert f"Import run #{run.pk} is queued again." in response.content.decode()
    drain()
    run.refresh_from_db()
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.FINISHED, 3, {"new": 3})
    response = editor_client.post(resume, follow=True)
    assert "Only an interrupted or cancelled import can be resumed." in response.content.decode()


@pytest.mark.parametrize("make", [translator, reviewer])
def test_translators_and_reviewers_may_watch_runs_but_not_start_or_change_them(client, editor_client, make):
    editor_client.post(IMPORT, {"action": "upload", "files": [text_file("a.txt", story(1))]})
    run = ImportRun.objects.get()
    client.force_login(make())
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"action": "upload", "files": [text_file("b.txt", story(2))]}).status_code == 403
    assert client.post(reverse("admin:corpus_importrun_cancel", args=[run.pk])).status_code == 403
    assert client.post(reverse("admin:corpus_importrun_resume", args=[run.pk])).status_code == 403
    assert ImportRun.objects.count() == 1 and ImportRun.objects.get().cancelled_at is None
    # Watching is allowed (every role views import runs), without the buttons or the link.
    assert progress(client, run)["total"] == 1
    page = run_page(client, run)
    assert "Progress" in page and "Cancel import" not in page
    listing = client.get(reverse("admin:corpus_importrun_changelist")).content.decode()
    assert IMPORT not in listing
    articles = client.get(reverse("admin:editorial_article_changelist")).content.decode()
    assert IMPORT not in articles


def test_editors_find_the_import_screen_from_the_runs_and_the_article_list(editor_client):
    for url in ("admin:corpus_importrun_changelist", "admin:editorial_article_changelist"):
        page = editor_client.get(reverse(url)).content.decode()
        assert f'href="{IMPORT}"' in page and "Import files" in page
    assert editor_client.get(IMPORT).status_code == 200


def test_anonymous_and_staff_without_roles_are_kept_out(client):
    run = ImportRun.objects.create(background=True, status=ImportRun.Status.QUEUED)
    assert client.get(IMPORT).status_code == 302
    assert client.get(reverse("admin:corpus_importrun_progress", args=[run.pk])).status_code == 302
    client.force_login(UserFactory(username="intern"))
    assert client.get(IMPORT).status_code == 403
    assert client.get(reverse("admin:corpus_importrun_progress", args=[run.pk])).status_code == 403
    assert client.get(reverse("admin:corpus_importrun_progress", args=[10**9])).status_code == 403


@pytest.mark.parametrize(("language", "words"), [("de", ["Dateien hochladen", "Einen Eingangsordner"]),
                                                 ("fr", ["Téléverser des fichiers", "Importer un dossier"])])
def test_the_import_screen_speaks_the_editors_language(editor_client, language, words):
    page = editor_client.get(IMPORT, headers={"accept-language": language}).content.decode()
    assert all(word in page for word in words)


def test_the_article_list_keeps_its_import_export_buttons_beside_import_files(client):
    client.force_login(UserFactory(username="boss", is_superuser=True))
    page = client.get(reverse("admin:editorial_article_changelist")).content.decode()
    for url in (IMPORT, reverse("admin:editorial_article_import"), reverse("admin:editorial_article_export"),
                reverse("admin:editorial_article_add")):
        assert re.search(rf"""href=["']{re.escape(url)}""", page), url
