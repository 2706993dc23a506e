"""Tag decisions and vocabulary upkeep.

Accepting a suggestion links the article to a vocabulary tag (creating the
tag when the suggestion matched none) and records the surface form the
pipeline saw as an alias, so the next import matches it. Every decision is
kept on the suggestion (who, when) and as an event.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from editorial.choices import EventAction, SuggestionStatus
from editorial.exceptions import EditorialError, InvalidTransition
from editorial.models import Article, ArticleTag, Tag, TagAlias, TagLabel, TagSuggestion
from editorial.pagecache import publication_changed

from .events import record_event
from .rules import PERM_TAGS, PERM_VOCABULARY, require


def _unique_slug(name: str) -> str:
    base = (slugify(name, allow_unicode=True) or "tag")[:190]
    slug, n = base, 2
    while Tag.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def tag_create(*, name: str, kind: str, user) -> Tag:
    """A new vocabulary tag; raises :class:`EditorialError` for an empty name."""
    require(user, PERM_TAGS, _("add tags"))
    if not (name or "").strip():
        raise EditorialError(_("A tag needs a name."))
    return Tag.objects.create(name=name.strip()[:200], slug=_unique_slug(name), kind=kind)


def _find_tag(name: str, kind: str) -> Tag | None:
    """An existing tag whose name or alias is ``name`` (case-insensitive)."""
    folded = name.strip()
    return (
        Tag.objects.filter(Q(name__iexact=folded) | Q(aliases__alias__iexact=folded), kind=kind)
        .order_by("pk")
        .first()
    )


def _link(*, article: Article, tag: Tag, user, suggestion: TagSuggestion | None = None) -> bool:
    if ArticleTag.objects.filter(article=article, tag=tag).exists():
        return False
    ArticleTag.objects.create(article=article, tag=tag, added_by=user, suggestion=suggestion)
    publication_changed()  # public pages list an article's tags
    return True


@transaction.atomic
def tag_suggestion_accept(*, suggestion: TagSuggestion, user, tag: Tag | None = None) -> Tag:
    """Accept a suggestion: link its article to a vocabulary tag.

    The tag is ``tag`` if given, else the one the suggestion matched, else
    an existing tag of that name or alias, else a new one. The suggestion's
    surface form becomes an alias of the tag (for the article's language)
    unless it is already its name or an alias. Raises
    :class:`PermissionDenied` without the Editor role and
    :class:`InvalidTransition` if the suggestion was already decided.
    """
    require(user, PERM_TAGS, _("decide on tag suggestions"))
    # Lock the suggestion row only: PostgreSQL refuses FOR UPDATE on the
    # nullable side of the outer join to the original edition.
    current = (
        TagSuggestion.objects.select_for_update(of=("self",))
        .select_related("article__original_edition")
        .get(pk=suggestion.pk)
    )
    if current.status != SuggestionStatus.SUGGESTED:
        raise InvalidTransition(
            _("The suggestion “%(name)s” is already “%(state)s”.")
            % {"name": current.name, "state": current.get_status_display()}
        )
    chosen = tag or current.tag or _find_tag(current.name, current.kind)
    if chosen is None:
        chosen = Tag.objects.create(name=current.name, slug=_unique_slug(current.name), kind=current.kind)
    language = current.article.original_language
    if current.name.casefold() != chosen.name.casefold() and not chosen.aliases.filter(alias__iexact=current.name).exists():
        TagAlias.objects.create(tag=chosen, alias=current.name, language=language)
    _link(article=current.article, tag=chosen, user=user, suggestion=current)
    now = timezone.now()
    TagSuggestion.objects.filter(pk=current.pk).update(
        status=SuggestionStatus.ACCEPTED, tag=chosen, decided_by=user, decided_at=now
    )
    record_event(
        action=EventAction.TAG_ACCEPTED, actor=user, article=current.article,
        data={"suggestion": current.name, "tag": chosen.name, "tag_id": chosen.pk},
    )
    suggestion.status, suggestion.tag, suggestion.decided_by, suggestion.decided_at = (
        SuggestionStatus.ACCEPTED, chosen, user, now,
    )
    return chosen


@transaction.atomic
def tag_suggestion_reject(*, suggestion: TagSuggestion, user) -> TagSuggestion:
    """Reject a suggestion; the decision is kept so it is not suggested again.

    Same refusals as :func:`tag_suggestion_accept`.
    """
    require(user, PERM_TAGS, _("decide on tag suggestions"))
    current = TagSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if current.status != SuggestionStatus.SUGGESTED:
        raise InvalidTransition(
            _("The suggestion “%(name)s” is already “%(state)s”.")
            % {"name": current.name, "state": current.get_status_display()}
        )
    now = timezone.now()
    TagSuggestion.objects.filter(pk=current.pk).update(
        status=SuggestionStatus.REJECTED, decided_by=user, decided_at=now
    )
    record_event(action=EventAction.TAG_REJECTED, actor=user, article=current.article,
                 data={"suggestion": current.name})
    suggestion.status, suggestion.decided_by, suggestion.decided_at = SuggestionStatus.REJECTED, user, now
    return suggestion


@transaction.atomic
def article_tag_add(*, article: Article, tag: Tag, user) -> ArticleTag:
    """Put a vocabulary tag on an article. Raises :class:`InvalidTransition`
    if it is already there."""
    require(user, PERM_TAGS, _("tag articles"))
    if not _link(article=article, tag=tag, user=user):
        raise InvalidTransition(_("The article already has the tag “%(name)s”.") % {"name": tag.name})
    record_event(action=EventAction.TAG_ADDED, actor=user, article=article, data={"tag": tag.name, "tag_id": tag.pk})
    return ArticleTag.objects.get(article=article, tag=tag)


@transaction.atomic
def article_tag_remove(*, article: Article, tag: Tag, user) -> None:
    """Take a tag off an article. Raises :class:`InvalidTransition` if it is not there."""
    require(user, PERM_TAGS, _("tag articles"))
    deleted, _rows = ArticleTag.objects.filter(article=article, tag=tag).delete()
    if not deleted:
        raise InvalidTransition(_("The article does not have the tag “%(name)s”.") % {"name": tag.name})
    publication_changed()
    record_event(action=EventAction.TAG_REMOVED, actor=user, article=article, data={"tag": tag.name, "tag_id": tag.pk})


@transaction.atomic
def tag_merge(*, source: Tag, target: Tag, user) -> Tag:
    """Merge ``source`` into ``target`` and delete ``source``.

    Aliases, labels (where ``target`` has none in that language), article
    links and suggestions follow; ``source``'s name becomes an alias of
    ``target``. Raises :class:`PermissionDenied` without the vocabulary
    permission and :class:`EditorialError` for merging a tag into itself.
    """
    require(user, PERM_VOCABULARY, _("merge tags"))
    if source.pk == target.pk:
        raise EditorialError(_("A tag cannot be merged into itself."))
    source = Tag.objects.select_for_update().get(pk=source.pk)
    target = Tag.objects.select_for_update().get(pk=target.pk)
    target_aliases = {(a.alias.casefold(), a.language) for a in target.aliases.all()}
    for alias in source.aliases.all():
        if (alias.alias.casefold(), alias.language) not in target_aliases and alias.alias.casefold() != target.name.casefold():
            TagAlias.objects.create(tag=target, alias=alias.alias, language=alias.language)
            target_aliases.add((alias.alias.casefold(), alias.language))
    if (source.name.casefold(), "") not in target_aliases and source.name.casefold() != target.name.casefold():
        TagAlias.objects.create(tag=target, alias=source.name, language="")
    target_languages = set(target.labels.values_list("language", flat=True))
    for label in source.labels.all():
        if label.language not in target_languages:
            TagLabel.objects.create(tag=target, language=label.language, label=label.label)
    linked = set(ArticleTag.objects.filter(tag=target).values_list("article_id", flat=True))
    affected = set(ArticleTag.objects.filter(tag=source).values_list("article_id", flat=True))
    # Articles that had both keep the target link; the source link goes
    # with the source tag.
    ArticleTag.objects.filter(tag=source).exclude(article_id__in=linked).update(tag=target)
    TagSuggestion.objects.filter(tag=source).update(tag=target)
    data = {"source": source.name, "source_slug": source.slug, "target": target.name, "target_id": target.pk}
    for article in Article.objects.filter(pk__in=affected):
        record_event(action=EventAction.TAG_MERGED, actor=user, article=article, data=data)
    if not affected:
        record_event(action=EventAction.TAG_MERGED, actor=user, data=data)
    source.delete()
    publication_changed()
    return target
