"""One-click fixes: corrections, restoring removed blocks, confirming proposals."""

from __future__ import annotations

import pytest
import regex

from corpus.models import ImportRun, SourceDocument
from corpus.services import import_batch_finish, import_batch_start, ingest_paths
from editorial.choices import EventAction, VersionStatus
from editorial.exceptions import EditorialError, PermissionDenied, StaleVersionError
from editorial.models import Article, Edition, Event, Version
from editorial.services import (
    correction_dismiss,
    version_apply_correction,
    version_confirm_proposed,
    version_create,
    version_restore_removed,
)
from tests.conftest import GERMAN_SEED
from tests.factories import editor, make_edition, publish, reviewer

pytestmark = pytest.mark.django_db


def latest(edition) -> Version:
    return Edition.objects.get(pk=edition.pk).latest_version


# -- apply / dismiss ------------------------------------------------------------


def test_correction_replaces_every_whole_word_occurrence_as_a_new_draft():
    edition = make_edition(
        title="Solkin speaks",
        paragraphs=["Solkin said: yes.", "Ask Solkin, or Solkin's aide. Not Solkinson, not XSolkin.", "Nothing here."],
    )
    base = publish(edition.latest_version)
    user = editor()
    new = version_apply_correction(version=base, user=user, original="Solkin", suggestion="Sorkin")
    assert new.title == "Sorkin speaks"
    assert new.texts == ["Sorkin said: yes.", "Ask Sorkin, or Sorkin's aide. Not Solkinson, not XSolkin.", "Nothing here."]
    assert (new.status, new.based_on, new.number, new.created_by) == (VersionStatus.DRAFT, base, 2, user)
    assert new.paragraph_ids == base.paragraph_ids  # edited in place
    assert Edition.objects.get(pk=edition.pk).live_version_id == base.pk  # a draft, not live
    base.refresh_from_db()
    assert base.texts[0] == "Solkin said: yes."  # the old version is untouched
    event = Event.objects.get(version=new)
    assert event.action == EventAction.CORRECTION_APPLIED
    assert event.data == {"original": "Solkin", "suggestion": "Sorkin", "occurrences": 4}
    assert event.to_state == VersionStatus.DRAFT


@pytest.mark.parametrize(
    ("text", "original", "suggestion", "expected"),
    [
        ("Иванов сказал. Ивановым нет. Иванов!", "Иванов", "Иваненко", "Иваненко сказал. Ивановым нет. Иваненко!"),
        ("Ο Παπάς είπε, Παπάς.", "Παπάς", "Παππάς", "Ο Παππάς είπε, Παππάς."),
        ("قال أحمد. الأحمدي لا.", "أحمد", "محمد", "قال محمد. الأحمدي لا."),
        # Devanagari: the name must not match inside a longer word even
        # though the next character is a combining vowel sign (\p{M}).
        ("राम ने कहा। रामायण पढ़ो। राम।", "राम", "श्याम", "श्याम ने कहा। रामायण पढ़ो। श्याम।"),
        ("Müller sagte, Müllers Frau nicht.", "Müller", "Mueller", "Mueller sagte, Müllers Frau nicht."),
        ("a.b.c (a.b.c) axbxc", "a.b.c", "A.B.C", "A.B.C (A.B.C) axbxc"),  # no regex injection
    ],
)
def test_whole_words_in_any_script(text, original, suggestion, expected):
    edition = make_edition(paragraphs=[text])
    new = version_apply_correction(version=edition.latest_version, user=editor(), original=original, suggestion=suggestion)
    assert new.texts == [expected]


@pytest.mark.parametrize(
    ("text", "original", "suggestion", "expected"),
    [
        # Scripts written without spaces: a name sits between other letters.
        ("习近平主席说，习近平同志。", "习近平", "習近平", "習近平主席说，習近平同志。"),
        ("ソルキン氏は語った。", "ソルキン", "ソーキン", "ソーキン氏は語った。"),
        ("สมชายกล่าวว่า", "สมชาย", "สมศักดิ์", "สมศักดิ์กล่าวว่า"),
        ("Solkin说，我同意。", "Solkin", "Sorkin", "Sorkin说，我同意。"),
    ],
)
def test_scripts_without_spaces_are_corrected_too(text, original, suggestion, expected):
    edition = make_edition(paragraphs=[text])
    new = version_apply_correction(version=edition.latest_version, user=editor(), original=original, suggestion=suggestion)
    assert new.texts == [expected]


