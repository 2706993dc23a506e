"""The round trip with outside translators: export the paragraphs to
translate as XLIFF 2.1, XLSX or CSV, and import returned files as new draft
translation versions (through :func:`translation_create`) after a dry run.

A returned file is checked against the database before anything is
written, and every problem in every file is reported together: an article
or source version that does not exist, a source that changed since the
export (with the paragraph ids), ids that do not match, a wrong target
language, empty translations, a translation someone else changed in the
same rows meanwhile. All files are imported in one transaction: all or
nothing.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from django.db import transaction
from django.utils.translation import gettext as _

from editorial.exceptions import EditorialError, PermissionDenied
from editorial.interchange import SUMMARY_ID, TITLE_ID, TranslationFile, TranslationFileError, Unit, text_digest
from editorial.interchange.model import version_digest
from editorial.interchange.tabular import read_table, write_table
from editorial.interchange.xliff import read_xliff, write_xliff
from editorial.models import Article, Edition, Version
from editorial.translations import RowState, align, source_digest

from .editions import language_code
from .rules import can_edit
from .translations import translation_create

FORMATS = ("xliff", "xlsx", "csv")
EXTENSIONS = {"xlf": "xliff", "xliff": "xliff", "xml": "xliff", "xlsx": "xlsx", "csv": "csv", "zip": "zip"}
MAX_FILES = 200


class InterchangeError(EditorialError):
    """Returned files that cannot be imported; ``problems`` lists every
    reason (``message`` joins them). Nothing was written."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class ExportFile:
    name: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class RowChange:
    id: str  # paragraph id, or TITLE_ID / SUMMARY_ID
    source: str
    before: str  # the translation now ("" for none)
    after: str  # what the import stores
    action: str  # "translated", "updated", "confirmed", "unchanged", "still outdated"


@dataclass
class ImportPlan:
    """What importing one file (article, language) would do."""

    article_id: int
    language: str
    name: str
    source_version: Version
    based_on: Version | None
    rows: list[RowChange] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    confirmed: list[str] = field(default_factory=list)
    title: str | None = None
    summary: str | None = None
    version: Version | None = None  # the draft created (not on a dry run)

    @property
    def changes(self) -> int:
        return sum(row.action in ("translated", "updated", "confirmed") for row in self.rows)

    @property
    def is_empty(self) -> bool:
        return not self.texts and self.title is None and self.summary is None


# -- export -------------------------------------------------------------------


def current_source_version(article: Article) -> Version | None:
    """The source version translations follow by default: the original
    edition's live version, else its latest."""
    edition = article.original_edition
    if edition is None:
        return None
    return edition.live_version or edition.latest_version


def translation_file(*, source_version: Version, language: str) -> TranslationFile:
    """The units to translate of ``source_version`` into ``language``, with
    the current translation (the edition's latest version) where there is
    one, and each row's state (current / changed / untranslated)."""
    code = language_code(language)
    source_edition = source_version.edition
    if code == source_edition.language:
        raise EditorialError(_("A translation must be in another language than its source."))
    edition = Edition.objects.select_related("latest_version").filter(
        article_id=source_edition.article_id, language=code).first()
    if edition is not None and edition.article.original_edition_id == edition.pk:
        raise EditorialError(
            _("'%(code)s' is this article's original language; edit the original instead.") % {"code": code})
    latest = edition.latest_version if edition is not None else None
    rows = align(source_version.paragraphs, latest.paragraphs if latest else [])
    units = [Unit(id=row.id, source=row.source, target=row.translation or None, src=source_digest(row.source),
                  was=text_digest(row.translation), state=row.state.value)
             for row in rows if row.state is not RowState.REMOVED]
    title, summary = _title_and_summary(latest)
    units.insert(0, Unit(id=TITLE_ID, source=source_version.title, target=title, src=source_digest(source_version.title),
                         was=text_digest(title), state=RowState.CURRENT if title else RowState.UNTRANSLATED))
    if source_version.summary:
        units.insert(1, Unit(id=SUMMARY_ID, source=source_version.summary, target=summary,
                             src=source_digest(source_version.summary), was=text_digest(summary),
                             state=RowState.CURRENT if summary else RowState.UNTRANSLATED))
    return TranslationFile(
        article_id=source_edition.article_id, source_version_id=source_version.pk,
        source_language=source_edition.language, target_language=code,
        source_digest=_paragraphs_digest(source_version), translation_version_id=latest.pk if latest else None,
        units=tuple(units),
    )


