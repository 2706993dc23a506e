"""Translations: versions of an article in another language, tied to the
exact source version they translate, paragraph by paragraph.

Each language edition has its own draft / review / live cycle (the workflow
services apply as they are, four eyes included). A translation version
records ``translation_of`` (the source version it follows) and, per
paragraph, the source paragraph id and a digest of the source text it was
translated from (editorial.translations), so a newer source marks exactly the
paragraphs to update and carries the others over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from editorial.choices import VersionOrigin
from editorial.exceptions import EditorialError, MachineTranslationFailed
from editorial.models import Edition, Version
from editorial.translations import apply_texts, carry_over, needing_work, source_digest

from .editions import language_code
from .rules import require_edit
from .versions import version_create

_LATEST = object()  # based_on not given: follow the edition's latest version


def translation_create(
    *,
    source_version: Version,
    language: str,
    user,
    paragraphs: Sequence[str] | Mapping[str, str] | None = None,
    title: str | None = None,
    summary: str | None = None,
    based_on: Version | None | object = _LATEST,
    confirmed: Sequence[str] = (),
) -> Version:
    """Append a draft translation of ``source_version`` into ``language``.

    The article's edition in ``language`` is created when missing (never the
    source's own language, never the original edition). ``paragraphs``:

    * ``None``: the earlier translation carried over to follow the source:
      unchanged source paragraphs keep their translation, changed ones keep
      it too but stay marked as outdated, new ones hold the source text,
      untranslated, and removed ones are dropped;
    * a list of texts, one per source paragraph in order; or a mapping of
      source paragraph ids to texts (others carried over).

    A text that differs from the carried-over one, or whose id is in
    ``confirmed``, now follows the current source text. ``title`` and
    ``summary`` default to the earlier translation's (or, for a first
    translation, the source's, marked as proposed). ``based_on`` is the
    translation version the translator started from (default: the latest);
    if another was saved since, :class:`StaleVersionError` is raised and
    nothing is written. Translators and editors may translate; approval
    follows the usual four-eyes rule.
    """
    code = language_code(language)
    source_edition = source_version.edition
    if code == source_edition.language:
        raise EditorialError(_("A translation must be in another language than its source."))
    with transaction.atomic():
        edition = _edition(article_id=source_edition.article_id, language=code)
        if edition.article.original_edition_id == edition.pk:
            raise EditorialError(
                _("'%(code)s' is this article's original language; edit the original instead.") % {"code": code}
            )
        require_edit(user, edition)
        previous = edition.latest_version if based_on is _LATEST else based_on
        if previous is not None and previous.edition_id != edition.pk:
            raise EditorialError(_("A version can only be based on a version of the same edition."))
        earlier = previous.paragraphs if previous is not None else []
        source = source_version.paragraphs
        if paragraphs is None:
            carried = {row["id"]: row["text"] for row in carry_over(source, earlier)}
            texts = {pid: carried[pid] for pid in confirmed if pid in carried}
        else:
            texts = _texts_by_id(source, paragraphs)
        rows = apply_texts(source, earlier, texts, confirmed=frozenset(confirmed))
        return version_create(
            edition=edition,
            paragraphs=(),
            rows=rows,
            title=title if title is not None else (previous.title if previous else source_version.title),
            # A title or summary nobody wrote yet (the source's, or a
            # machine's) stays proposed until a person gives one.
            title_is_proposed=title is None and (previous is None or previous.title_is_proposed),
            summary=summary if summary is not None else (previous.summary if previous else source_version.summary),
            summary_is_proposed=summary is None and (
                previous.summary_is_proposed if previous else bool(source_version.summary)),
            author=user,
            based_on=previous,
            origin=VersionOrigin.TRANSLATION,
            translation_of=source_version,
            event_data={"source_version": source_version.pk, "source_language": source_edition.language},
        )


def translation_targets(
    *, source_version: Version, languages: Sequence[str], user
) -> list[tuple[str, Edition | None]]:
    """The languages ``user`` may translate ``source_version`` into, each
    with its edition (None when there is none yet), in the order given.

    Raises :class:`EditorialError` for no language, the source's language or
    the article's original language, and :class:`PermissionDenied` when the
    user may not edit one of them. Reads only.
    """
    codes = list(dict.fromkeys(language_code(language) for language in languages))
    if not codes:
        raise EditorialError(_("Choose at least one language to translate into."))
    source_edition = source_version.edition
    article = source_edition.article
    targets = []
    for code in codes:
        if code == source_edition.language:
            raise EditorialError(_("A translation must be in another language than its source."))
        edition = Edition.objects.select_related("latest_version").filter(article=article, language=code).first()
        if edition is not None and article.original_edition_id == edition.pk:
            raise EditorialError(
                _("'%(code)s' is this article's original language; edit the original instead.") % {"code": code}
            )
        require_edit(user, edition or Edition(article=article, language=code))
        targets.append((code, edition))
    return targets


def translation_machine_draft(
    *, source_version: Version, languages: Sequence[str], user, engine: str
) -> list[Version]:
    """Machine-translated drafts of ``source_version`` in each of
    ``languages``, with the engine named ``engine`` (settings
    ``NEWSDESK_MACHINE_TRANSLATION``).

    Per language, only what needs it is sent: paragraphs untranslated,
    following an older source text, or still as a machine left them; a
    paragraph a person translated or confirmed is kept. Each machine
    paragraph is marked (engine, time) until someone edits it, and the draft
    goes through review like any version: nothing machine-made goes live
    without a reviewer. Every engine call is made before anything is
    written; if one fails (or a translator saved meanwhile), nothing is
    created in any language and :class:`MachineTranslationFailed` (or
    :class:`StaleVersionError`) says why. Languages with nothing to
    translate are skipped.
    """
    from editorial.machine_translation import MachineTranslationError, machine_translate

    source_edition = source_version.edition
    article = source_edition.article
    source_texts = {p["id"]: p["text"] for p in source_version.paragraphs}
    plans = []
    for code, edition in translation_targets(source_version=source_version, languages=languages, user=user):
        previous = edition.latest_version if edition is not None else None
        rows = carry_over(source_version.paragraphs, previous.paragraphs if previous else [])
        todo = [index for index, row in enumerate(rows) if not row.get("src") or row.get("mt")
                or row["src"] != source_digest(source_texts[row["id"]])]
        wants_title = previous is None or previous.title_is_proposed
        wants_summary = bool(source_version.summary) and (previous is None or previous.summary_is_proposed)
        if todo or wants_title or wants_summary:
            plans.append((code, previous, rows, todo, wants_title, wants_summary))
    results = []
    for code, previous, rows, todo, wants_title, wants_summary in plans:
        texts = [source_texts[rows[index]["id"]] for index in todo]
        extra = [source_version.title] * wants_title + [source_version.summary] * wants_summary
        try:
            result = machine_translate(engine=engine, texts=texts + extra, source=source_edition.language,
                                       target=code)
        except MachineTranslationError as error:
            raise MachineTranslationFailed(
                _("Machine translation into '%(code)s' failed, so nothing was created: %(reason)s")
                % {"code": code, "reason": error.message}
            ) from error
        results.append((code, previous, rows, todo, wants_title, wants_summary, result))
    created = []
    with transaction.atomic():
        for code, previous, rows, todo, wants_title, wants_summary, result in results:
            mark = {"engine": result.engine, "at": result.translated_at.isoformat()}
            translated = list(result.translations)
            for index, text in zip(todo, translated[: len(todo)], strict=True):
                source_text = source_texts[rows[index]["id"]]
                rows[index] = {"id": rows[index]["id"], "text": text.strip() or source_text,
                               "src": source_digest(source_text), "mt": mark}
            extra = translated[len(todo):]
            title = extra.pop(0) if wants_title else previous.title
            summary = extra.pop(0) if wants_summary else (previous.summary if previous else "")
            edition = _edition(article_id=article.pk, language=code)
            created.append(version_create(
                edition=edition,
                paragraphs=(),
                rows=rows,
                title=title or source_version.title,
                title_is_proposed=wants_title,
                summary=summary,
                summary_is_proposed=wants_summary,
                author=user,
                based_on=previous,
                origin=VersionOrigin.TRANSLATION,
                translation_of=source_version,
                comment=_("Machine translation (%(engine)s)") % {"engine": result.engine_label},
                event_data={"source_version": source_version.pk, "source_language": source_edition.language,
                            "machine": {**mark, "paragraphs": len(todo)}},
            ))
    return created


def translation_problems(version: Version) -> str | None:
    """Why ``version`` (a translation) may not go to review or live yet, or
    None: paragraphs still untranslated or following an older source text,
    or a title or summary that is still the source's, untranslated."""
    if version.translation_of_id is None:
        return None
    source = version.translation_of
    problems = []
    rows = needing_work(source.paragraphs, version.paragraphs)
    if rows:
        problems.append(_(
            "%(count)s paragraph(s) of this translation are not translated yet or follow an older source text: "
            "translate or confirm them first."
        ) % {"count": len(rows)})
    if version.title_is_proposed and version.title == source.title:
        problems.append(_("The title is still the source's: translate it."))
    if version.summary_is_proposed and version.summary and version.summary == source.summary:
        problems.append(_("The summary is still the source's: translate it."))
    return " ".join(problems) or None