@pytest.mark.parametrize(
    ("original", "suggestion", "message"),
    [("Absent", "Present", "no longer occurs"), ("Sol", "Sor", "no longer occurs"), ("", "Sorkin", "needs a text"),
     ("Solkin", "", "needs a text"), ("Solkin", "Solkin", "needs a text")],
)
def test_correction_refusals_write_nothing(original, suggestion, message):
    edition = make_edition(paragraphs=["Solkin spoke."])
    with pytest.raises(EditorialError, match=message):
        version_apply_correction(version=edition.latest_version, user=editor(), original=original, suggestion=suggestion)
    assert Version.objects.filter(edition=edition).count() == 1


def test_correction_on_an_old_version_is_stale():
    edition = make_edition(paragraphs=["Solkin spoke."])
    first = edition.latest_version
    version_create(edition=edition, paragraphs=["Solkin spoke again."], title="T", based_on=first, author=editor())
    with pytest.raises(StaleVersionError):
        version_apply_correction(version=first, user=editor(), original="Solkin", suggestion="Sorkin")


def test_dismiss_records_an_event_and_changes_no_text():
    edition = make_edition(paragraphs=["Solkin spoke."])
    user = editor()
    correction_dismiss(article=edition.article, user=user, original="Solkin", suggestion="Sorkin", comment="Two people.")
    event = Event.objects.get(action=EventAction.CORRECTION_DISMISSED)
    assert (event.actor, event.article, event.edition, event.comment) == (user, edition.article, edition, "Two people.")
    assert event.data == {"original": "Solkin", "suggestion": "Sorkin"}
    assert Version.objects.filter(edition=edition).count() == 1
    with pytest.raises(PermissionDenied):
        correction_dismiss(article=edition.article, user=reviewer(), original="Solkin", suggestion="Sorkin")


def test_the_german_seeds_suggested_corrections_apply(tmp_path):
    """The import's own suggestions (Solkin → Sorkin) leave no whole-word trace."""
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / GERMAN_SEED.name).write_bytes(GERMAN_SEED.read_bytes())
    batch = import_batch_start(arguments={}, dry_run=False, max_bytes=5 * 1024 * 1024)
    list(ingest_paths([folder], glob="*.txt", batch=batch))
    import_batch_finish(batch=batch)
    document = SourceDocument.objects.get()
    assert document.corrections
    version = Version.objects.get(source_document=document)
    for correction in document.corrections:
        version = version_apply_correction(
            version=version, user=editor(), original=correction["original"], suggestion=correction["suggestion"]
        )
        word = regex.compile(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(correction["original"]) + r"(?![\p{L}\p{M}\p{N}])")
        assert not any(word.search(text) for text in [version.title, version.summary, *version.texts])
        assert any(correction["suggestion"] in text for text in version.texts)


# -- restore a removed block ------------------------------------------------------


RAW = (
    "Budget approved\n\n"
    "The council approved the budget on Monday.\n\n"
    "READ MORE: Ten things about budgets\n\n"
    "The mayor said schools come first.\n"
    "Taxes stay as they are.\n\n"
    "Jane Doe covers city hall.\nFollow her on social media.\n"
)
CLEANED = ["The council approved the budget on Monday.", "The mayor said schools come first.", "Taxes stay as they are."]
REMOVED = [
    {"text": "READ MORE: Ten things about budgets", "reason": "teaser_block", "detail": ""},
    {"text": "Jane Doe covers city hall.\nFollow her on social media.", "reason": "author_bio", "detail": ""},
    {"text": "A line that is nowhere in the raw file.", "reason": "prompt_line", "detail": ""},
]


