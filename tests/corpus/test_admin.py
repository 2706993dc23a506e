"""The admin shows what was imported, read-only, to staff only."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from corpus.models import ImportRun, SourceDocument
from corpus.services import import_run_enqueue, source_files
from editorial.models import Article, Version
from tests.conftest import GERMAN_SEED
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def german():
    call_command("import_seeds", str(GERMAN_SEED), stdout=StringIO(), stderr=StringIO())
    return SourceDocument.objects.get()


@pytest.fixture
def admin_client(client):
    user = UserFactory(username="boss", is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def test_source_document_page_shows_raw_cleaned_and_removals(admin_client, german):
    url = reverse("admin:corpus_sourcedocument_change", args=[german.pk])
    page = admin_client.get(url).content.decode()
    assert "author_bio" in page and "teaser_block" in page
    assert "Solkin" in page and "Sorkin" in page
    assert "Als Gewinner des Qingyun-Plans" in page  # raw side keeps it
    assert 'name="_save"' not in page  # read-only: no save button


def test_source_documents_cannot_be_changed_or_deleted(admin_client, german):
    change = reverse("admin:corpus_sourcedocument_change", args=[german.pk])
    response = admin_client.post(change, {"source_name": "hacked"})
    assert response.status_code == 403
    delete = reverse("admin:corpus_sourcedocument_delete", args=[german.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    german.refresh_from_db()
    assert german.relative_path == GERMAN_SEED.name
    assert german.source_name == f"{GERMAN_SEED.parent}:{GERMAN_SEED.name}"


def test_lists_render_with_titles(admin_client, german):
    assert admin_client.get(reverse("admin:corpus_sourcedocument_changelist")).status_code == 200
    version = Version.objects.get()
    page = admin_client.get(reverse("admin:editorial_article_changelist")).content.decode()
    assert version.title in page
    article = Article.objects.get()
    assert admin_client.get(reverse("admin:editorial_article_change", args=[article.pk])).status_code == 200
    assert admin_client.get(reverse("admin:editorial_version_change", args=[version.pk])).status_code == 200
    assert admin_client.get(reverse("admin:corpus_importrun_changelist")).status_code == 200


def test_anonymous_users_are_sent_to_login(client, german):
    response = client.get(reverse("admin:corpus_sourcedocument_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_permission_is_denied(client, german):
    user = UserFactory(username="intern", is_staff=True)
    client.force_login(user)
    url = reverse("admin:corpus_sourcedocument_changelist")
    assert client.get(url).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_sourcedocument"))
    assert client.get(url).status_code == 200


def test_source_identity_is_shown_in_list_and_detail(admin_client, german):
    listing = admin_client.get(reverse("admin:corpus_sourcedocument_changelist")).content.decode()
    assert GERMAN_SEED.name in listing and str(GERMAN_SEED.parent) in listing
    detail = admin_client.get(reverse("admin:corpus_sourcedocument_change", args=[german.pk])).content.decode()
    assert german.source_name in detail
    files = admin_client.get(reverse("admin:corpus_trackedfile_changelist")).content.decode()
    assert german.source_name in files


def test_import_run_pages_show_background_progress(admin_client, german, tmp_path):
    (tmp_path / "a.txt").write_text("whatever", encoding="utf-8")
    queued = import_run_enqueue(files=list(source_files([tmp_path])), arguments={"paths": [str(tmp_path)]})
    page = admin_client.get(reverse("admin:corpus_importrun_change", args=[queued.pk])).content.decode()
    assert "0 / 1" in page and "Queued" in page
    listing = admin_client.get(reverse("admin:corpus_importrun_changelist")).content.decode()
    assert "0 / 1" in listing
    foreground = ImportRun.objects.get(background=False)
    assert f"<td class=\"field-progress\">{sum(foreground.counts.values())}</td>" in listing