def translation_export(
    *, article: Article, languages: Sequence[str], format: str, source_version: Version | None = None
) -> ExportFile:
    """The file to send to translators: ``article``'s ``source_version``
    (default: :func:`current_source_version`) into each of ``languages``.
    XLSX and CSV hold every language in one sheet; XLIFF is one document
    per language pair, so several languages come as a ZIP of documents."""
    if format not in FORMATS:
        raise EditorialError(_("Choose XLIFF, XLSX or CSV."))
    source_version = source_version or current_source_version(article)
    if source_version is None or source_version.edition.article_id != article.pk:
        raise EditorialError(_("This article has no source version to translate."))
    codes = list(dict.fromkeys(language_code(language) for language in languages))
    if not codes:
        raise EditorialError(_("Choose at least one language to translate into."))
    files = [translation_file(source_version=source_version, language=code) for code in codes]
    stem = f"article-{article.pk}-v{source_version.number}"
    if format != "xliff":
        types = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        return ExportFile(f"{stem}-{'-'.join(codes)}.{format}", types[format], write_table(files, format))
    if len(files) == 1:
        return ExportFile(f"{stem}-{codes[0]}.xlf", "application/xliff+xml", write_xliff(files))
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for code, tfile in zip(codes, files, strict=True):
            archive.writestr(f"{stem}-{code}.xlf", write_xliff([tfile]))
    return ExportFile(f"{stem}-xliff.zip", "application/zip", buffer.getvalue())


def _title_and_summary(latest: Version | None) -> tuple[str | None, str | None]:
    if latest is None:
        return None, None
    title = None if latest.title_is_proposed else latest.title
    summary = None if latest.summary_is_proposed or not latest.summary else latest.summary
    return title, summary


def _paragraphs_digest(version: Version) -> str:
    return version_digest((p["id"], source_digest(p["text"])) for p in version.paragraphs)


# -- reading returned files -----------------------------------------------------


def read_translation_files(files: Sequence[tuple[str, bytes]]) -> list[TranslationFile]:
    """Every translation file in the uploads (name, bytes): XLIFF, XLSX, CSV
    or a ZIP of them. :class:`InterchangeError` lists every unreadable one."""
    found, problems = [], []
    for name, data in _unpacked(files, problems):
        kind = _kind(name, data)
        try:
            if kind == "xliff":
                found.extend(read_xliff(data, name=name))
            elif kind in ("xlsx", "csv"):
                found.extend(read_table(data, kind, name=name))
            else:
                problems.append(_("%(name)s is not an XLIFF, XLSX or CSV file.") % {"name": name})
        except TranslationFileError as error:
            problems.append(str(error))
    if problems:
        raise InterchangeError(problems)
    if not found:
        raise InterchangeError([_("Choose at least one file to import.")])
    return found


def _unpacked(files, problems):
    for name, data in files:
        if _kind(name, data) != "zip":
            yield name, data
            continue
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
                if len(members) > MAX_FILES or sum(m.file_size for m in members) > 50 * len(data) + 10**6:
                    problems.append(_("%(name)s holds too many or too large files.") % {"name": name})
                    continue
                for member in members:
                    yield f"{name}/{member.filename}", archive.read(member)
        except zipfile.BadZipFile:
            problems.append(_("%(name)s is not a readable ZIP archive.") % {"name": name})


def _kind(name: str, data: bytes) -> str | None:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in EXTENSIONS:
        return EXTENSIONS[extension]
    # No telling extension: XML is read as XLIFF (and refused if it is not).
    return "xliff" if data.lstrip().startswith(b"<") else None


# -- import -------------------------------------------------------------------------


def translation_import_plan(
    *, files: Sequence[TranslationFile], user=None, language: str | None = None, article: Article | None = None,
) -> list[ImportPlan]:
    """What importing ``files`` would change, row by row, without writing.

    Raises :class:`InterchangeError` listing every problem of every file
    (nothing is half-planned). ``language`` or ``article``, when given, is
    what every file must be for. A row is sent to the translation only when
    the translator changed it (its text differs from the one exported) or
    marked it done (XLIFF ``reviewed``/``final``); the rows they left alone
    keep whatever the translation holds now.
    """
    problems: list[str] = []
    plans: list[ImportPlan] = []
    seen: dict[tuple[int, str], str] = {}
    expected = language_code(language) if language else None
    for tfile in files:
        label = tfile.name or _("the file")
        plan = _plan_file(tfile, label, user, expected, article, problems)
        if plan is None:
            continue
        if (plan.article_id, plan.language) in seen:
            problems.append(_("%(name)s and %(other)s both translate article #%(article)s into '%(lang)s'; "
                              "import one of them.") % {"name": label, "other": seen[(plan.article_id, plan.language)],
                                                        "article": plan.article_id, "lang": plan.language})
            continue
        seen[(plan.article_id, plan.language)] = label
        plans.append(plan)
    if problems:
        raise InterchangeError(problems)
    return plans


