"""The junk every scrape carries, as a table of named line detectors.

Each :class:`Detector` judges one stripped line on its own evidence: its
shape first (length, position, links, handles, dates), its words second
(phrases from ``corpus.pipeline.languages``, every language at once).
Adding a junk shape is one entry in ``DETECTORS`` plus its test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..common.caseless import CaselessPattern, longest_first
from ..common.scripts import HANGUL, NO_SPACE
from ..languages import phrases
from ..types import RemovalReason
from .lines import ends_sentence, labels, width


@dataclass(frozen=True)
class Detector:
    name: str
    reason: RemovalReason
    why: str  # completes "a line ..." in the removal's detail
    test: Callable[[str], bool]
    edge_only: bool = False  # trusted only at the head or tail of a text
    max_width: int = 300  # longer lines are never this junk (skipped unread)


_DECOR = r"[\s\[\](){}（）【】<>«»\"'“”*_\-–—|•·:：.!,]*"


def _whole_line(kind: str, extra: str = "") -> re.Pattern[str]:
    """The line is one of the phrases (plus decoration, an optional count)."""
    return labels(phrases(kind), rf"{extra}{_DECOR}(?:\(?\d{{1,5}}\)?)?{_DECOR}$")


_AD_RE = _whole_line("ad_markers")
_COMMENTS_RE = _whole_line("comment_prompts")
_PRESS_MARK_RE = _whole_line("press_release_marks")
# A word boundary after the phrase, except after CJK (no spaces between words).
_PROMPT_START_RE = labels(
    phrases("newsletter_prompts"), rf"(?:(?![^\W_])|(?<=[{NO_SPACE}{HANGUL}]))"
)
_COOKIE_ANY = CaselessPattern(lambda alt: alt(phrases("cookie_phrases")))
_CONTACT_LEAD_RE = labels(phrases("media_contacts"), r"\s*[:：]?\s*")
_EDITOR_NOTE_RE = labels(phrases("editor_notes"), r"\s*[:：\-–—]")
_STAMP_LABEL_RE = labels(phrases("published_labels"), r"(?![^\W_])")
# "About Acme Corp", "Über die Beispiel AG": a heading naming the issuer.
_ABOUT_ALT = longest_first(phrases("about_leads"))
_ABOUT_RE = regex.compile(
    rf"^\W*(?:{_ABOUT_ALT})\s*[^\s.!?。][^\n.!?。]{{0,70}}$|^[^\n.!?。]{{1,40}}?\s*(?:{_ABOUT_ALT})\W*$",
    regex.I,
)

_DIGIT_RE = re.compile(r"\d")
# A date or date-time alone on its line: "12.03.2024 10:32", "2024-03-12",
# "March 12, 2024 · 10:32 AM EST", "2024年3月12日 10:32".
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zäéû]*\.?"
    r"|(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_DATE_ONLY_RE = regex.compile(
    rf"^\W*(?:[\p{{L}}]+,?\s+)?(?:\d{{1,2}}[./-]\s?\d{{1,2}}[./-]\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH})\s+\d{{4}}|(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]?)"
    rf"(?:\s*[,|·•at-]*\s*\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?\s*(?:uhr|h|am|pm|[A-Z]{{2,5}})?)?"
    rf"(?:\s*\(?[A-Z]{{2,5}}\)?)?\W*$",
    regex.I,
)
_AGO_RE = re.compile(r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?)\s+ago\b", re.I)
_SOCIAL_LINK_RE = re.compile(
    r"pic\.twitter\.com/\w+|^\W*(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|tiktok|"
    r"youtube|t)\.(?:com|co)/\S+\W*$",
    re.I,
)
# "— Jane Doe (@janedoe) March 3, 2024": the signature of an embedded post.
_POST_SIGNATURE_RE = regex.compile(
    r"^\s*[—–-]{1,2}\s*[^\n]{1,80}\(@\w{1,30}\)\s*[^\n]{0,40}\d{4}\s*$"
)
_POST_SHARED_RE = re.compile(r"^\W*a (?:post|video|photo) shared by\b", re.I)
_END_MARK_RE = re.compile(
    r"^\s*(?:#\s*#\s*#|-\s*30\s*-|\(?end\)?|/?-?ends?-?/?|\(?fin\)?|[（(【\[]\s*(?:完|終わり|끝)\s*[）)】\]]"
    r"|(?:■|□|◆)\s*)\s*$",
    re.I,
)
# "(Photo: Jane Doe/AFP)", "Foto: dpa", "Getty Images", "Image: Reuters/File".
_PHOTO_CREDIT_RE = regex.compile(
    r"^\W*(?:(?:photo|image|picture|foto|bild|фото|zdjęcie|fotoğraf|صورة|图|圖|写真|사진|तस्वीर)"
    r"\s*(?:credit)?\s*[:：/]\s*[^\n]{1,80}|[^\n]{0,60}\b(?:getty images|shutterstock|afp via getty"
    r"|imago|picture alliance|ap photo|reuters/[\p{L} ]+|epa-efe)[^\n]{0,40})\W*$",
    regex.I,
)
# A wire service's routing code on a line of its own: "AP-NY-03-03-24 1405EST",
# "BC-EU-Economy-Rates", "RTR4XYZ1": one to three tokens of letters and digits
# joined by "-", "/", "_" or ".", with no ordinary word among them.
_CODE_TOKEN = r"[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)*"
_AGENCY_CODE_RE = re.compile(rf"^\s*{_CODE_TOKEN}(?:\s+{_CODE_TOKEN}){{0,2}}\s*$")
_CODE_PARTS_RE = re.compile(r"[-/_.]")
_MIXED_TOKEN_RE = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{4,}")
# "By Jane Doe", "Von Hans Müller und Eva Schmidt", "Par Jean Dupont, envoyé
# spécial": a byline names people, capitalised, after the language's byline word.
_BYLINE_RE = regex.compile(
    rf"(?i:{labels(phrases('byline_leads'), '').pattern})\s+"
    r"(?:\p{Lu}[\p{L}\p{M}.'’-]*|(?:de|da|del|van|von|der|den|di|du|le|la|al|el|bin|ibn)\b)"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|und|et|y|e|i|og|och|en|ve|dan|и|і|та|&"
    r"|de|da|del|van|von|der|den|di|du|le|la|al|el|bin|ibn))*\s*(?:,[^\n.!?]{1,40})?$",
)
_PHONE_RE = re.compile(r"\+?\d[\d ()./-]{7,}\d")
_HANDLE_OR_URL_RE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@.])@\w{2,30}|[\w.+-]+@[\w-]+\.[\w.-]+")


def _short(limit: int) -> Callable[[str], bool]:
    return lambda s: width(s) <= limit


def is_editor_note(line: str) -> bool:
    """An editor's note or correction: content, never junk."""
    return bool(_EDITOR_NOTE_RE.match(line))


