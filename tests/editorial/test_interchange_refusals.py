"""Returned translation files that must not be imported: each is refused
with a message saying why, and nothing at all is written."""

from __future__ import annotations

import pytest

from editorial.exceptions import PermissionDenied, StaleVersionError
from editorial.models import Edition, Event, Version
from editorial.services import translation_create, version_create
from editorial.services.interchange import (
    InterchangeError,
    preview_key,
    translation_export,
    translation_import,
)
from tests.editorial.interchange_fixtures import GERMAN, SOURCE, edit_table, edit_xliff, german, story  # noqa: F401
from tests.factories import editor, make_edition, publish, reviewer, translator

pytestmark = pytest.mark.django_db


def snapshot():
    return Version.objects.count(), Edition.objects.count(), Event.objects.count()


def refused(files, match, **kwargs) -> InterchangeError:
    before = snapshot()
    kwargs.setdefault("user", translator(username="tina"))
    with pytest.raises(InterchangeError, match=match) as info:
        translation_import(files=files, **kwargs)
    assert snapshot() == before
    return info.value


def xliff(story, edits=None) -> bytes:
    data = translation_export(article=story.article, languages=["de"], format="xliff").data
    return edit_xliff(data, edits or {0: "Das Parlament kam zusammen."})


def test_a_file_exported_before_the_source_changed_names_the_changed_paragraphs(story):
    old_file = xliff(story)
    v1 = story.live_version
    v2 = version_create(edition=story, paragraphs=[SOURCE[0], "It debated the budget for 2027.", *SOURCE[2:],
                                                   "A new paragraph."],
                        title="Budget talks", based_on=v1, author=editor())
    publish(v2)
    error = refused([("old.xlf", old_file)], "made from source version 1, but version 2 is current now")
    message = error.problems[0]
    assert f"changed: {v2.paragraph_ids[1]}" in message and f"added: {v2.paragraph_ids[4]}" in message
    assert v2.paragraph_ids[0] not in message  # unchanged paragraphs are not named


def test_a_newer_source_with_the_same_paragraphs_is_not_a_problem(story):
    old_file = xliff(story)
    v2 = version_create(edition=story, paragraphs=SOURCE, title="Budget talks, updated", based_on=story.live_version,
                        author=editor())
    publish(v2)
    plans = translation_import(files=[("old.xlf", old_file)], user=translator(username="tina"))
    assert plans[0].version.translation_of_id == v2.pk  # follows the current source


def test_ids_that_do_not_match_the_source_version(story):
    data = xliff(story).decode()
    ids = story.live_version.paragraph_ids
    unknown = data.replace(f'id="{ids[2]}"', 'id="p0000000000"')
    error = refused([("ids.xlf", unknown.encode())], "not paragraphs of source version")
    assert "p0000000000" in error.message and f"missing from the file: {ids[2]}" in error.message
    duplicated = data.replace(f'id="{ids[2]}"', f'id="{ids[1]}"')
    refused([("dup.xlf", duplicated.encode())], f"appear more than once: {ids[1]}")


def test_source_texts_that_do_not_match_the_named_version(story):
    data = xliff(story).decode()
    other = make_edition(language="en", paragraphs=["Other."])
    tampered = data.replace(f"version/{story.live_version_id}", f"version/{other.latest_version_id}")
    tampered = tampered.replace(f'<mda:meta type="source-version">{story.live_version_id}<',
                                f'<mda:meta type="source-version">{other.latest_version_id}<')
    refused([("x.xlf", tampered.encode())], f"source version {other.latest_version_id} is not a version of article")
    digest = story.live_version.paragraphs[0]
    from editorial.translations import source_digest
    wrong = data.replace(f'<mda:meta type="src">{source_digest(digest["text"])}<', '<mda:meta type="src">0000<')
    refused([("d.xlf", wrong.encode())], f"do not match source version .* {digest['id']}")


@pytest.mark.parametrize(
    ("change", "kwargs", "match"),
    [
        (('trgLang="de"', 'trgLang="fr"'), {"language": "de"}, "translation into 'fr', not 'de'"),
        (('trgLang="de"', 'trgLang="en"'), {}, "'en' is the language of the source"),
        (('trgLang="de"', 'trgLang="no code!"'), {}, "is not a language code"),
        (('trgLang="de"', 'trgLang=""'), {}, "names no target language"),
        (('srcLang="en"', 'srcLang="it"'), {}, "source language is 'it'"),
    ],
)
def test_a_wrong_language_is_refused(story, change, kwargs, match):
    refused([("lang.xlf", xliff(story).decode().replace(*change).encode())], match, **kwargs)


def test_a_target_in_another_language_than_the_document(story):
    data = xliff(story).decode().replace('<target xml:space="preserve">', '<target xml:lang="fr" xml:space="preserve">', 1)
    refused([("t.xlf", data.encode())], "is in 'fr', the document in 'de'")


def test_an_empty_target_is_refused(story):
    data = xliff(story).decode().replace(f">{GERMAN[2]}</target>", "> \n </target>")
    refused([("empty.xlf", data.encode())], "have no translation: " + story.live_version.paragraph_ids[2])
    table = translation_export(article=story.article, languages=["de"], format="csv").data
    refused([("empty.csv", edit_table(table, "csv", {3: ""}))], "have no translation")


