"""A small public site built through the editorial services, as a newsroom
would build it: an interview in German with a correction after publication,
its Arabic translation (right to left), an accepted tag, a French story, a
withdrawn story, a newer draft shared with an outside reviewer and a revoked
share link. Used by the HTML validation and the public browser tests."""

from __future__ import annotations

from dataclasses import dataclass

from editorial.choices import TagKind, VersionOrigin
from editorial.models import Edition, ShareLink, Tag, Version
from editorial.services import (
    article_create,
    edition_withdraw,
    share_link_create,
    share_link_revoke,
    tag_suggestion_accept,
    version_approve,
    version_create,
    version_submit,
)
from tests.factories import UserFactory, make_suggestion

GERMAN_TITLE = "Jack Ma in Davos: „Das Treffen war produktiv“"
GERMAN_PARAGRAPHS = [
    "Der Gründer von Alibaba traf am Dienstag in Davos Investoren und Regierungsvertreter aus aller Welt; "
    "das Gespräch mit dem Moderator Andrew Ross Sorkin dauerte eine Stunde.",
    "Die Erwartungen",
    "Sorkin: Was sind Ihre Erwartungen an das Weltwirtschaftsforum in diesem Jahr?",
    "Jack Ma: Das Treffen war produktiv. Wir haben über Handel, Bildung und kleine Unternehmen gesprochen.",
    "Nach dem Gespräch reiste Ma am Mittwoch weiter nach Zürich.",
]
ARABIC_TITLE = "جاك ما في دافوس: «كان الاجتماع مثمراً»"
ARABIC_PARAGRAPHS = [
    "التقى مؤسس علي بابا يوم الثلاثاء في دافوس مستثمرين ومسؤولين حكوميين من جميع أنحاء العالم.",
    "التوقعات",
    "سوركين: ما هي توقعاتك من المنتدى الاقتصادي العالمي هذا العام؟",
    "جاك ما: كان الاجتماع مثمراً. تحدثنا عن التجارة والتعليم والشركات الصغيرة.",
    "بعد اللقاء سافر ما يوم الأربعاء إلى زيورخ.",
]
CORRECTION_NOTE = "Eine frühere Fassung nannte Montag als Tag des Treffens."
DRAFT_TITLE = "Jack Ma in Davos: Entwurf mit neuem Schluss"


@dataclass
class PublicSite:
    german: Edition
    arabic: Edition
    french: Edition
    withdrawn: Edition
    tag: Tag
    draft: Version
    share: ShareLink
    revoked_share: ShareLink


def publish(version: Version, *, editor, reviewer, comment: str = "") -> Version:
    """Submit by the editor, approve by a second person (four eyes)."""
    version_submit(version=version, user=editor)
    return version_approve(version=version, user=reviewer, comment=comment)


def build_public_site() -> PublicSite:
    editor = UserFactory(username="erika", roles=["Editor"])
    reviewer = UserFactory(username="rolf", roles=["Reviewer"])

    # The German interview: published, then corrected with a dated note.
    first = article_create(
        language="de", title=GERMAN_TITLE, user=editor,
        summary="Der Alibaba-Gründer spricht über Handel, Bildung und kleine Unternehmen.",
        paragraphs=[GERMAN_PARAGRAPHS[0].replace("Dienstag", "Montag"), *GERMAN_PARAGRAPHS[1:]],
    )
    publish(first, editor=editor, reviewer=reviewer)
    german = first.edition
    fixed = version_create(edition=german, paragraphs=GERMAN_PARAGRAPHS, title=GERMAN_TITLE,
                           summary=first.summary, based_on=first, author=editor)
    publish(fixed, editor=editor, reviewer=reviewer, comment=CORRECTION_NOTE)

    # Its Arabic translation, published too, so the language switch appears.
    arabic = Edition.objects.create(article=german.article, language="ar")
    translation = version_create(
        edition=arabic, paragraphs=ARABIC_PARAGRAPHS, title=ARABIC_TITLE, author=editor, based_on=None,
        summary="مؤسس علي بابا يتحدث عن التجارة والتعليم.", origin=VersionOrigin.TRANSLATION,
        translation_of=fixed,
    )
    publish(translation, editor=editor, reviewer=reviewer)

    # A tag suggested by the import and accepted by the editor.
    suggestion = make_suggestion(german.article, name="Davos", kind=TagKind.PLACE)
    tag = tag_suggestion_accept(suggestion=suggestion, user=editor)

    french_version = article_create(
        language="fr", title="Municipales : Lyon vote dimanche", user=editor,
        summary="Les bureaux de vote ouvrent à 8 heures.",
        paragraphs=["Les Lyonnais élisent dimanche leur conseil municipal.", "Les résultats sont attendus le soir."],
    )
    publish(french_version, editor=editor, reviewer=reviewer)

    recalled = article_create(language="en", title="Recalled story", user=editor,
                              paragraphs=["This text was withdrawn for legal reasons."])
    publish(recalled, editor=editor, reviewer=reviewer)
    edition_withdraw(edition=recalled.edition, user=reviewer, comment="Legal")

    # A newer German draft, shown to an outside reviewer through a share link.
    draft = version_create(
        edition=german, title=DRAFT_TITLE, summary=first.summary, based_on=fixed, author=editor,
        paragraphs=[*GERMAN_PARAGRAPHS[:-1], "Am Mittwoch sprach Ma in Zürich vor Studierenden."],
    )
    share = share_link_create(version=draft, user=editor, note="Rechtsabteilung")
    revoked = share_link_create(version=draft, user=editor, note="Alt")
    share_link_revoke(link=revoked, user=reviewer)

    german.refresh_from_db()
    return PublicSite(german=german, arabic=arabic, french=french_version.edition, withdrawn=recalled.edition,
                      tag=tag, draft=draft, share=share, revoked_share=revoked)
