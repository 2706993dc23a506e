"""Admin screens for the round trip with outside translators: export an
article's paragraphs to translate, and import returned files after a
preview (upload -> preview -> confirm).

Thin views over editorial.services.interchange, reached from the article
desk. The preview is bound to the uploaded files' content: the files wait
in the session under their SHA-256, the confirm form names that hash, and
confirming imports exactly those bytes against the translation versions the
preview showed (a save made in between is refused, not merged silently).
"""

from __future__ import annotations

import base64
import hashlib

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from corpus.forms import MultipleFileField
from editorial.exceptions import EditorialError
from editorial.models import Article, Edition, Version
from editorial.services.interchange import (
    FORMATS,
    InterchangeError,
    current_source_version,
    preview_key,
    translation_export,
    translation_import,
)
from editorial.services.rules import PERM_EDIT, PERM_REVIEW, PERM_TRANSLATE

SESSION_KEY = "newsdesk-translation-import"
FORMAT_LABELS = {"xliff": gettext_lazy("XLIFF 2.1 (translation tools)"), "xlsx": gettext_lazy("Excel (XLSX)"),
                 "csv": gettext_lazy("CSV")}


def may_export(user) -> bool:
    """Translators, editors and reviewers (who read along) may export."""
    return user.is_active and user.has_perm("editorial.view_article") and any(
        user.has_perm(perm) for perm in (PERM_TRANSLATE, PERM_EDIT, PERM_REVIEW))


def may_import(user) -> bool:
    """Only people who may write translations import them."""
    return user.is_active and any(user.has_perm(perm) for perm in (PERM_TRANSLATE, PERM_EDIT))


# -- forms ----------------------------------------------------------------------


class ExportForm(forms.Form):
    source_version = forms.TypedChoiceField(label=gettext_lazy("Source version"), coerce=int)
    languages = forms.MultipleChoiceField(label=gettext_lazy("Languages"), required=False,
                                          widget=forms.CheckboxSelectMultiple)
    other_languages = forms.CharField(label=gettext_lazy("Other languages"), required=False,
                                      help_text=gettext_lazy("Language codes separated by commas, e.g. 'it, pt-br'."))
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=list(FORMAT_LABELS.items()),
                               initial="xliff", widget=forms.RadioSelect)

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        versions = Version.objects.filter(edition__article=article).select_related("edition").order_by(
            "edition__language", "-number").only("pk", "number", "status", "title", "edition__language")
        self.fields["source_version"].choices = [
            (v.pk, f"{v.edition.language} v{v.number} ({v.get_status_display()}): {v.title[:60]}") for v in versions]
        current = current_source_version(article)
        self.fields["source_version"].initial = current.pk if current else None
        original = article.original_edition.language if article.original_edition_id else ""
        codes = Edition.objects.filter(article=article).exclude(language=original).values_list("language", flat=True)
        self.fields["languages"].choices = [(code, code) for code in codes]
        self.fields["languages"].initial = list(codes)

    def clean(self):
        data = super().clean()
        extra = [code.strip() for code in (data.get("other_languages") or "").split(",") if code.strip()]
        data["codes"] = list(dict.fromkeys([*(data.get("languages") or []), *extra]))
        if not data["codes"]:
            raise forms.ValidationError(_("Choose at least one language to translate into."))
        return data


class ImportForm(forms.Form):
    files = MultipleFileField(label=gettext_lazy("Translated files"),
                              help_text=gettext_lazy("XLIFF, XLSX or CSV files exported here (or a ZIP of them)."))
    language = forms.CharField(label=gettext_lazy("Only this language"), required=False,
                               help_text=gettext_lazy("Optional: refuse files that translate into another language."))

    def clean_files(self):
        files = self.cleaned_data["files"]
        if sum(f.size for f in files) > settings.NEWSDESK_MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The files are larger than %(limit)s bytes together.")
                                        % {"limit": settings.NEWSDESK_MAX_IMPORT_BYTES})
        return [(f.name, f.read()) for f in files]


# -- views ----------------------------------------------------------------------------


