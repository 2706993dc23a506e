"""The article desk and its POST actions, through the test client.

Every refusal is a message on the desk (never a 500), and every change is a
service call whose result is visible in the database.
"""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from editorial.choices import EventAction, SuggestionStatus, VersionStatus
from editorial.models import ArticleTag, Edition, Event, Tag, TagSuggestion, Version
from editorial.services import version_create, version_submit

pytestmark = pytest.mark.django_db


def desk_url(article):
    return reverse("admin:editorial_article_change", args=[article.pk])


def act(client, article, **data):
    """POST one desk action, follow to the desk, return the messages shown."""
    response = client.post(reverse("admin:editorial_article_act", args=[article.pk]), data, follow=True)
    assert response.redirect_chain and response.status_code == 200
    return [str(m) for m in response.context["messages"]]


def latest(article) -> Version:
    return Edition.objects.get(pk=article.original_edition_id).latest_version


def test_desk_shows_text_state_corrections_tags_and_history(editor_client, german_article):
    page = editor_client.get(desk_url(german_article)).content.decode()
    assert "Solkin: Was sind Ihre Erwartungen?" in page
    assert "Solkin" in page and "Sorkin" in page and "Apply everywhere" in page
    assert "Andrew Ross Sorkin" in page  # a tag suggestion, with its evidence
    assert "machine-proposed" in page and "Confirm title" in page
    assert "Submit for review" in page and "Approve and publish" not in page
    assert "Imported" in page  # the history


def test_staff_without_a_role_cannot_open_the_desk(nobody_client, german_article):
    assert nobody_client.get(desk_url(german_article)).status_code == 403
    response = nobody_client.post(reverse("admin:editorial_article_act", args=[german_article.pk]),
                                  {"action": "submit", "version": latest(german_article).pk})
    assert response.status_code == 403
    assert latest(german_article).status == VersionStatus.DRAFT


def test_act_needs_post(editor_client, german_article):
    assert editor_client.get(reverse("admin:editorial_article_act", args=[german_article.pk])).status_code == 405


def test_unknown_action_is_a_message(editor_client, german_article):
    assert act(editor_client, german_article, action="explode") == ["Unknown action."]


def test_submit_then_four_eyes_refuses_own_approval_with_a_message(editor_reviewer_client, german_article):
    version = latest(german_article)
    assert "waiting for review" in act(editor_reviewer_client, german_article, action="submit", version=version.pk)[0]
    messages = act(editor_reviewer_client, german_article, action="approve", version=version.pk)
    assert "Four eyes" in messages[0] and "you submitted this version" in messages[0]
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW
    assert Edition.objects.get(pk=german_article.original_edition_id).live_version is None


def test_reviewer_approves_requests_changes_and_rejects(editor_client, reviewer_client, german_article):
    version = latest(german_article)
    act(editor_client, german_article, action="submit", version=version.pk)
    assert "comment is required" in act(reviewer_client, german_article, action="request_changes",
                                        version=version.pk)[0]
    act(reviewer_client, german_article, action="request_changes", version=version.pk, comment="Kürzen")
    version.refresh_from_db()
    assert version.status == VersionStatus.CHANGES_REQUESTED
    act(editor_client, german_article, action="submit", version=version.pk)
    assert "approved and live" in act(reviewer_client, german_article, action="approve", version=version.pk)[0]
    edition = Edition.objects.get(pk=german_article.original_edition_id)
    assert edition.live_version_id == version.pk
    assert list(Edition.objects.published()) == [edition]
    # Withdraw needs a comment, then takes it off the public site.
    assert "comment is required" in act(reviewer_client, german_article, action="withdraw", edition=edition.pk)[0]
    act(reviewer_client, german_article, action="withdraw", edition=edition.pk, comment="Rechtlich prüfen")
    assert not Edition.objects.published().exists()


def test_editor_cannot_decide_even_by_forging_a_post(editor_client, german_article):
    version = latest(german_article)
    act(editor_client, german_article, action="submit", version=version.pk)
    assert "not allowed" in act(editor_client, german_article, action="approve", version=version.pk)[0]
    assert "not allowed" in act(editor_client, german_article, action="withdraw",
                                edition=german_article.original_edition_id, comment="x")[0]
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW


def test_apply_correction_makes_a_new_draft_and_dismiss_records_an_event(editor_client, german_article):
    before = latest(german_article)
    assert "Corrected" in act(editor_client, german_article, action="apply_correction", version=before.pk,
                              original="Solkin", suggestion="Sorkin")[0]
    after = latest(german_article)
    assert after.number == before.number + 1 and "Solkin" not in after.text and "Solkin" in before.text
    assert "Apply everywhere" not in editor_client.get(desk_url(german_article)).content.decode()
    act(editor_client, german_article, action="dismiss_correction", original="Jack", suggestion="Jake")
    assert Event.objects.filter(action=EventAction.CORRECTION_DISMISSED, data__original="Jack").exists()


def test_restore_a_removed_block_from_the_source_screen(editor_client, german_article):
    version = latest(german_article)
    page = editor_client.get(reverse("admin:editorial_article_source", args=[german_article.pk, version.pk]))
    html = page.content.decode()
    assert 'class="nd-removed"' in html and "author_bio" in html and "Restore into a new draft" in html
    document = version.source_document
    index = next(n for n, block in enumerate(document.removed) if block["reason"] == "author_bio")
    act(editor_client, german_article, action="restore", version=version.pk, index=index)
    restored = latest(german_article)
    assert restored.number == version.number + 1
    assert restored.texts[-1].startswith("Als Gewinner des Qingyun-Plans")
    assert "already in the text" in act(editor_client, german_article, action="restore", version=restored.pk,
                                        index=index)[0]
    assert "Choose a removed block" in act(editor_client, german_article, action="restore", version=restored.pk,
                                           index="bad")[0]
    assert "no removed block number" in act(editor_client, german_article, action="restore", version=restored.pk,
                                            index=999)[0]


def test_confirm_proposed_title(editor_client, german_article):
    version = latest(german_article)
    act(editor_client, german_article, action="confirm", version=version.pk, field="title")
    confirmed = latest(german_article)
    assert not confirmed.title_is_proposed and confirmed.title == version.title


def test_tags_accept_and_reject_ticked_then_add_and_remove(editor_client, german_article):
    suggestions = list(TagSuggestion.objects.filter(article=german_article).order_by("pk"))
    first, second = suggestions[0], suggestions[1]
    act(editor_client, german_article, action="tags", decision="accept", suggestion=[first.pk])
    act(editor_client, german_article, action="tags", decision="reject", suggestion=[second.pk])
    first.refresh_from_db(), second.refresh_from_db()
    assert first.status == SuggestionStatus.ACCEPTED and first.decided_by.username == "erika"
    assert second.status == SuggestionStatus.REJECTED
    assert ArticleTag.objects.filter(article=german_article, tag=first.tag).exists()
    assert any("already" in m for m in act(editor_client, german_article, action="tags", decision="accept",
                                           suggestion=[first.pk]))
    assert "Tick at least one" in act(editor_client, german_article, action="tags", decision="accept")[0]
    tag = Tag.objects.create(name="Davos", slug="davos", kind="place")
    act(editor_client, german_article, action="add_tag", tag=tag.pk)
    assert ArticleTag.objects.filter(article=german_article, tag=tag).exists()
    act(editor_client, german_article, action="remove_tag", tag=tag.pk)
    assert not ArticleTag.objects.filter(article=german_article, tag=tag).exists()


def test_schedule_and_language_change(reviewer_client, editor_client, german_article):
    edition_pk = german_article.original_edition_id
    messages = act(reviewer_client, german_article, action="schedule", edition=edition_pk,
                   go_live_at_0="2030-01-02", go_live_at_1="08:00", expire_at_0="2030-01-01", expire_at_1="08:00")
    assert "expiry time must be after" in messages[0]
    act(reviewer_client, german_article, action="schedule", edition=edition_pk,
        go_live_at_0="2030-01-02", go_live_at_1="08:00", expire_at_0="", expire_at_1="")
    assert Edition.objects.get(pk=edition_pk).go_live_at.year == 2030
    assert "not allowed" in act(editor_client, german_article, action="schedule", edition=edition_pk)[0]
    act(editor_client, german_article, action="language", edition=edition_pk, language="de-AT")
    assert Edition.objects.get(pk=edition_pk).language == "de-at"