def _plan_file(tfile: TranslationFile, label: str, user, expected: str | None, article: Article | None,
               problems: list[str]) -> ImportPlan | None:
    start = len(problems)

    def refuse(message: str, **values) -> None:
        problems.append(f"{label}: " + message % values)

    def refused() -> bool:
        return len(problems) > start

    found = Article.objects.select_related("original_edition").filter(pk=tfile.article_id).first()
    if found is None:
        refuse(_("article #%(article)s does not exist."), article=tfile.article_id)
        return None
    if article is not None and found.pk != article.pk:
        refuse(_("this file is for article #%(other)s, not #%(article)s."), other=found.pk, article=article.pk)
        return None
    named = Version.objects.select_related("edition").filter(pk=tfile.source_version_id).first()
    if named is None or named.edition.article_id != found.pk:
        refuse(_("source version %(version)s is not a version of article #%(article)s."),
               version=tfile.source_version_id, article=found.pk)
        return None
    try:
        code = language_code(tfile.target_language)
    except EditorialError:
        refuse(_("'%(lang)s' is not a language code."), lang=tfile.target_language)
        return None
    if tfile.source_language and language_code(tfile.source_language) != named.edition.language:
        refuse(_("the file's source language is '%(lang)s', but the source version is in '%(source)s'."),
               lang=tfile.source_language, source=named.edition.language)
    if expected is not None and code != expected:
        refuse(_("the file is a translation into '%(lang)s', not '%(expected)s'."), lang=code, expected=expected)
    if code == named.edition.language or (found.original_edition and code == found.original_edition.language):
        refuse(_("'%(lang)s' is the language of the source; a translation must be in another language."), lang=code)
    if refused():
        return None

    # The file must match the version it names, paragraph by paragraph.
    by_id = {unit.id: unit for unit in tfile.units}
    counts = Counter(unit.id for unit in tfile.units)
    duplicates = sorted(uid for uid, count in counts.items() if count > 1)
    if duplicates:
        refuse(_("these ids appear more than once: %(ids)s."), ids=", ".join(duplicates))
    source_ids = [p["id"] for p in named.paragraphs]
    reserved = {TITLE_ID, SUMMARY_ID} if named.summary else {TITLE_ID}
    unknown = [u.id for u in tfile.units if u.id not in source_ids and u.id not in reserved]
    missing = [pid for pid in source_ids if pid not in by_id]
    if unknown:
        refuse(_("these ids are not paragraphs of source version %(version)s: %(ids)s."),
               version=named.pk, ids=", ".join(unknown))
    if missing:
        refuse(_("these paragraphs of source version %(version)s are missing from the file: %(ids)s."),
               version=named.pk, ids=", ".join(missing))
    digests = {p["id"]: source_digest(p["text"]) for p in named.paragraphs}
    differing = [pid for pid in source_ids if pid in by_id and by_id[pid].src != digests[pid]]
    if differing or (not unknown and not missing and tfile.source_digest
                     and tfile.source_digest != _paragraphs_digest(named)):
        refuse(_("the source texts recorded in the file do not match source version %(version)s (paragraphs "
                 "%(ids)s); it was not exported from that version."), version=named.pk,
               ids=", ".join(differing) or "-")
    # ... and that version must still be the one to translate.
    source = named
    current = named.edition.live_version or named.edition.latest_version
    if current is not None and current.number > named.number:
        now = {p["id"]: source_digest(p["text"]) for p in current.paragraphs}
        changed = [pid for pid in source_ids if pid in now and now[pid] != digests[pid]]
        added = [pid for pid in now if pid not in digests]
        removed = [pid for pid in source_ids if pid not in now]
        if changed or added or removed or list(now) != source_ids:
            parts = []
            if changed:
                parts.append(_("changed: %(ids)s") % {"ids": ", ".join(changed)})
            if added:
                parts.append(_("added: %(ids)s") % {"ids": ", ".join(added)})
            if removed:
                parts.append(_("removed: %(ids)s") % {"ids": ", ".join(removed)})
            if not parts:
                parts.append(_("paragraphs reordered"))
            refuse(_("it was made from source version %(old)s, but version %(new)s is current now "
                     "(paragraphs %(changes)s). Export the article again."),
                   old=named.number, new=current.number, changes="; ".join(parts))
        else:
            source = current  # only the title or summary moved on: the paragraphs are the same
    empty = [u.id for u in tfile.units if u.id in digests and not (u.target or "").strip()]
    if empty:
        refuse(_("these paragraphs have no translation: %(ids)s."), ids=", ".join(empty))
    if refused():
        return None

    edition = Edition.objects.select_related("latest_version", "article").filter(
        article=found, language=code).first()
    if user is not None and not can_edit(user, edition or Edition(article=found, language=code)):
        refuse(_("you are not allowed to edit the '%(lang)s' translation."), lang=code)
        return None
    latest = edition.latest_version if edition is not None else None
    plan = ImportPlan(article_id=found.pk, language=code, name=label, source_version=source, based_on=latest)
    rows_now = {row.id: row for row in align(source.paragraphs, latest.paragraphs if latest else [])}
    conflicts = []
    title_now, summary_now = _title_and_summary(latest)
    for unit in tfile.units:
        target = (unit.target or "").strip()
        if unit.id in (TITLE_ID, SUMMARY_ID):
            now = title_now if unit.id == TITLE_ID else summary_now
            touched = bool(target) and text_digest(target) != unit.was
            if touched and text_digest(now) not in (unit.was, text_digest(target)):
                conflicts.append(unit.id)
            if touched and target != (now or ""):
                setattr(plan, "title" if unit.id == TITLE_ID else "summary", target)
                plan.rows.append(RowChange(unit.id, unit.source, now or "", target, "updated" if now else "translated"))
            else:
                plan.rows.append(RowChange(unit.id, unit.source, now or "", now or "", "unchanged"))
            continue
        row = rows_now[unit.id]
        touched = text_digest(target) != unit.was
        if touched and text_digest(row.translation) not in (unit.was, text_digest(target)):
            conflicts.append(unit.id)
        needs_work = row.state is not RowState.CURRENT
        if touched and target != row.translation:
            plan.texts[unit.id] = target
            plan.rows.append(RowChange(unit.id, row.source, row.translation, target,
                                       "updated" if row.translation else "translated"))
        elif needs_work and unit.final and row.translation:
            plan.texts[unit.id] = row.translation
            plan.rows.append(RowChange(unit.id, row.source, row.translation, row.translation, "confirmed"))
        else:
            plan.rows.append(RowChange(unit.id, row.source, row.translation, row.translation,
                                       "still outdated" if needs_work else "unchanged"))
    if conflicts:
        refuse(_("the translation was saved by someone else since this file was exported (version %(old)s, "
                 "now %(new)s), and these rows were changed on both sides: %(ids)s. Export again and merge."),
               old=_number(tfile.translation_version_id), new=latest.number if latest else "-",
               ids=", ".join(conflicts))
        return None
    # Every text delivered follows the current source now, even one the
    # translator kept identical to the source (a name, a quotation).
    plan.confirmed = list(plan.texts)
    return plan


