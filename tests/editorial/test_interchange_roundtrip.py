"""The round trip with outside translators: export -> edit -> import
changes exactly the edited rows, in every format, and nothing else."""

from __future__ import annotations

from io import BytesIO

import pytest
import tablib
from import_export.formats.base_formats import XLSX

from editorial.interchange import TITLE_ID
from editorial.interchange.xliff import read_xliff
from editorial.models import Version
from editorial.services import version_create
from editorial.services.interchange import InterchangeError, translation_export, translation_import
from editorial.translations import RowState, align, source_digest
from tests.editorial.interchange_fixtures import GERMAN, SOURCE, edit_table, edit_xliff, german, story  # noqa: F401 (story is a fixture)
from tests.factories import editor, make_edition, publish, translator

pytestmark = pytest.mark.django_db

EXT = {"xliff": "xlf", "xlsx": "xlsx", "csv": "csv"}


@pytest.mark.parametrize("fmt", ["xliff", "xlsx", "csv"])
def test_round_trip_changes_only_the_edited_paragraphs(story, fmt):
    before = german(story)
    exported = translation_export(article=story.article, languages=["de"], format=fmt)
    edits = {1: "Es debattierte über den Haushalt.", 3: "Die Abstimmung ist im Mai."}
    data = edit_xliff(exported.data, edits) if fmt == "xliff" else edit_table(exported.data, fmt, edits)

    plans = translation_import(files=[(f"back.{EXT[fmt]}", data)], user=translator(username="tina"))

    after = german(story)
    assert plans[0].version == after and after.number == before.number + 1 and after.based_on_id == before.pk
    assert after.status == "draft" and after.translation_of_id == story.live_version_id
    assert after.paragraph_ids == before.paragraph_ids
    for index, (old, new) in enumerate(zip(before.paragraphs, after.paragraphs, strict=True)):
        if index in edits:
            assert new["text"] == edits[index] and new["src"] == source_digest(SOURCE[index])
        else:
            assert new == old  # text, src digest and everything else untouched
    assert (after.title, after.summary) == (before.title, before.summary)
    assert [r.id for r in plans[0].rows if r.action == "updated"] == [before.paragraph_ids[1], before.paragraph_ids[3]]


@pytest.mark.parametrize("fmt", ["xliff", "xlsx", "csv"])
def test_an_unedited_file_creates_nothing(story, fmt):
    exported = translation_export(article=story.article, languages=["de"], format=fmt)
    count = Version.objects.count()
    plans = translation_import(files=[(f"same.{EXT[fmt]}", exported.data)], user=translator(username="tina"))
    assert plans[0].is_empty and plans[0].version is None
    assert Version.objects.count() == count


def test_a_first_translation_into_a_new_language_and_outdated_rows(story):
    # The source moves on: paragraph 2 edited, one paragraph added; the new live source is exported.
    v1 = story.live_version
    texts = [SOURCE[0], "It debated the budget for 2027.", SOURCE[2], SOURCE[3], "Ministers will vote again."]
    v2 = version_create(edition=story, paragraphs=texts, title="Budget talks", based_on=v1, author=editor())
    publish(v2)
    story.refresh_from_db()
    exported = translation_export(article=story.article, languages=["de", "fr"], format="xlsx")
    dataset = tablib.Dataset().load(exported.data, format="xlsx")
    states = {(r["language"], r["id"]): r["state"] for r in dataset.dict}
    ids = v2.paragraph_ids
    assert states[("de", ids[1])] == "changed" and states[("de", ids[4])] == "untranslated"
    assert states[("de", ids[0])] == "current" and states[("fr", ids[0])] == "untranslated"
    assert {str(r["source_version"]) for r in dataset.dict} == {str(v2.pk)}

    # The translator fills French entirely and fixes only the changed German row.
    rows = []
    for row in dataset.dict:
        if row["language"] == "fr":
            row["translation"] = f"FR {row['source']}"
        elif row["id"] == ids[1]:
            row["translation"] = "Es beriet den Haushalt 2027."
        elif row["id"] == ids[4]:
            row["translation"] = "Die Minister stimmen erneut ab."
        rows.append([row[h] for h in dataset.headers])
    data = XLSX().export_data(tablib.Dataset(*rows, headers=dataset.headers))
    plans = translation_import(files=[("back.xlsx", data)], user=translator(username="tina"))
    assert {p.language for p in plans} == {"de", "fr"}
    for plan in plans:
        version = plan.version
        assert version.translation_of_id == v2.pk
        assert all(r.state == RowState.CURRENT for r in align(v2.paragraphs, version.paragraphs))
    french = next(p.version for p in plans if p.language == "fr")
    assert french.texts == [f"FR {t}" for t in texts] and french.title == "FR Budget talks"
    assert not french.title_is_proposed