def test_edit_saves_a_new_draft_and_an_unchanged_form_saves_nothing(editor_client, german_article):
    version = latest(german_article)
    url = reverse("admin:editorial_article_edit", args=[german_article.pk, german_article.original_edition_id])
    form = editor_client.get(url).context["form"]
    data = {**form.initial, "comment": ""}
    response = editor_client.post(url, data)
    assert "Nothing changed" in [str(m) for m in get_messages(response.wsgi_request)][0]
    data["text"] = data["text"].replace("Jack Ma: Das Treffen war produktiv", "Jack Ma: Das Treffen war gut")
    editor_client.post(url, data)
    edited = latest(german_article)
    assert edited.number == version.number + 1 and "Das Treffen war gut" in edited.text
    # Only the edited paragraph changed its text; every id is kept.
    assert edited.paragraph_ids == version.paragraph_ids
    assert edited.title_is_proposed  # the untouched proposed title stays marked


def test_concurrent_edit_keeps_both_texts_and_shows_the_conflict(editor_client, german_article):
    version = latest(german_article)
    url = reverse("admin:editorial_article_edit", args=[german_article.pk, german_article.original_edition_id])
    data = {**editor_client.get(url).context["form"].initial, "comment": ""}
    # Someone else saves first, from the same version.
    theirs = version_create(edition=version.edition, paragraphs=version.texts + ["Ihr Absatz."],
                            title=version.title, based_on=version, author=None)
    data["text"] += "\n\nMein Absatz."
    response = editor_client.post(url, data)
    assert response.status_code == 302 and "/conflict/" in response["Location"]
    mine = latest(german_article)
    assert mine.origin == Version.Origin.CONFLICT and mine.based_on_id == theirs.pk
    assert "Mein Absatz." in mine.text and "Ihr Absatz." not in mine.text
    assert Version.objects.get(pk=theirs.pk).text.endswith("Ihr Absatz.")
    page = editor_client.get(response["Location"]).content.decode()
    assert '<del class="nd-del">Ihr</del>' in page and '<ins class="nd-ins">Mein</ins>' in page
    assert "Merge by hand" in page


def test_compare_defaults_to_live_against_latest_with_word_marks(editor_client, reviewer_client, german_article):
    version = latest(german_article)
    act(editor_client, german_article, action="submit", version=version.pk)
    act(reviewer_client, german_article, action="approve", version=version.pk)
    draft = version_create(edition=version.edition, paragraphs=[t.replace("produktiv", "fruchtbar") for t in version.texts],
                           title=version.title, based_on=version, author=None)
    url = reverse("admin:editorial_article_compare", args=[german_article.pk, version.edition_id])
    response = editor_client.get(url)
    assert response.context["left"] == version and response.context["right"] == draft
    html = response.content.decode()
    assert '<del class="nd-del">produktiv</del>' in html and '<ins class="nd-ins">fruchtbar</ins>' in html
    assert editor_client.get(url + f"?a={draft.pk}&b={draft.pk}").context["left"] == draft


def test_a_version_under_review_shows_decision_buttons_on_compare(editor_client, reviewer_client, german_article):
    version = latest(german_article)
    version_submit(version=version, user=editor_client.user)
    url = reverse("admin:editorial_article_compare", args=[german_article.pk, version.edition_id])
    assert "Approve and publish" in reviewer_client.get(f"{url}?b={version.pk}").content.decode()


def test_compare_can_show_only_the_changed_paragraphs(editor_client, german_article):
    version = latest(german_article)
    texts = version.texts
    draft = version_create(edition=version.edition, paragraphs=[texts[0] + " Ergänzt."] + texts[1:],
                           title=version.title, based_on=version, author=None)
    url = reverse("admin:editorial_article_compare", args=[german_article.pk, version.edition_id])
    full = editor_client.get(f"{url}?a={version.pk}&b={draft.pk}")
    only = editor_client.get(f"{url}?a={version.pk}&b={draft.pk}&changes=1")
    assert len(full.context["rows"]) == len(texts) and full.context["changed_count"] == 1
    assert [row.kind for row in only.context["rows"]] == ["changed"]
