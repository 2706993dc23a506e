"""The editor's desk: extra admin screens of an article.

Thin views over :mod:`editorial.services` (STYLE.md convention 12): each
POST calls one service; a refusal is an ``EditorialError`` shown with
``messages``, never a 500. Screens render with ``TemplateResponse`` and the
admin's context so they look like the rest of the admin.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from editorial import services
from editorial.diffs import compare_field, compare_paragraphs, mark_removals
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.forms import AddTagForm, ScheduleForm, VersionEditForm
from editorial.models import Article, Edition, Event, ShareLink, Tag, TagSuggestion, Version
from editorial.services.corrections import source_document_for

from .context import edition_desk, language_matrix, pending_corrections, tag_panel, version_actions
from .translating import machine_panel, machine_requests


class DeskMixin:
    """Adds the desk, edit, compare, conflict and action screens to ArticleAdmin."""

    desk_template = "admin/editorial/article/desk.html"

    def get_urls(self):
        view = self.admin_site.admin_view
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<int:article_id>/edit/<int:edition_id>/", view(self.edit_view), name="%s_%s_edit" % info),
            path("<int:article_id>/act/", view(self.act_view), name="%s_%s_act" % info),
            path("<int:article_id>/compare/<int:edition_id>/", view(self.compare_view), name="%s_%s_compare" % info),
            path("<int:article_id>/source/<int:version_id>/", view(self.source_view), name="%s_%s_source" % info),
            path("<int:article_id>/conflict/<int:version_id>/", view(self.conflict_view),
                 name="%s_%s_conflict" % info),
        ] + super().get_urls()

    # -- helpers ---------------------------------------------------------

    def _article(self, request, article_id) -> Article:
        article = get_object_or_404(
            Article.objects.select_related("original_edition"), pk=article_id
        )
        if not self.has_view_permission(request, article):
            raise DjangoPermissionDenied
        return article

    def _desk_url(self, article: Article, anchor: str = "") -> str:
        url = reverse("admin:editorial_article_change", args=[article.pk])
        return url + (f"#{anchor}" if anchor else "")

    def _context(self, request, article: Article, title: str, **extra) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "article": article,
            "title": title,
            "has_view_permission": True,
            **extra,
        }

    # -- the desk (the article's change page) ----------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self._article(request, object_id)
        editions = list(
            Edition.objects.filter(article=article)
            .select_related("latest_version__created_by", "latest_version__translation_of",
                            "live_version__translation_of")
            .order_by("language")
        )
        editions.sort(key=lambda e: e.pk != article.original_edition_id)
        desks = [edition_desk(request.user, edition, article) for edition in editions]
        original = next((d for d in desks if d.is_original), desks[0] if desks else None)
        context = self._context(
            request,
            article,
            title=(original.latest.title if original and original.latest else str(article)),
            desks=desks,
            original_desk=original,
            corrections=pending_corrections(article, original.latest if original else None),
            tag_panel=tag_panel(article, request.user),
            add_tag_form=AddTagForm(),
            schedule_forms={
                d.edition.pk: ScheduleForm(initial={"go_live_at": d.edition.go_live_at, "expire_at": d.edition.expire_at})
                for d in desks
            },
            events=Event.objects.for_article(article)[:200],
            matrix=language_matrix(article, editions),
            machine=machine_panel(),
            machine_requests=machine_requests(article),
            together=[d.latest for d in desks if d.latest and d.latest.status == Version.Status.IN_REVIEW],
            can_review=request.user.has_perm("editorial.review_version"),
            can_translate=request.user.has_perm("editorial.add_version")
            or request.user.has_perm("editorial.translate_version"),
            source_document=source_document_for(original.latest) if original and original.latest else None,
            media=self.media + AddTagForm().media + ScheduleForm().media,
        )
        return TemplateResponse(request, self.desk_template, context)

    def history_view(self, request, object_id, extra_context=None):
        article = self._article(request, object_id)
        context = self._context(
            request, article, title=_("History of %(article)s") % {"article": article},
            events=Event.objects.for_article(article),
        )
        return TemplateResponse(request, "admin/editorial/article/history.html", context)

    # -- editing ----------------------------------------------------------

    def edit_view(self, request, article_id, edition_id):
        article = self._article(request, article_id)
        edition = get_object_or_404(Edition.objects.select_related("latest_version", "article"),
                                    pk=edition_id, article=article)
        latest = edition.latest_version
        if request.method == "POST":
            form = VersionEditForm(request.POST)
            if form.is_valid():
                return self._save_edit(request, article, edition, form)
        else:
            form = VersionEditForm(initial={
                "title": latest.title if latest else "",
                "summary": latest.summary if latest else "",
                "text": "\n\n".join(latest.texts) if latest else "",
                "based_on": latest.pk if latest else 0,
            })
        context = self._context(
            request, article, title=_("Edit %(language)s text") % {"language": edition.language},
            form=form, edition=edition, latest=latest,
        )
        return TemplateResponse(request, "admin/editorial/article/edit.html", context)

    def _save_edit(self, request, article, edition, form):
        data = form.cleaned_data
        based_on = Version.objects.filter(pk=data["based_on"], edition=edition).first()
        unchanged = (
            based_on is not None and based_on.title == data["title"].strip()
            and based_on.summary == data["summary"].strip() and based_on.texts == data["text"]
        )
        if unchanged:
            messages.info(request, _("Nothing changed; no new version was saved."))
            return HttpResponseRedirect(self._desk_url(article))
        fields = dict(
            edition=edition, paragraphs=data["text"], title=data["title"], summary=data["summary"],
            author=request.user, comment=data["comment"],
            title_is_proposed=bool(based_on and based_on.title_is_proposed and based_on.title == data["title"].strip()),
            summary_is_proposed=bool(
                based_on and based_on.summary_is_proposed and based_on.summary == data["summary"].strip()
            ),
        )
        try:
            version = services.version_create(based_on=based_on, **fields)
        except StaleVersionError:
            return self._save_conflict(request, article, edition, fields, based_on)
        except EditorialError as error:
            messages.error(request, error.message)
            context = self._context(request, article, title=_("Edit %(language)s text") % {"language": edition.language},
                                    form=form, edition=edition, latest=edition.latest_version)
            return TemplateResponse(request, "admin/editorial/article/edit.html", context)
        messages.success(request, _("Saved as version %(number)s (a draft).") % {"number": version.number})
        return HttpResponseRedirect(self._desk_url(article, f"edition-{edition.pk}"))

    def _save_conflict(self, request, article, edition, fields, based_on):
        """Someone saved since this editor started: keep this text as its own
        draft on top of the newer version, then show both side by side."""
        for _attempt in range(3):
            edition.refresh_from_db()
            theirs = edition.latest_version
            try:
                mine = services.version_create(
                    based_on=theirs, origin=Version.Origin.CONFLICT,
                    **{**fields, "comment": (fields["comment"] + " " + _("(saved after an edit conflict)")).strip()},
                )
            except StaleVersionError:
                continue
            except EditorialError as error:
                messages.error(request, error.message)
                return HttpResponseRedirect(self._desk_url(article))
            messages.warning(
                request,
                _("Someone saved version %(theirs)s while you were editing version %(started)s. Your text is kept "
                  "as version %(mine)s; their changes are not in it. Compare below and merge by hand.")
                % {"theirs": theirs.number, "started": based_on.number if based_on else 0, "mine": mine.number},
            )
            url = reverse("admin:editorial_article_conflict", args=[article.pk, mine.pk])
            return HttpResponseRedirect(f"{url}?theirs={theirs.pk}")
        messages.error(request, _("The article is being edited by several people at once; try again."))
        return HttpResponseRedirect(self._desk_url(article))

    def conflict_view(self, request, article_id, version_id):
        article = self._article(request, article_id)
        mine = get_object_or_404(Version.objects.select_related("edition", "created_by"), pk=version_id,
                                 edition__article=article)
        theirs = get_object_or_404(Version.objects.select_related("created_by"), pk=request.GET.get("theirs") or 0,
                                   edition=mine.edition)
        context = self._context(
            request, article, title=_("Edit conflict"), mine=mine, theirs=theirs, edition=mine.edition,
            rows=compare_paragraphs(theirs.paragraphs, mine.paragraphs),
            title_row=compare_field(theirs.title, mine.title),
            summary_row=compare_field(theirs.summary, mine.summary),
        )
        return TemplateResponse(request, "admin/editorial/article/conflict.html", context)

    # -- compare screens ------------------------------------------------------

    def compare_view(self, request, article_id, edition_id):
        article = self._article(request, article_id)
        edition = get_object_or_404(Edition, pk=edition_id, article=article)
        versions = list(Version.objects.filter(edition=edition).select_related("created_by").order_by("-number"))
        by_pk = {str(v.pk): v for v in versions}
        right = by_pk.get(request.GET.get("b", "")) or edition.latest_version
        left = by_pk.get(request.GET.get("a", "")) or (
            edition.live_version if edition.live_version_id and edition.live_version_id != right.pk else right.based_on
        ) or right
        rows = compare_paragraphs(left.paragraphs, right.paragraphs)
        only_changes = request.GET.get("changes") == "1"
        context = self._context(
            request, article, title=_("Compare versions"), edition=edition, versions=versions, left=left, right=right,
            right_actions=version_actions(request.user, right, edition),
            rows=[row for row in rows if row.changed] if only_changes else rows,
            changed_count=sum(row.changed for row in rows), only_changes=only_changes,
            title_row=compare_field(left.title, right.title),
            summary_row=compare_field(left.summary, right.summary),
        )
        return TemplateResponse(request, "admin/editorial/article/compare.html", context)

    def source_view(self, request, article_id, version_id):
        article = self._article(request, article_id)
        version = get_object_or_404(Version.objects.select_related("edition"), pk=version_id, edition__article=article)
        document = source_document_for(version)
        if document is None:
            messages.info(request, _("This version was not imported from a file; there is no raw source."))
            return HttpResponseRedirect(self._desk_url(article))
        latest = version.edition.latest_version
        marked = mark_removals(document.raw_text, document.removed)
        removed = [
            {**block, "index": n, "restored": all(
                line.strip() in latest.texts for line in block["text"].splitlines() if line.strip()
            )}
            for n, block in enumerate(document.removed)
        ]
        context = self._context(
            request, article, title=_("Raw source and cleaned text"), version=version, latest=latest,
            document=document, parts=[(text, removed[i] if i is not None else None) for text, i in marked.parts],
            unlocated=[removed[i] for i in marked.unlocated], removed=removed,
        )
        return TemplateResponse(request, "admin/editorial/article/source.html", context)

    # -- actions (POST only) ---------------------------------------------------

    def act_view(self, request, article_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self._article(request, article_id)
        action = request.POST.get("action", "")
        handler = getattr(self, f"_act_{action}", None)
        if handler is None:
            messages.error(request, _("Unknown action."))
            return HttpResponseRedirect(self._desk_url(article))
        try:
            message = handler(request, article)
        except EditorialError as error:
            messages.error(request, error.message)
        else:
            if message:
                messages.success(request, message)
        next_url = request.POST.get("next", "")
        if next_url.startswith("/") and not next_url.startswith("//"):
            return HttpResponseRedirect(next_url)
        return HttpResponseRedirect(self._desk_url(article))

    def _version(self, request, article) -> Version:
        return get_object_or_404(
            Version.objects.select_related("edition__article"), pk=request.POST.get("version") or 0,
            edition__article=article,
        )

    def _edition(self, request, article) -> Edition:
        return get_object_or_404(Edition.objects.select_related("article"), pk=request.POST.get("edition") or 0,
                                 article=article)

    def _act_submit(self, request, article):
        version = services.version_submit(version=self._version(request, article), user=request.user)
        return _("Version %(n)s is waiting for review.") % {"n": version.number}

    def _act_approve(self, request, article):
        version = services.version_approve(version=self._version(request, article), user=request.user,
                                           comment=request.POST.get("comment", ""))
        return _("Version %(n)s is approved and live.") % {"n": version.number}

    def _act_request_changes(self, request, article):
        version = services.version_request_changes(version=self._version(request, article), user=request.user,
                                                   comment=request.POST.get("comment", ""))
        return _("Changes requested on version %(n)s.") % {"n": version.number}

    def _act_reject(self, request, article):
        version = services.version_reject(version=self._version(request, article), user=request.user,
                                          comment=request.POST.get("comment", ""))
        return _("Version %(n)s is rejected.") % {"n": version.number}

    def _act_withdraw(self, request, article):
        services.edition_withdraw(edition=self._edition(request, article), user=request.user,
                                  comment=request.POST.get("comment", ""))
        return _("Withdrawn from the public site.")

    def _act_schedule(self, request, article):
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            raise EditorialError(_("Give valid dates and times: %(errors)s") % {"errors": form.errors.as_text()})
        services.edition_schedule(edition=self._edition(request, article), user=request.user,
                                  go_live_at=form.cleaned_data["go_live_at"], expire_at=form.cleaned_data["expire_at"])
        return _("Schedule saved.")

    def _act_language(self, request, article):
        edition = services.edition_change_language(edition=self._edition(request, article), user=request.user,
                                                   language=request.POST.get("language", ""))
        return _("The edition is now in '%(code)s'.") % {"code": edition.language}

    def _act_confirm(self, request, article):
        version = services.version_confirm_proposed(version=self._version(request, article), user=request.user,
                                                    field=request.POST.get("field", ""))
        return _("Confirmed; saved as version %(n)s.") % {"n": version.number}

    def _act_apply_correction(self, request, article):
        version = services.version_apply_correction(
            version=self._version(request, article), user=request.user,
            original=request.POST.get("original", ""), suggestion=request.POST.get("suggestion", ""),
        )
        return _("Corrected; saved as version %(n)s.") % {"n": version.number}

    def _act_dismiss_correction(self, request, article):
        services.correction_dismiss(article=article, user=request.user, original=request.POST.get("original", ""),
                                    suggestion=request.POST.get("suggestion", ""))
        return _("Correction dismissed.")

    def _act_restore(self, request, article):
        try:
            index = int(request.POST.get("index", ""))
        except ValueError:
            raise EditorialError(_("Choose a removed block to restore.")) from None
        version = services.version_restore_removed(version=self._version(request, article), user=request.user,
                                                   index=index)
        return _("Block restored; saved as version %(n)s.") % {"n": version.number}

    def _act_tags(self, request, article):
        """Accept or reject the ticked suggestions, reporting each refusal."""
        decision = request.POST.get("decision")
        chosen = TagSuggestion.objects.filter(article=article, pk__in=request.POST.getlist("suggestion"))
        if decision not in {"accept", "reject"} or not chosen:
            raise EditorialError(_("Tick at least one suggestion, then accept or reject."))
        done, refused = 0, []
        for suggestion in chosen:
            try:
                if decision == "accept":
                    services.tag_suggestion_accept(suggestion=suggestion, user=request.user)
                else:
                    services.tag_suggestion_reject(suggestion=suggestion, user=request.user)
                done += 1
            except EditorialError as error:
                refused.append(f"{suggestion.name}: {error.message}")
        if refused:
            messages.warning(request, _("Skipped: %(list)s") % {"list": "; ".join(refused)})
        return (_("%(n)s suggestion(s) accepted.") if decision == "accept"
                else _("%(n)s suggestion(s) rejected.")) % {"n": done}

    def _act_add_tag(self, request, article):
        form = AddTagForm(request.POST)
        if not form.is_valid():
            raise EditorialError(_("Choose a tag from the vocabulary."))
        link = services.article_tag_add(article=article, tag=form.cleaned_data["tag"], user=request.user)
        return _("Tag “%(name)s” added.") % {"name": link.tag.name}

    def _act_share(self, request, article):
        try:
            days = int(request.POST.get("days") or 7)
        except ValueError:
            raise EditorialError(_("Give the number of days the link should work.")) from None
        link = services.share_link_create(version=self._version(request, article), user=request.user,
                                          lifetime=timedelta(days=days), note=request.POST.get("note", ""))
        url = request.build_absolute_uri(reverse("shared-version", args=[link.token]))
        return _("Share link for version %(n)s, valid until %(until)s: %(url)s") % {
            "n": link.version.number, "until": date_format(localtime(link.expires_at), "DATETIME_FORMAT"), "url": url}

    def _act_revoke_share(self, request, article):
        link = get_object_or_404(ShareLink, pk=request.POST.get("link") or 0, version__edition__article=article)
        services.share_link_revoke(link=link, user=request.user)
        return _("Share link revoked.")

    def _act_remove_tag(self, request, article):
        tag = get_object_or_404(Tag, pk=request.POST.get("tag") or 0)
        services.article_tag_remove(article=article, tag=tag, user=request.user)
        return _("Tag “%(name)s” removed.") % {"name": tag.name}
