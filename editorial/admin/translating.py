"""Translating on the desk: the side-by-side editor, machine drafts and
publishing several languages together.

Thin views over :mod:`editorial.services` like the rest of the desk: each
POST calls one service; a refusal is an ``EditorialError`` shown with
``messages``. A translator's text is never lost: a refused or concurrent
save shows the form again with what they typed.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from editorial import services
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.machine_translation import configured_engines, engine_choices
from editorial.models import Article, Edition, MachineTranslationRequest, Version
from editorial.rendering import direction
from editorial.services.editions import language_code
from editorial.services.rules import PERM_REVIEW, can_edit
from editorial.translations import RowState, align, is_tracked


def translation_source(article: Article) -> Version | None:
    """What translations follow: the original edition's version in review
    (so translators work while it is reviewed and the languages can be
    published together), else its live version, else its latest."""
    original = Edition.objects.select_related("live_version", "latest_version").filter(
        pk=article.original_edition_id).first()
    if original is None:
        return None
    latest = original.latest_version
    if latest is not None and latest.status == Version.Status.IN_REVIEW:
        return latest
    return original.live_version or latest


def machine_panel() -> dict:
    """What the desk offers for machine drafts: the usable engines, and why
    configured ones are not usable."""
    checks = [(engine.label, engine.availability()) for engine in configured_engines()]
    return {
        "engines": engine_choices(),
        "unusable": [(label, check.reason) for label, check in checks if not check.usable],
    }


def machine_requests(article: Article, language: str | None = None) -> list[MachineTranslationRequest]:
    """The latest machine-translation request per language of ``article``
    (only ``language``'s when given), for the desk and the side-by-side screen."""
    rows = MachineTranslationRequest.objects.filter(article=article).select_related("version", "requested_by")
    if language is not None:
        rows = rows.filter(language=language)
    latest: dict[str, MachineTranslationRequest] = {}
    for row in rows[:100]:
        latest.setdefault(row.language, row)
    labels = dict(engine_choices())
    for row in latest.values():
        row.engine_label = labels.get(row.engine, row.engine)
    return sorted(latest.values(), key=lambda row: row.language)


class TranslationDeskMixin:
    """Adds the side-by-side translation screen and the desk's translation
    actions to ArticleAdmin (after DeskMixin, which dispatches ``_act_*``)."""

    def get_urls(self):
        view = self.admin_site.admin_view
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<int:article_id>/translate/<str:language>/", view(self.translate_view),
                 name="%s_%s_translate" % info),
        ] + super().get_urls()

    def translate_view(self, request, article_id, language):
        article = self._article(request, article_id)
        try:
            code = language_code(language)
        except EditorialError:
            raise Http404("No such language.") from None
        source = translation_source(article)
        if request.GET.get("source"):
            source = get_object_or_404(Version, pk=request.GET["source"], edition__article=article)
        if source is None:
            raise Http404("The article has no text to translate yet.")
        if code == source.edition.language:
            messages.info(request, _("This is the source language: edit the text itself."))
            return HttpResponseRedirect(self._desk_url(article))
        edition = Edition.objects.select_related("latest_version").filter(article=article, language=code).first()
        if not can_edit(request.user, edition or Edition(article=article, language=code)):
            raise DjangoPermissionDenied
        latest = edition.latest_version if edition else None
        posted = request.POST if request.method == "POST" else None
        if posted is not None:
            based_on = Version.objects.filter(pk=posted.get("based_on") or 0, edition__article=article,
                                              edition__language=code).first()
            texts = {key[5:]: value for key, value in posted.items() if key.startswith("text-") and value.strip()}
            try:
                version = services.translation_create(
                    source_version=source, language=code, user=request.user, paragraphs=texts,
                    title=posted.get("title") or None, summary=posted.get("summary", "").strip() or None,
                    based_on=based_on, confirmed=posted.getlist("confirm"),
                )
            except StaleVersionError:
                messages.warning(request, _(
                    "Someone saved this translation while you were working. Your text is still in the form "
                    "below, next to theirs; check it and save again."))
            except EditorialError as error:
                messages.error(request, error.message)
            else:
                problem = services.translation_problems(version)
                messages.success(request, _("Saved as version %(number)s (a draft).") % {"number": version.number}
                                 + (" " + problem if problem else ""))
                return HttpResponseRedirect(self._desk_url(article, f"edition-{version.edition_id}"))
        rows = align(source.paragraphs, latest.paragraphs if latest and is_tracked(latest.paragraphs) else [])
        lines = []
        for row in rows:
            value = row.translation
            if posted is not None and f"text-{row.id}" in posted:
                value = posted[f"text-{row.id}"]
            lines.append({"row": row, "value": value, "needs_work": row.needs_work,
                          "removed": row.state is RowState.REMOVED})
        context = self._context(
            request, article,
            title=_("Translate into %(language)s") % {"language": code},
            source=source, edition=edition, latest=latest, language=code, lines=lines,
            source_dir=direction(source.edition.language), target_dir=direction(code),
            title_value=(posted.get("title") if posted is not None else (latest.title if latest else "")),
            summary_value=(posted.get("summary") if posted is not None else (latest.summary if latest else "")),
            outdated=sum(1 for line in lines if line["row"].state is RowState.CHANGED),
            untranslated=sum(1 for line in lines if line["row"].state is RowState.UNTRANSLATED),
            based_on=latest.pk if latest else "",
            machine_requests=machine_requests(article, code),
        )
        return TemplateResponse(request, "admin/editorial/article/translate.html", context)

    def _act_machine_translate(self, request, article):
        source = translation_source(article)
        if source is None:
            raise EditorialError(_("The article has no text to translate yet."))
        requests = services.machine_translation_request(
            source_version=source, languages=request.POST.getlist("languages"), user=request.user,
            engine=request.POST.get("engine", ""),
        )
        queued = [r.language for r in requests if not r.merged]
        merged = [r.language for r in requests if r.merged]
        parts = []
        if queued:
            parts.append(_("Machine drafts queued: %(list)s. A task worker makes them; each appears here, "
                           "in its language, once it is ready.") % {"list": ", ".join(queued)})
        if merged:
            parts.append(_("Already queued, not asked twice: %(list)s.") % {"list": ", ".join(merged)})
        return " ".join(parts)

    def _act_approve_together(self, request, article):
        if not request.user.has_perm(PERM_REVIEW):
            raise EditorialError(_("You are not allowed to approve versions."))
        chosen = list(Version.objects.select_related("edition").filter(
            pk__in=request.POST.getlist("versions"), edition__article=article).order_by("edition__language"))
        approved = services.versions_approve_together(versions=chosen, user=request.user,
                                                      comment=request.POST.get("comment", ""))
        return _("Approved and live together: %(list)s.") % {
            "list": ", ".join(f"{v.edition.language} v{v.number}" for v in approved)}
