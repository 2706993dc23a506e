"""Creating articles by hand (imports go through :mod:`.imports`)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils.translation import gettext as _

from editorial.exceptions import EditorialError
from editorial.models import Article, Edition, Version

from .rules import PERM_EDIT, require
from .versions import version_create


@transaction.atomic
def article_create(
    *, language: str, title: str, paragraphs: Sequence[str], user, summary: str = ""
) -> Version:
    """A new article with its original edition in ``language`` and a first
    draft. Raises :class:`PermissionDenied` without the Editor role and
    :class:`EditorialError` for a missing language, title or text."""
    require(user, PERM_EDIT, _("create articles"))
    code = (language or "").strip().lower()
    if not code:
        raise EditorialError(_("An article needs a language."))
    article = Article.objects.create()
    edition = Edition.objects.create(article=article, language=code)
    Article.objects.filter(pk=article.pk).update(original_edition=edition)
    article.original_edition = edition
    return version_create(
        edition=edition, paragraphs=paragraphs, title=title, summary=summary, author=user, based_on=None
    )
