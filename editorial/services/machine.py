"""Machine drafts as background tasks: engine calls never block a web request.

The desk asks with :func:`machine_translation_request`, which checks what
can be checked at once (languages, the user's role, the engine) and queues
one :class:`MachineTranslationRequest` per language, each run by the
:func:`machine_translation_draft` task on Django's tasks API (the same
backend and workers as background imports, ``TASKS`` in settings). The
task calls :func:`editorial.services.translation_machine_draft`, the same
service tests and commands call directly, and records on the request what
came of it: the draft made, or the engine's message (nothing is created
then, in any language). A request whose worker never finished it (no
worker running, or one killed) is marked failed after
``NEWSDESK_MACHINE_TRANSLATION_STALE_SECONDS`` so it can be asked again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from editorial.exceptions import EditorialError, MachineTranslationFailed
from editorial.machine_translation import MachineTranslationError, get_engine
from editorial.models import MachineTranslationRequest, Version

from .translations import translation_machine_draft, translation_targets

__all__ = [
    "machine_translation_draft",
    "machine_translation_request",
    "machine_translation_request_run",
    "machine_translation_requests_expire",
]

logger = logging.getLogger(__name__)

Request = MachineTranslationRequest


def stale_after() -> timedelta:
    """A request queued or running this long has no worker any more."""
    return timedelta(seconds=int(getattr(settings, "NEWSDESK_MACHINE_TRANSLATION_STALE_SECONDS", 1800)))


def machine_translation_request(
    *, source_version: Version, languages: Sequence[str], user, engine: str
) -> list[MachineTranslationRequest]:
    """Queue a machine draft of ``source_version`` into each of ``languages``
    with engine ``engine``; returns one request per language.

    Refuses at once, before anything is queued, what the draft itself would
    refuse: no language, the source's or the original language, a user who
    may not edit a language (:class:`EditorialError`,
    :class:`PermissionDenied`), an engine not configured or not usable here
    (:class:`MachineTranslationFailed`). A language with a request still
    queued or running gets that request back (``merged`` is True on it)
    instead of a second one. Each task is enqueued when the transaction
    commits, so a worker never looks for a request not yet stored.
    """
    targets = translation_targets(source_version=source_version, languages=languages, user=user)
    try:
        get_engine(engine)
    except MachineTranslationError as error:
        raise MachineTranslationFailed(
            _("No machine draft was queued: %(reason)s") % {"reason": error.message}
        ) from error
    machine_translation_requests_expire()
    article = source_version.edition.article
    requests = []
    with transaction.atomic():
        for code, _edition in targets:
            pending = _pending(article_id=article.pk, language=code)
            if pending is None:
                try:
                    with transaction.atomic():
                        pending = Request.objects.create(
                            article=article, source_version=source_version, language=code, engine=engine,
                            requested_by=user, interface_language=translation.get_language() or "",
                        )
                except IntegrityError:  # another desk asked for the same language at the same moment
                    pending = _pending(article_id=article.pk, language=code)
                    if pending is None:
                        raise
                else:
                    pending.merged = False
                    transaction.on_commit(partial(_enqueue, pending.pk))
                    requests.append(pending)
                    continue
            pending.merged = True
            requests.append(pending)
    return requests


def _pending(*, article_id: int, language: str) -> MachineTranslationRequest | None:
    return Request.objects.filter(article_id=article_id, language=language, status__in=Request.PENDING).first()


def _enqueue(request_id: int) -> None:
    result = machine_translation_draft.enqueue(request_id)
    Request.objects.filter(pk=request_id).update(task_id=str(result.id))


@task()
def machine_translation_draft(request_id: int) -> dict[str, Any]:
    """The task a worker runs for one request (see :func:`machine_translation_request_run`)."""
    return machine_translation_request_run(request_id=request_id)


def machine_translation_request_run(*, request_id: int) -> dict[str, Any]:
    """Make the machine draft a request asks for, and record what came of it.

    Runs at most once per request: a worker takes it only while it is
    queued. The draft is made by :func:`translation_machine_draft` with the
    requester's rights as they are now; every refusal or engine failure
    (timeout, quota, malformed answer, a translator saving meanwhile) is an
    :class:`EditorialError` whose message is stored on the failed request,
    and nothing is created. An unexpected error is recorded too, then
    raised for the task backend to log.
    """
    now = timezone.now()
    if not Request.objects.filter(pk=request_id, status=Request.Status.QUEUED).update(
        status=Request.Status.RUNNING, started_at=now
    ):
        return {"request": request_id, "status": "not taken"}
    request = Request.objects.select_related("source_version__edition__article", "requested_by").get(pk=request_id)
    with translation.override(request.interface_language or None):
        return _run(request)


def _run(request: MachineTranslationRequest) -> dict[str, Any]:
    request_id = request.pk
    try:
        if request.requested_by is None:
            raise EditorialError(_("The person who asked for this draft no longer has an account."))
        drafts = translation_machine_draft(
            source_version=request.source_version, languages=[request.language], user=request.requested_by,
            engine=request.engine,
        )
    except EditorialError as error:
        _finish(request_id, Request.Status.FAILED, error=error.message)
        return {"request": request_id, "status": "failed", "error": error.message}
    except Exception as error:
        logger.exception("Machine-translation request %s failed", request_id)
        _finish(request_id, Request.Status.FAILED,
                error=_("Internal error while making the machine draft: %(error)r") % {"error": error})
        raise
    version = drafts[0] if drafts else None
    _finish(request_id, Request.Status.DONE, version=version)
    return {"request": request_id, "status": "done", "version": version.pk if version else None}


def _finish(request_id: int, status: str, **fields: Any) -> None:
    Request.objects.filter(pk=request_id).update(status=status, finished_at=timezone.now(), **fields)


def machine_translation_requests_expire() -> int:
    """Mark requests queued or running for longer than :func:`stale_after` as
    failed (no worker took or finished them); returns how many."""
    now = timezone.now()
    limit = now - stale_after()
    minutes = max(1, round(stale_after().total_seconds() / 60))
    stale = Q(status=Request.Status.QUEUED, requested_at__lt=limit) | Q(
        status=Request.Status.RUNNING, started_at__lt=limit
    )
    return Request.objects.filter(stale).update(
        status=Request.Status.FAILED, finished_at=now,
        error=_("No task worker finished this request within %(minutes)s minutes (is one running?); "
                "nothing was created. Ask again.") % {"minutes": minutes},
    )