def _article(request, article_id) -> Article:
    article = get_object_or_404(Article.objects.select_related("original_edition"), pk=article_id)
    if not request.user.has_perm("editorial.view_article"):
        raise DjangoPermissionDenied
    return article


def _context(request, article, title, **extra):
    return {**admin.site.each_context(request), "opts": Article._meta, "article": article, "original": article,
            "title": title, **extra}


def export_view(request, article_id):
    article = _article(request, article_id)
    if not may_export(request.user):
        raise DjangoPermissionDenied
    form = ExportForm(request.GET if "format" in request.GET else None, article=article)
    if form.is_bound and form.is_valid():
        version = Version.objects.select_related("edition").get(pk=form.cleaned_data["source_version"])
        try:
            exported = translation_export(article=article, languages=form.cleaned_data["codes"],
                                          format=form.cleaned_data["format"], source_version=version)
        except EditorialError as error:
            messages.error(request, error.message)
        else:
            response = HttpResponse(exported.data, content_type=exported.content_type)
            response["Content-Disposition"] = f'attachment; filename="{exported.name}"'
            return response
    return TemplateResponse(request, "admin/editorial/interchange/export.html", _context(
        request, article, _("Export for translators"), form=form, may_import=may_import(request.user)))


def _digest(files) -> str:
    digest = hashlib.sha256()
    for name, data in files:
        for part in (name.encode("utf-8"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()


def import_view(request, article_id):
    article = _article(request, article_id)
    if not may_import(request.user):
        raise DjangoPermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, article, request.POST["confirm"])
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        files, language = form.cleaned_data["files"], form.cleaned_data["language"] or None
        try:
            plans = translation_import(files=files, user=request.user, dry_run=True, language=language,
                                       article=article)
        except InterchangeError as error:
            problems = error.problems
        except EditorialError as error:
            problems = [error.message]
        else:
            digest = _digest(files)
            request.session[SESSION_KEY] = {
                "digest": digest, "article": article.pk, "language": language, "based_on": preview_key(plans),
                "files": [[name, base64.b64encode(data).decode("ascii")] for name, data in files],
            }
            return TemplateResponse(request, "admin/editorial/interchange/preview.html", _context(
                request, article, _("Preview of the translation import"), plans=plans, digest=digest,
                anything=any(not plan.is_empty for plan in plans)))
    return TemplateResponse(request, "admin/editorial/interchange/import.html", _context(
        request, article, _("Import from translators"), form=form, problems=problems))


def _confirm(request, article, digest: str):
    pending = request.session.get(SESSION_KEY)
    back = reverse("interchange:translation-import", args=[article.pk])
    files = [(name, base64.b64decode(data)) for name, data in pending["files"]] if pending else []
    if not pending or pending["article"] != article.pk or digest != pending["digest"] or _digest(files) != digest:
        messages.error(request, _("These files were not the ones previewed; upload them again."))
        return HttpResponseRedirect(back)
    try:
        plans = translation_import(files=files, user=request.user, language=pending["language"], article=article,
                                   based_on=pending["based_on"])
    except InterchangeError as error:
        messages.error(request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.problems)})
        return HttpResponseRedirect(back)
    except EditorialError as error:
        messages.error(request, _("Nothing was imported: %(reason)s") % {"reason": error.message})
        return HttpResponseRedirect(back)
    del request.session[SESSION_KEY]
    created = [plan for plan in plans if plan.version is not None]
    if created:
        messages.success(request, _("Imported as new drafts: %(list)s.") % {"list": ", ".join(
            f"{plan.language} v{plan.version.number}" for plan in created)})
    else:
        messages.info(request, _("The files change nothing; no version was created."))
    return HttpResponseRedirect(reverse("admin:editorial_article_change", args=[article.pk]))


def _admin(view):
    return admin.site.admin_view(view)


app_name = "interchange"
urlpatterns = [
    path("<int:article_id>/translations/export/", _admin(export_view), name="translation-export"),
    path("<int:article_id>/translations/import/", _admin(import_view), name="translation-import"),
]