def is_byline(line: str) -> bool:
    """A byline: the byline word of a language ("By", "Von", "Par") and up
    to six capitalised names joined by short words. Content, not junk (the
    editor keeps it), but never a headline."""
    line = line.strip()
    if width(line) > 80 or not _BYLINE_RE.match(line):
        return False
    names = line.split(",")[0].split()[1:]
    return 1 <= len(names) <= 7 and sum(w[:1].isupper() for w in names) >= len(names) - 2


def _agency_code(s: str) -> bool:
    if width(s) > 40 or not _AGENCY_CODE_RE.match(s) or not any(ch.isupper() for ch in s):
        return False
    tokens = s.split()
    if any(t.isalpha() and t[1:].islower() for t in tokens):
        return False  # an ordinary capitalised word: a name or heading
    return any(
        len(_CODE_PARTS_RE.findall(t)) >= 2 or (_MIXED_TOKEN_RE.fullmatch(t) and len(t) >= 6)
        for t in tokens
    )


def _timestamp(s: str) -> bool:
    if width(s) > 100 or not _DIGIT_RE.search(s):
        return False
    if _STAMP_LABEL_RE.match(s) or _DATE_ONLY_RE.match(s):
        return True
    return bool(_AGO_RE.search(s)) and width(s) <= 40


def _prompt(s: str) -> bool:
    return width(s) <= 160 and bool(_PROMPT_START_RE.match(s))


def _cookie(s: str) -> bool:
    return width(s) <= 700 and _COOKIE_ANY.search(s)


def _contact_line(s: str) -> bool:
    """A line of contact details only: a press contact's name, mail, phone."""
    return width(s) <= 120 and bool(_HANDLE_OR_URL_RE.search(s) or _PHONE_RE.search(s))


