"""The admin's import screen and the live import-run page (ImportRunAdmin composes this).

Thin views over the services: uploads are checked and stored by
:mod:`corpus.services.uploads`, inbox folders looked up by name by
:mod:`corpus.services.folders`, and both queued through the same
background import as ``import_seeds --background``. The run's page shows
its progress, polled as JSON by ``corpus/import_progress.js`` (and
refreshed by the browser without JavaScript), with cancel and resume
buttons that call ``import_run_cancel`` / ``import_run_resume``.

Starting, cancelling and resuming need ``corpus.add_importrun`` (the
Editor role has it, see editorial/roles.py); the page itself needs only
the view permission every role has.
"""

from __future__ import annotations

import shutil

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.utils.translation import gettext_lazy

from corpus.forms import InboxForm, UploadForm
from corpus.models import ImportRun
from corpus.services import IngestStatus, import_runs_mark_interrupted
from corpus.services.background import ImportRunError, import_run_cancel, import_run_resume
from corpus.services.folders import InboxError, import_folder_enqueue, inbox_folder, inbox_folders
from corpus.services.uploads import UploadRefused, upload_default_source, upload_limits, upload_store
from corpus.sources import check_source_name
from editorial.models import Version

PERM_IMPORT = "corpus.add_importrun"
# How often the run page asks for progress (milliseconds).
POLL_MS = 1500
# New drafts listed on a run's page; the rest are one link away.
DRAFTS_SHOWN = 100
ACTIVE = (ImportRun.Status.QUEUED, ImportRun.Status.RUNNING)
COUNT_LABELS = {
    IngestStatus.NEW.value: gettext_lazy("new"),
    IngestStatus.UNCHANGED.value: gettext_lazy("unchanged"),
    IngestStatus.UPDATED.value: gettext_lazy("updated"),
    IngestStatus.DUPLICATE.value: gettext_lazy("duplicate"),
    IngestStatus.FAILED.value: gettext_lazy("failed"),
    IngestStatus.SKIPPED.value: gettext_lazy("skipped"),
}


def may_import(user) -> bool:
    """Editors (and superusers) start, cancel and resume imports; translators and reviewers do not."""
    return user.is_active and user.is_staff and user.has_perm(PERM_IMPORT)


def can_cancel(run: ImportRun) -> bool:
    return run.background and run.cancelled_at is None and run.status in (*ACTIVE, ImportRun.Status.INTERRUPTED)


def can_resume(run: ImportRun) -> bool:
    return run.background and run.status in (ImportRun.Status.INTERRUPTED, ImportRun.Status.CANCELLED)


def run_folder(run: ImportRun) -> str:
    paths = run.arguments.get("paths") or []
    return paths[0].rstrip("/") + "/" if len(paths) == 1 else ""


def run_progress(run: ImportRun) -> dict:
    """What the run page shows and its script updates, as JSON-ready values."""
    folder = run_folder(run)
    failures = [
        {
            "file": f["file"][len(folder):] if folder and f["file"].startswith(folder) else f["file"],
            "error": f.get("error", ""),
            "status": f.get("status", IngestStatus.FAILED.value),
        }
        for f in run.failures
    ]
    done = run.done_files if run.background else sum(run.counts.values())
    total = run.total_files if run.background else done
    return {
        "id": run.pk,
        "status": run.status,
        "status_display": str(run.get_status_display()),
        "active": run.status in ACTIVE,
        "done": done,
        "total": total,
        "done_text": ngettext("%(done)s of %(total)s file done", "%(done)s of %(total)s files done", total)
        % {"done": done, "total": total},
        "counts": {key: run.counts.get(key, 0) for key in COUNT_LABELS},
        "failures": failures,
        "can_cancel": can_cancel(run),
        "can_resume": can_resume(run),
    }


def run_drafts(run: ImportRun):
    """The versions this run created (the first :data:`DRAFTS_SHOWN`) and how many in all."""
    versions = Version.objects.filter(source_document__import_run=run)
    shown = versions.select_related("edition").only(
        "pk", "number", "title", "status", "edition__language", "edition__article_id"
    ).order_by("pk")[:DRAFTS_SHOWN]
    return list(shown), versions.count()


