"""In a real browser: an editor uploads files, watches the run's progress to the end, opens a new draft.

The worker is the real one: ``manage.py db_worker --batch`` as a process
against the live server's test database (a file on SQLite, see
tests/conftest.py; the test database itself on PostgreSQL), run twice so the
page is seen updating in place half-way and then finishing.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from django.db import connection
from playwright.sync_api import expect

from corpus.models import ImportRun
from editorial.models import Version
from tests.corpus.background_support import PARAGRAPH
from tests.corpus.processes import ROOT, environment
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    host = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{host}/{db['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


def work(max_tasks: int | None = None) -> None:
    """Run the real task worker until the queue is empty (or ``max_tasks`` chunks are done)."""
    args = ["db_worker", "--batch", "--no-startup-delay", "--no-reload"]
    if max_tasks:
        args += ["--max-tasks", str(max_tasks)]
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment(test_database_url()),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def story(n: int) -> bytes:
    return ("\n\n".join(PARAGRAPH.format(day=f"day {n} (browser, part {p})") for p in range(3)) + "\n").encode()


@pytest.fixture
def page(browser):
    """A wide window, closed before the live server stops (the run page keeps polling it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_editor_uploads_watches_the_run_finish_and_opens_a_new_draft(page, live_server, settings, tmp_path,
                                                                      screenshot):
    settings.NEWSDESK_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    settings.NEWSDESK_IMPORT_CHUNK_FILES = 1  # one task per file: progress moves file by file
    (tmp_path / "agency-inbox").mkdir()
    settings.NEWSDESK_IMPORT_INBOXES = {"agency": str(tmp_path / "agency-inbox")}
    files = tmp_path / "to-upload"
    files.mkdir()
    for n in range(3):
        (files / f"story-{n}.txt").write_bytes(story(n))
    (files / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\0\x10JFIF\0" + bytes(range(256)) * 4)
    with zipfile.ZipFile(files / "more.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("regional/story-3.txt", story(3))
        archive.writestr("regional/story-4.txt", story(4))
    UserFactory(username="erika", roles=["Editor"])

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "erika")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")

    page.get_by_role("link", name="Import runs").click()
    page.get_by_role("link", name="Import files").click()
    expect(page.locator("h1")).to_have_text("Import files")
    expect(page.locator("#nd-inbox-form select[name=inbox]")).to_contain_text("agency")
    # A malicious archive first: refused with its reasons, nothing queued or stored.
    with zipfile.ZipFile(tmp_path / "evil.zip", "w") as archive:
        archive.writestr("../../escape.txt", story(9))
        archive.writestr("bomb.txt", b"\0" * (6 * 2**20))
    page.set_input_files("#nd-upload-form input[type=file]", str(tmp_path / "evil.zip"))
    page.get_by_role("button", name="Upload and import").click()
    expect(page.locator(".errornote")).to_contain_text("evil.zip: ../../escape.txt: a path leading out of the folder")
    expect(page.locator(".errornote")).to_contain_text("evil.zip: bomb.txt is larger than a file may be (5 MB).")
    screenshot(page, "corpus-import-refused")
    assert not ImportRun.objects.exists() and not any((tmp_path / "uploads").glob("*"))

    page.set_input_files("#nd-upload-form input[type=file]",
                         [str(files / name) for name in ("story-0.txt", "story-1.txt", "story-2.txt", "photo.jpg",
                                                         "more.zip")])
    page.fill("#nd-upload-form input[name=source]", "agence")
    screenshot(page, "corpus-import-screen")
    page.get_by_role("button", name="Upload and import").click()

    run = ImportRun.objects.get()
    panel = page.locator("#nd-import-progress")
    expect(page.locator(".messagelist")).to_contain_text(f"Import run #{run.pk} is queued: 6 files.")
    expect(panel.locator("[data-field=status]")).to_have_text("Queued")
    expect(panel.locator("[data-field=done_text]")).to_have_text("0 of 6 files done")
    expect(panel).to_contain_text("Started by erika")
    expect(panel.get_by_role("button", name="Cancel import")).to_be_visible()
    screenshot(page, "corpus-import-run-queued")

    # Half the chunks: the page updates itself, without reloading.
    page.evaluate("window.ndSamePage = true")
    work(max_tasks=3)
    expect(panel.locator("[data-field=done_text]")).to_have_text("3 of 6 files done", timeout=15_000)
    expect(panel.locator("[data-field=status]")).to_have_text("Running")
    # Files go in name order: photo.jpg first, refused with its reason while the run goes on.
    expect(panel.locator("[data-count=new]")).to_have_text("2")
    expect(panel.locator("[data-count=failed]")).to_have_text("1")
    expect(panel.locator("[data-field=failures]")).to_contain_text("photo.jpg")
    assert page.evaluate("window.ndSamePage") is True
    screenshot(page, "corpus-import-run-progress")

    # The rest: the run finishes, the page shows the new drafts and why one file failed.
    work()
    expect(panel.locator("[data-field=status]")).to_have_text("Finished with errors", timeout=15_000)
    expect(panel.locator("[data-field=done_text]")).to_have_text("6 of 6 files done")
    expect(panel.locator("[data-count=new]")).to_have_text("5")
    expect(panel.locator("[data-count=failed]")).to_have_text("1")
    expect(panel.locator("[data-field=failures]")).to_contain_text("photo.jpg")
    expect(panel.get_by_role("heading", name="5 new drafts")).to_be_visible()
    expect(panel.get_by_role("button", name="Cancel import")).to_be_hidden()
    screenshot(page, "corpus-import-run-finished")
    page.get_by_role("link", name="Import runs").first.click()
    expect(page.locator("#result_list")).to_contain_text("6 / 6")
    expect(page.get_by_role("link", name="Import files")).to_be_visible()
    screenshot(page, "corpus-import-runs-list", full_page=False)
    page.go_back()

    version = Version.objects.get(source_document__relative_path="regional/story-4.txt")
    panel.get_by_role("link", name=version.title).click()
    expect(page.locator("#content")).to_contain_text(version.title)
    expect(page).to_have_url(f"{live_server.url}/admin/editorial/article/{version.edition.article_id}/change/")
    screenshot(page, "corpus-import-new-draft", full_page=False)