def _number(version_id: int | None) -> str:
    if version_id is None:
        return "-"
    number = Version.objects.filter(pk=version_id).values_list("number", flat=True).first()
    return str(number) if number is not None else "-"


def translation_import(
    *, files: Sequence[tuple[str, bytes]], user, dry_run: bool = False, language: str | None = None,
    article: Article | None = None, based_on: dict[str, int | None] | None = None,
) -> list[ImportPlan]:
    """Import returned translation files as new draft translation versions.

    ``files`` are (name, bytes) uploads (XLIFF, XLSX, CSV or a ZIP of
    them). Every file is read and checked first
    (:func:`translation_import_plan`); any problem raises
    :class:`InterchangeError` and nothing is written. Then, unless
    ``dry_run``, one :func:`translation_create` per article and language,
    all in one transaction: a :class:`StaleVersionError` (a translation
    saved meanwhile) or any refusal rolls every file back. ``based_on``
    (``"<article>:<language>"`` to the version id a preview showed, or
    None) makes a save made since that preview a StaleVersionError too.
    Files that change nothing create nothing. Returns the plans, each with
    the version created (``None`` on a dry run or when unchanged).
    """
    if user is None or not user.is_active:
        raise PermissionDenied(_("You are not allowed to edit translations."))
    plans = translation_import_plan(files=read_translation_files(files), user=user, language=language,
                                    article=article)
    if dry_run:
        return plans
    with transaction.atomic():
        for plan in plans:
            if plan.is_empty:
                continue
            previous = plan.based_on
            key = f"{plan.article_id}:{plan.language}"
            if based_on is not None and key in based_on:
                previous = Version.objects.filter(pk=based_on[key]).first() if based_on[key] else None
            plan.version = translation_create(
                source_version=plan.source_version, language=plan.language, user=user,
                paragraphs=plan.texts, title=plan.title, summary=plan.summary, based_on=previous,
                confirmed=plan.confirmed,
            )
    return plans


def preview_key(plans: Sequence[ImportPlan]) -> dict[str, int | None]:
    """What a preview was made against: each translation's latest version."""
    return {f"{plan.article_id}:{plan.language}": plan.based_on.pk if plan.based_on else None for plan in plans}