def imported_edition() -> Edition:
    """An article whose first version came from a source document with removals."""
    run = ImportRun.objects.create()
    document = SourceDocument.objects.create(
        import_run=run, source_name="budget.txt", file_name="budget.txt", sha256="0" * 64, size=len(RAW),
        raw=RAW.encode(), encoding="utf-8", language="en", language_confidence=0.99,
        cleaned_paragraphs=CLEANED, report={"removed": REMOVED, "corrections": []}, pipeline_version="test",
    )
    article = Article.objects.create(source_name="budget.txt")
    edition = Edition.objects.create(article=article, language="en")
    Article.objects.filter(pk=article.pk).update(original_edition=edition)
    version_create(edition=edition, paragraphs=CLEANED, title="Budget approved", based_on=None,
                   source_document=document, origin="import")
    return edition


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, [CLEANED[0], "READ MORE: Ten things about budgets", *CLEANED[1:]]),
        (1, [*CLEANED, "Jane Doe covers city hall.", "Follow her on social media."]),
        (2, [*CLEANED, "A line that is nowhere in the raw file."]),  # not located: at the end
    ],
)
def test_restore_puts_the_block_where_it_stood_in_the_raw_file(index, expected):
    edition = imported_edition()
    base = edition.latest_version
    user = editor()
    new = version_restore_removed(version=base, user=user, index=index)
    assert new.texts == expected
    assert (new.based_on, new.status, new.created_by) == (base, VersionStatus.DRAFT, user)
    kept = {p["text"]: p["id"] for p in base.paragraphs}
    assert all(kept[p["text"]] == p["id"] for p in new.paragraphs if p["text"] in kept)
    event = Event.objects.get(version=new)
    assert event.action == EventAction.BLOCK_RESTORED
    assert (event.data["index"], event.data["reason"]) == (index, REMOVED[index]["reason"])


def test_restore_works_from_a_later_version_through_the_based_on_chain():
    edition = imported_edition()
    edited = version_create(edition=edition, paragraphs=[*CLEANED, "An editor's line."], title="T",
                            based_on=edition.latest_version, author=editor())
    new = version_restore_removed(version=edited, user=editor(), index=0)
    assert new.texts[1] == "READ MORE: Ten things about budgets"
    assert new.texts[-1] == "An editor's line."


def test_restoring_a_block_already_in_the_text_is_refused():
    edition = imported_edition()
    restored = version_restore_removed(version=edition.latest_version, user=editor(), index=0)
    with pytest.raises(EditorialError, match="already in the text"):
        version_restore_removed(version=restored, user=editor(), index=0)
    assert Version.objects.filter(edition=edition).count() == 2


@pytest.mark.parametrize("index", [-1, 3, 99])
def test_restoring_a_block_that_does_not_exist_is_refused(index):
    edition = imported_edition()
    with pytest.raises(EditorialError, match="no removed block number"):
        version_restore_removed(version=edition.latest_version, user=editor(), index=index)
    assert Version.objects.filter(edition=edition).count() == 1


def test_restore_without_a_source_document_is_refused():
    edition = make_edition()
    with pytest.raises(EditorialError, match="no removed block"):
        version_restore_removed(version=edition.latest_version, user=editor(), index=0)


# -- confirm a proposed title or summary ------------------------------------------


def proposed_edition() -> Edition:
    edition = make_edition()
    version = version_create(edition=edition, paragraphs=["Text."], title="Machine title", summary="Machine summary",
                             based_on=edition.latest_version, title_is_proposed=True, summary_is_proposed=True)
    edition.latest_version = version
    return edition


@pytest.mark.parametrize(
    ("field", "action", "still_proposed"),
    [("title", EventAction.TITLE_CONFIRMED, "summary"), ("summary", EventAction.SUMMARY_CONFIRMED, "title")],
)
def test_confirm_a_proposal_makes_a_draft_with_the_same_text(field, action, still_proposed):
    edition = proposed_edition()
    base = edition.latest_version
    user = editor()
    new = version_confirm_proposed(version=base, user=user, field=field)
    assert (new.title, new.summary, new.texts) == (base.title, base.summary, base.texts)
    assert getattr(new, f"{field}_is_proposed") is False
    assert getattr(new, f"{still_proposed}_is_proposed") is True
    assert new.paragraph_ids == base.paragraph_ids and new.based_on == base
    assert Event.objects.get(version=new).action == action
    with pytest.raises(EditorialError, match="not machine-proposed"):
        version_confirm_proposed(version=new, user=user, field=field)


def test_only_title_or_summary_can_be_confirmed():
    edition = proposed_edition()
    with pytest.raises(EditorialError, match="Only a title or a summary"):
        version_confirm_proposed(version=edition.latest_version, user=editor(), field="paragraphs")
    assert latest(edition).pk == edition.latest_version.pk
