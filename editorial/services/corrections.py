"""Editor's one-click fixes, each saved as a new draft version with an event:
apply or dismiss a suggested correction, restore a block the import removed,
confirm a machine-proposed title or summary."""

from __future__ import annotations

import regex
from django.db import transaction
from django.utils.translation import gettext as _

from corpus.models import SourceDocument
from editorial.choices import EventAction, VersionOrigin
from editorial.exceptions import EditorialError
from editorial.models import Article, Version

from .events import record_event
from .rules import require_edit
from .versions import version_create


# Scripts written without spaces between words: there a name sits directly
# between other letters, so "whole word" cannot mean "no letter around it".
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
# A letter, mark or digit of a script that does separate words with spaces.
_SPACED_WORD_CHAR = rf"(?:(?![{_UNSPACED}])[\p{{L}}\p{{M}}\p{{N}}])"
_UNSPACED_CHAR = regex.compile(rf"[{_UNSPACED}]")


def _occurrences(original: str) -> regex.Pattern:
    """Whole words in any script: no letter, mark or digit of a spaced
    script on either side ("Sol" never matches inside "Solkin", "राम" not
    inside "रामायण"). Where the word itself begins or ends in an unspaced
    script (Chinese, Japanese, Thai...), that side needs no boundary."""
    before = "" if _UNSPACED_CHAR.match(original[0]) else rf"(?<!{_SPACED_WORD_CHAR})"
    after = "" if _UNSPACED_CHAR.match(original[-1]) else rf"(?!{_SPACED_WORD_CHAR})"
    return regex.compile(before + regex.escape(original) + after)


@transaction.atomic
def version_apply_correction(*, version: Version, user, original: str, suggestion: str) -> Version:
    """Replace every whole-word occurrence of ``original`` by ``suggestion``
    in the title, summary and paragraphs, as a new draft based on ``version``.

    Raises :class:`EditorialError` when the text has no occurrence left,
    :class:`StaleVersionError` when ``version`` is not the latest and
    :class:`PermissionDenied` without the Editor role.
    """
    require_edit(user, version.edition)
    if not original or not suggestion or original == suggestion:
        raise EditorialError(_("A correction needs a text to replace and a different replacement."))
    pattern = _occurrences(original)
    count = 0

    def fix(text: str) -> str:
        nonlocal count
        fixed, n = pattern.subn(suggestion, text)
        count += n
        return fixed

    title, summary, texts = fix(version.title), fix(version.summary), [fix(t) for t in version.texts]
    if not count:
        raise EditorialError(_("“%(original)s” no longer occurs in the text.") % {"original": original})
    return version_create(
        edition=version.edition, paragraphs=texts, title=title, summary=summary, author=user, based_on=version,
        title_is_proposed=version.title_is_proposed, summary_is_proposed=version.summary_is_proposed,
        comment=_("Corrected “%(original)s” → “%(suggestion)s”") % {"original": original, "suggestion": suggestion},
        action=EventAction.CORRECTION_APPLIED,
        event_data={"original": original, "suggestion": suggestion, "occurrences": count},
    )


@transaction.atomic
def correction_dismiss(*, article: Article, user, original: str, suggestion: str, comment: str = "") -> None:
    """Record that a suggested correction is wrong; it is no longer offered."""
    require_edit(user, article.original_edition)
    record_event(
        action=EventAction.CORRECTION_DISMISSED, actor=user, article=article, edition=article.original_edition,
        comment=comment, data={"original": original, "suggestion": suggestion},
    )


def source_document_for(version: Version) -> SourceDocument | None:
    """The imported file behind ``version``: its own, or its nearest ancestor's."""
    current: Version | None = version
    seen = 0
    while current is not None and seen < 1000:
        if current.source_document_id:
            return current.source_document
        current = current.based_on
        seen += 1
    return None


def restore_position(raw_text: str, removed_text: str, texts: list[str]) -> int | None:
    """Where a removed block belongs among ``texts``: before the first
    paragraph found after it in the raw file. None if the block cannot be
    located in the raw text."""
    at = raw_text.find(removed_text)
    if at < 0:
        at = raw_text.find(removed_text.strip()[:80])
    if at < 0:
        return None
    for index, text in enumerate(texts):
        found = raw_text.find(text[:60])
        if found > at:
            return index
    return len(texts)


@transaction.atomic
def version_restore_removed(*, version: Version, user, index: int) -> Version:
    """Put the ``index``-th block the import removed back into the text, as
    a new draft, where it stood in the raw file (at the end if it cannot be
    located). Raises :class:`EditorialError` when there is no such block or
    it is already in the text, plus the refusals of :func:`version_create`.
    """
    require_edit(user, version.edition)
    document = source_document_for(version)
    removed = document.removed if document else []
    if not 0 <= index < len(removed):
        raise EditorialError(_("There is no removed block number %(n)s to restore.") % {"n": index + 1})
    block = removed[index]
    lines = [line.strip() for line in block["text"].splitlines() if line.strip()]
    if not lines:
        raise EditorialError(_("The removed block is empty."))
    texts = version.texts
    if all(line in texts for line in lines):
        raise EditorialError(_("This block is already in the text."))
    position = restore_position(document.raw_text, block["text"], texts)
    at = len(texts) if position is None else position
    new_texts = texts[:at] + lines + texts[at:]
    return version_create(
        edition=version.edition, paragraphs=new_texts, title=version.title, summary=version.summary,
        author=user, based_on=version, title_is_proposed=version.title_is_proposed,
        summary_is_proposed=version.summary_is_proposed,
        comment=_("Restored a removed block (%(reason)s)") % {"reason": block.get("reason", "")},
        action=EventAction.BLOCK_RESTORED,
        event_data={"index": index, "reason": block.get("reason", ""), "text": block["text"][:500],
                    "position": position},
    )


@transaction.atomic
def version_confirm_proposed(*, version: Version, user, field: str) -> Version:
    """Confirm a machine-proposed ``"title"`` or ``"summary"``: a new draft
    with the same text, marked as confirmed by an editor. Raises
    :class:`PermissionDenied` without the Editor role."""
    # Checked here, not only in version_create: there ``author=None`` means
    # the import, and a confirmation must always be someone's decision.
    require_edit(user, version.edition)
    if field not in {"title", "summary"}:
        raise EditorialError(_("Only a title or a summary can be confirmed."))
    if not getattr(version, f"{field}_is_proposed"):
        raise EditorialError(_("This %(field)s is not machine-proposed.") % {"field": field})
    return version_create(
        edition=version.edition, paragraphs=version.texts, title=version.title, summary=version.summary,
        author=user, based_on=version, origin=VersionOrigin.EDIT,
        title_is_proposed=version.title_is_proposed and field != "title",
        summary_is_proposed=version.summary_is_proposed and field != "summary",
        comment=_("Confirmed the proposed %(field)s") % {"field": field},
        action=EventAction.TITLE_CONFIRMED if field == "title" else EventAction.SUMMARY_CONFIRMED,
    )