def test_xliff_keeps_rtl_cjk_markup_looking_text_and_whitespace():
    edition = make_edition(language="en", title="Tags <b>bold</b> & \"quotes\"",
                           paragraphs=["Use <b>bold</b> & <script>alert(1)</script> here.", "Second ]]> one."])
    publish(edition.latest_version)
    edition.refresh_from_db()
    source = edition.live_version
    exported = translation_export(article=edition.article, languages=["ar"], format="xliff")
    assert b"&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in exported.data and b"<b>" not in exported.data
    assert b'version="2.1"' in exported.data and b'srcLang="en" trgLang="ar"' in exported.data
    parsed = read_xliff(exported.data)[0]
    assert parsed.source_version_id == source.pk and parsed.article_id == edition.article_id
    assert [u.source for u in parsed.units][1:] == source.texts

    arabic = ["استخدم <b>غامق</b> & هنا.", "  الثاني ]]> واحد  \n 中文 <i>測試</i>"]
    text = exported.data.decode()
    for src_text, new in zip(source.texts, arabic, strict=True):
        escaped = src_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        new_escaped = new.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = text.replace(f'<source xml:space="preserve">{escaped}</source>',
                            f'<source xml:space="preserve">{escaped}</source>'
                            f'<target xml:space="preserve">{new_escaped}</target>', 1)
    plans = translation_import(files=[("ar.xlf", text.encode())], user=translator())
    version = plans[0].version
    assert version.texts == [t.strip() for t in arabic]  # <b> stays text, CJK and RTL intact
    assert read_xliff(text.encode())[0].units[2].target == arabic[1]  # whitespace preserved in the file


def test_a_translator_can_confirm_an_outdated_row_in_xliff(story):
    v2 = version_create(edition=story, paragraphs=[SOURCE[0], "It debated the budget at length.", *SOURCE[2:]],
                        title="Budget talks", based_on=story.live_version, author=editor())
    publish(v2)
    exported = translation_export(article=story.article, languages=["de"], format="xliff").data.decode()
    assert exported.count('state="initial"') == 1
    plans = translation_import(files=[("de.xlf", exported.encode())], user=translator(username="tina"))
    assert plans[0].is_empty  # left alone: stays outdated, nothing created
    assert [r.action for r in plans[0].rows].count("still outdated") == 1
    confirmed = exported.replace('state="initial"', 'state="final"')
    version = translation_import(files=[("de.xlf", confirmed.encode())], user=translator(username="tina"))[0].version
    assert version.texts == GERMAN
    assert all(r.state == RowState.CURRENT for r in align(v2.paragraphs, version.paragraphs))


def test_several_languages_in_xliff_come_as_a_zip_and_import_back_together(story):
    import zipfile

    exported = translation_export(article=story.article, languages=["de", "fr"], format="xliff")
    assert exported.name.endswith(".zip")
    with zipfile.ZipFile(BytesIO(exported.data)) as archive:
        names = archive.namelist()
        assert len(names) == 2 and all(n.endswith(".xlf") for n in names)
    count = Version.objects.count()
    # French is not translated yet: the whole archive is refused, German included.
    with pytest.raises(InterchangeError, match="fr.xlf: these paragraphs have no translation") as refused:
        translation_import(files=[("both.zip", exported.data)], user=translator(username="tina"))
    assert len(refused.value.problems) == 1 and Version.objects.count() == count

    with zipfile.ZipFile(BytesIO(exported.data)) as archive:
        german_file, french_file = (archive.read(n) for n in sorted(names))
    french = read_xliff(french_file)[0]
    assert french.target_language == "fr" and {u.id for u in french.units} >= {TITLE_ID}
    text = french_file.decode()
    for unit in french.units:
        text = text.replace(f'<source xml:space="preserve">{unit.source}</source>',
                            f'<source xml:space="preserve">{unit.source}</source><target>FR {unit.source}</target>')
    plans = translation_import(files=[("de.xlf", german_file), ("fr.xlf", text.encode())],
                               user=translator(username="tina"))
    assert [(p.language, p.version is None) for p in plans] == [("de", True), ("fr", False)]
    assert plans[1].version.texts == [f"FR {t}" for t in SOURCE]