DETECTORS: tuple[Detector, ...] = (
    Detector("end_mark", RemovalReason.END_MARK, "marking the end of the story",
             lambda s: bool(_END_MARK_RE.match(s))),
    Detector("advertisement", RemovalReason.ADVERTISEMENT, "marking an advertisement",
             lambda s: width(s) <= 80 and bool(_AD_RE.match(s))),
    Detector("social_link", RemovalReason.SOCIAL_EMBED, "left over from an embedded social post",
             lambda s: "/" in s and width(s) <= 300 and bool(_SOCIAL_LINK_RE.search(s))),
    Detector("post_signature", RemovalReason.SOCIAL_EMBED, "signing an embedded social post",
             lambda s: bool(_POST_SIGNATURE_RE.match(s) or _POST_SHARED_RE.match(s))),
    Detector("photo_credit", RemovalReason.PHOTO_CREDIT, "crediting a photo",
             lambda s: width(s) <= 140 and bool(_PHOTO_CREDIT_RE.match(s))),
    Detector("timestamp", RemovalReason.TIMESTAMP, "giving a publication or update time",
             _timestamp),
    Detector("agency_code", RemovalReason.SOURCE_LINE, "giving a wire service's routing code",
             _agency_code, edge_only=True, max_width=40),
    Detector("subscribe_prompt", RemovalReason.SUBSCRIBE_PROMPT,
             "asking to subscribe, sign up, follow or download", _prompt),
    Detector("press_release_mark", RemovalReason.PRESS_RELEASE, "labelling a press release",
             lambda s: width(s) <= 80 and bool(_PRESS_MARK_RE.match(s)), edge_only=True),
    Detector("cookie_notice", RemovalReason.COOKIE_NOTICE, "asking for cookie consent",
             _cookie, edge_only=True, max_width=700),
    Detector("comments_heading", RemovalReason.READER_COMMENTS, "heading reader comments",
             lambda s: width(s) <= 60 and bool(_COMMENTS_RE.match(s)), edge_only=True),
)


def classify(line: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """The first detector that recognises ``line`` (stripped, non-blank):
    its reason and a sentence of evidence; None when none does."""
    if is_editor_note(line):
        return None
    n = width(line)
    for detector in DETECTORS:
        if n <= detector.max_width and (edge or not detector.edge_only) and detector.test(line):
            return detector.reason, f"a line {detector.why} ({detector.name})"
    return None


def _article_above(lines: list[str], i: int) -> bool:
    """Is there a sentence of the article above line ``i``? A comments
    heading before any content is a link in a share bar, not a section."""
    return any(width(x.strip()) >= 40 and ends_sentence(x.strip()) for x in lines[:i])


def _is_press_release(lines: list[str]) -> bool:
    """Does the text open with "FOR IMMEDIATE RELEASE" or the like?"""
    for line in lines[:5]:
        s = line.strip()
        if s:
            if width(s) <= 80 and _PRESS_MARK_RE.match(s):
                return True
    return False


def tail_section_start(lines: list[str]) -> tuple[int, RemovalReason, str] | None:
    """Where a tail section of junk begins, below the first third of the
    lines: a reader-comments heading, a media-contact heading, a press
    release's end mark ("###", "-30-") with its footer below, or the
    "About Acme" boilerplate of a press release. Everything from there on
    is comments, contact details or the issuer's boilerplate."""
    n = len(lines)
    release = _is_press_release(lines)
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    for i in range(max(1, n // 3), last):
        s = lines[i].strip()
        if not s or width(s) > 120:
            continue
        if _END_MARK_RE.match(s):
            rest = [x.strip() for x in lines[i + 1 :] if x.strip()]
            footer = any(_ABOUT_RE.match(x) or _CONTACT_LEAD_RE.match(x) for x in rest)
            if len(rest) <= n // 2 and (release or footer):
                why = "an end-of-release mark and the footer below it"
                return i, RemovalReason.PRESS_RELEASE, why
            continue
        if release and width(s) <= 80 and _ABOUT_RE.match(s):
            return i, RemovalReason.PRESS_RELEASE, "a press release's 'About ...' boilerplate"
        if width(s) <= 60 and _COMMENTS_RE.match(s) and _article_above(lines, i):
            return i, RemovalReason.READER_COMMENTS, "reader comments below a comments heading"
        if _CONTACT_LEAD_RE.match(s) and any(_contact_line(x) for x in lines[i : i + 6]):
            return i, RemovalReason.PRESS_RELEASE, "a media-contact footer"
    return None