def test_a_file_for_an_article_that_does_not_exist(story):
    data = xliff(story).decode().replace('<mda:meta type="article">', '<mda:meta type="article">9999')
    refused([("gone.xlf", data.encode())], r"article #9999\d* does not exist")


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("broken.xlf", b"<xliff><file>", "not well-formed XML"),
        ("other.xml", b"<html><body>hi</body></html>", "not an XLIFF 2 document"),
        ("v1.xlf", b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>', "not an XLIFF 2 document"),
        ("bomb.xlf", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
                     b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" trgLang="de">&b;</xliff>',
         "declares a DTD or entities"),
        ("nofile.xlf", b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" '
                       b'trgLang="de"/>', "holds no file"),
        ("foreign.xlf", b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" '
                        b'trgLang="de"><file id="f"><unit id="u"><segment><source>x</source></segment></unit>'
                        b'</file></xliff>', "not exported by Newsdesk"),
        ("sheet.xlsx", b"PK\x03\x04 not really a workbook", "cannot be read as XLSX"),
        ("plain.csv", b"name,text\nx,y\n", "columns article, source_version"),
        ("empty.csv", b"", "columns article"),
        ("photo.jpg", b"\xff\xd8\xff\xe0 jpeg", "not an XLIFF, XLSX or CSV file"),
        ("archive.zip", b"PK\x03\x04 broken", "not a readable ZIP archive"),
    ],
)
def test_malformed_or_foreign_files_are_refused(story, name, data, match):
    refused([(name, data)], match)


def test_split_segments_are_refused(story):
    data = xliff(story).decode().replace("</segment>", "</segment><segment><source>x</source></segment>", 1)
    refused([("split.xlf", data.encode())], "exactly one segment")


def test_several_files_are_imported_all_or_none(story):
    good = xliff(story)
    other = make_edition(language="en", paragraphs=["Other story."])
    publish(other.latest_version)
    bad = translation_export(article=other.article, languages=["de"], format="xliff").data  # untranslated
    error = refused([("good.xlf", good), ("bad.xlf", bad)], "bad.xlf: these paragraphs have no translation")
    assert len(error.problems) == 1
    refused([("a.xlf", good), ("b.xlf", good)], "both translate article")


def test_dry_run_reports_and_writes_nothing(story):
    before = snapshot()
    plans = translation_import(files=[("de.xlf", xliff(story))], user=translator(username="tina"), dry_run=True)
    assert snapshot() == before and plans[0].version is None
    changed = [(r.id, r.before, r.after, r.action) for r in plans[0].rows if r.action != "unchanged"]
    assert changed == [(story.live_version.paragraph_ids[0], GERMAN[0], "Das Parlament kam zusammen.", "updated")]


def test_a_save_after_the_preview_is_a_stale_version_and_nothing_is_written(story):
    data = xliff(story)
    person = translator(username="tina")
    preview = preview_key(translation_import(files=[("de.xlf", data)], user=person, dry_run=True))
    translation_create(source_version=story.live_version, language="de", user=translator(username="otto"),
                       paragraphs={story.live_version.paragraph_ids[3]: "Im Mai wird abgestimmt."})
    before = snapshot()
    with pytest.raises(StaleVersionError):
        translation_import(files=[("de.xlf", data)], user=person, based_on=preview)
    assert snapshot() == before


def test_a_save_since_the_export_keeps_both_unless_the_same_row_changed(story):
    data = xliff(story)  # edits paragraph 0
    ids = story.live_version.paragraph_ids
    translation_create(source_version=story.live_version, language="de", user=translator(username="otto"),
                       paragraphs={ids[3]: "Im Mai wird abgestimmt."})
    version = translation_import(files=[("de.xlf", data)], user=translator(username="tina"))[0].version
    assert version.texts == ["Das Parlament kam zusammen.", *GERMAN[1:3], "Im Mai wird abgestimmt."]
    translation_create(source_version=story.live_version, language="de", user=translator(username="otto"),
                       paragraphs={ids[0]: "Das Parlament trat zusammen."})
    refused([("de.xlf", data)], f"changed on both sides: {ids[0]}")


def test_only_people_who_may_translate_import(story):
    with pytest.raises(PermissionDenied):
        translation_import(files=[("de.xlf", xliff(story))], user=None)
    refused([("de.xlf", xliff(story))], "not allowed to edit the 'de' translation", user=reviewer())


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_sheet_exported_before_the_source_changed_is_refused_too(story, fmt):
    sheet = translation_export(article=story.article, languages=["de"], format=fmt).data
    edited = edit_table(sheet, fmt, {0: "Das Parlament kam zusammen."})
    v2 = version_create(edition=story, paragraphs=[*SOURCE[:3], "The vote is in June."], title="Budget talks",
                        based_on=story.live_version, author=editor())
    publish(v2)
    error = refused([(f"old.{fmt}", edited)], "made from source version 1, but version 2 is current")
    assert f"changed: {v2.paragraph_ids[3]}" in error.message


def test_a_file_for_another_article_is_refused_on_an_articles_import(story):
    other = make_edition(language="en", paragraphs=["Other story."])
    refused([("de.xlf", xliff(story))], f"this file is for article #{story.article_id}, not #{other.article_id}",
            article=other.article)


def test_a_file_without_a_telling_name_is_sniffed(story):
    plans = translation_import(files=[("upload", xliff(story))], user=translator(username="tina"), dry_run=True)
    assert plans[0].changes == 1