class ImportScreenMixin:
    """get_urls() and views for ImportRunAdmin: the import screen, progress, cancel, resume."""

    change_form_template = "admin/corpus/importrun/change_form.html"
    change_list_template = "admin/corpus/importrun/change_list.html"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="corpus_importrun_import"),
            path("<int:run_id>/progress/", wrap(self.progress_view), name="corpus_importrun_progress"),
            path("<int:run_id>/cancel/", wrap(self.cancel_view), name="corpus_importrun_cancel"),
            path("<int:run_id>/resume/", wrap(self.resume_view), name="corpus_importrun_resume"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {**(extra_context or {}), "may_import": may_import(request.user)})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = ImportRun.objects.filter(pk=object_id).select_related("started_by").first() if object_id.isdigit() \
            else None
        context = dict(extra_context or {})
        if run is not None:
            drafts, drafts_count = run_drafts(run)
            context.update(
                progress=run_progress(run), count_labels=COUNT_LABELS, drafts=drafts, drafts_count=drafts_count,
                may_import=may_import(request.user), poll_ms=POLL_MS, run_origin=run.arguments.get("origin") or {},
            )
        return super().change_view(request, object_id, form_url, context)

    # -- the import screen ---------------------------------------------------------------

    def import_view(self, request):
        if not may_import(request.user):
            raise PermissionDenied
        action = request.POST.get("action") if request.method == "POST" else None
        limits = upload_limits()
        described = _(
            "At most %(files)s files at once (files inside ZIP archives count), %(file)s MB each and %(total)s MB "
            "together, unpacked. Archives with links, paths leading out of their folder or suspiciously tight "
            "packing are refused."
        ) % {"files": limits.max_files, "file": _megabytes(limits.max_file_bytes),
             "total": _megabytes(limits.max_total_bytes)}
        upload_form = UploadForm(request.POST, request.FILES, limits=described) if action == "upload" \
            else UploadForm(limits=described)
        inbox_form = InboxForm(request.POST) if action == "inbox" else InboxForm()
        problems: list[str] = []
        if action == "upload" and upload_form.is_valid():
            run, problems = self._start_upload(request, upload_form.cleaned_data)
            if run is not None:
                return self._started(request, run)
        elif action == "inbox" and inbox_form.is_valid():
            run, problems = self._start_inbox(request, inbox_form.cleaned_data)
            if run is not None:
                return self._started(request, run)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import files"),
            "upload_form": upload_form,
            "inbox_form": inbox_form,
            "action": action,
            "problems": problems,
            "inboxes": inbox_folders(),
        }
        return TemplateResponse(request, "admin/corpus/importrun/import.html", context)

    def _start_upload(self, request, data):
        uploads = data["files"]
        source = data["source"] or upload_default_source(uploads)
        try:
            check_source_name(source)
        except ValueError as exc:
            return None, [str(exc)]
        try:
            stored = upload_store(uploads=uploads, root=settings.NEWSDESK_IMPORT_UPLOAD_DIR, limits=upload_limits())
        except UploadRefused as refused:
            return None, refused.problems
        try:
            run = import_folder_enqueue(
                folder=stored.folder, glob="*", source=source, started_by=request.user,
                origin={"kind": "upload", "files": [u.name for u in uploads]},
            )
        except BaseException:
            shutil.rmtree(stored.folder, ignore_errors=True)
            raise
        return run, []

    def _start_inbox(self, request, data):
        name = data["inbox"]
        try:
            folder = inbox_folder(name)
        except InboxError as exc:
            return None, [str(exc)]
        run = import_folder_enqueue(
            folder=folder, glob=data["glob"], source=data["source"] or None, started_by=request.user,
            origin={"kind": "inbox", "inbox": name},
        )
        return run, []

    def _started(self, request, run):
        if run.total_files:
            messages.success(request, _("Import run #%(id)s is queued: %(n)s files. This page follows its progress.")
                             % {"id": run.pk, "n": run.total_files})
        else:
            messages.warning(request, _("Import run #%(id)s found no files to import.") % {"id": run.pk})
        return HttpResponseRedirect(reverse("admin:corpus_importrun_change", args=[run.pk]))

    # -- the run page's live parts ---------------------------------------------------------

    def progress_view(self, request, run_id):
        if not self.has_view_permission(request):
            raise PermissionDenied
        import_runs_mark_interrupted()
        run = get_object_or_404(ImportRun, pk=run_id)
        return JsonResponse(run_progress(run))  # never cached: admin_view adds never_cache

    def cancel_view(self, request, run_id):
        return self._change_run(request, run_id, import_run_cancel, _("Import run #%(id)s is cancelled."))

    def resume_view(self, request, run_id):
        return self._change_run(request, run_id, import_run_resume, _("Import run #%(id)s is queued again."))

    def _change_run(self, request, run_id, service, done: str):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not may_import(request.user):
            raise PermissionDenied
        run = get_object_or_404(ImportRun, pk=run_id)
        try:
            service(run=run)
        except ImportRunError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done % {"id": run.pk})
        return HttpResponseRedirect(reverse("admin:corpus_importrun_change", args=[run.pk]))


def _megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):.1f}".removesuffix(".0")