def _edition(*, article_id: int, language: str) -> Edition:
    edition = Edition.objects.select_related("article", "latest_version").filter(
        article_id=article_id, language=language).first()
    if edition is not None:
        return edition
    try:
        with transaction.atomic():
            Edition.objects.create(article_id=article_id, language=language)
    except IntegrityError:
        pass  # created by a concurrent translator: use theirs
    return Edition.objects.select_related("article", "latest_version").get(article_id=article_id, language=language)


def _texts_by_id(source: Sequence[dict], paragraphs: Sequence[str] | Mapping[str, str]) -> dict[str, str]:
    if isinstance(paragraphs, str):
        raise EditorialError(_("Paragraphs must be a list of texts, not one string."))
    if isinstance(paragraphs, Mapping):
        unknown = set(paragraphs) - {p["id"] for p in source}
        if unknown:
            raise EditorialError(
                _("These paragraphs are not in the source version: %(ids)s.") % {"ids": ", ".join(sorted(unknown))}
            )
        texts = dict(paragraphs)
    else:
        if len(paragraphs) != len(source):
            raise EditorialError(
                _("The source has %(source)s paragraphs; give one translation for each (%(given)s given).")
                % {"source": len(source), "given": len(paragraphs)}
            )
        texts = {p["id"]: text for p, text in zip(source, paragraphs, strict=True)}
    if any(not (text or "").strip() for text in texts.values()):
        raise EditorialError(_("A translated paragraph cannot be empty."))
    return texts
