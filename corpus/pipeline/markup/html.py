"""Markup step: files that are really HTML become plain text paragraphs.

Plain text, including text that merely contains "<" ("a < b", "<3", an
address in <angle brackets>, one mention of "the <p> tag"), passes through
untouched. HTML is parsed with BeautifulSoup's stdlib "html.parser" and
only its text nodes are kept, so attributes (event handlers, javascript:
URLs, styles) can never reach the output.

Conversion rules:

* Every block element (p, div, li, h1-h6, blockquote, td, pre, article,
  section ...) starts and ends a paragraph; paragraphs are separated by a
  blank line ("\\n\\n").
* ``<br>`` is a line break ("\\n") inside its paragraph; two or more in a
  row (with only whitespace between) end the paragraph. ``<hr>`` ends it.
* Whitespace inside text collapses to one space, as a browser shows it,
  except inside ``<pre>``, where line breaks are kept (not indentation,
  which the repair step strips anyway).
* Entities are unescaped (&amp; &nbsp; &#8222; ...). An escaped "&lt;b&gt;"
  is content and stays as the text "<b>".
* Dropped without a trace in the text: head, title, script, style,
  noscript, template, iframe, object, embed, svg, canvas, form controls,
  comments, CDATA, doctype. Each kind of such element is reported once as
  a :class:`Removal` ("3 <script> blocks dropped"); the page <title> is
  reported with its text, since it often holds the headline.
* Site chrome (nav, footer, aside, elements with role navigation /
  contentinfo / complementary) and hidden elements (``hidden``,
  ``display:none``, ``visibility:hidden``) are dropped and each non-empty one is reported with
  its text, so an editor can restore it.

Entities can bring back what the repair step removed (&nbsp;, &shy;,
&#13;), so the caller runs repair again on HTML output, as
``corpus.pipeline.run`` does; this step only guarantees the paragraph
layout.
"""

from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from ..types import Removal, RemovalReason, Stripped
from .headline import headline

# --- recognising HTML -------------------------------------------------------

_HTML_NAMES = (
    "a|abbr|address|article|aside|audio|b|blockquote|body|br|button|caption|center|cite|"
    "code|dd|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|"
    "html|i|iframe|img|input|label|li|link|main|mark|meta|nav|noscript|ol|option|p|picture|"
    "pre|q|script|section|select|small|source|span|strong|style|sub|summary|sup|svg|table|"
    "tbody|td|template|textarea|tfoot|th|thead|time|title|tr|u|ul|video"
)
# A real tag: known name, then whitespace + attributes, "/" or ">" straight
# away. "<b@example.com>", "<3", "a < b > c" do not match.
_TAG_RE = re.compile(rf"</?(?:{_HTML_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_DOCUMENT_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG_NAME_RE = re.compile(r"</?([a-zA-Z0-9]+)")
# Scripting inside a tag with attributes settles it: stripping tags from
# such text is the safe side.
_SCRIPTING_RE = re.compile(r"\son[a-z]+\s*=|javascript\s*:", re.IGNORECASE)
# Elements whose content a parser takes as raw text up to the closing tag.
_RAW_TEXT = frozenset("script style title textarea noscript template iframe xmp".split())
# Tags that lay text out in blocks: plain text gets the same from blank lines.
_STRUCTURE = frozenset(
    "article blockquote body br dd div dl dt figure footer h1 h2 h3 h4 h5 h6 header hr html "
    "li main nav ol p pre section table td th tr ul".split()
)
# Enough tags to call it HTML whatever the length, and the density (one tag
# per this many characters) that makes two or more tags convincing.
_MANY_TAGS = 8
_CHARS_PER_TAG = 500

# --- converting -------------------------------------------------------------

_DROPPED = frozenset(
    "head title script style noscript template iframe frame frameset object embed "
    "applet svg canvas math form button input select option textarea datalist "
    "audio video source track picture map link meta base param".split()
)
# Empty by nature: dropping them is not worth a line in the editor's list.
_UNREPORTED = frozenset("link meta base input source track param option".split())
_CHROME = {"nav": "Site navigation", "footer": "Page footer", "aside": "Sidebar"}
_CHROME_ROLES = {
    "navigation": "Site navigation",
    "contentinfo": "Page footer",
    "complementary": "Sidebar",
}
_BLOCKS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure h1 h2 h3 h4 h5 h6 header hgroup html legend li listing "
    "main menu ol p plaintext pre section summary table tbody td tfoot th thead tr ul xmp".split()
)
_PREFORMATTED = frozenset({"pre", "listing", "plaintext", "xmp"})
# Words in a class or id that mark page furniture, whatever the language of
# the page: share bars, cookie banners, newsletter boxes, related and promo
# boxes, ads, comment threads. Only short elements are dropped this way.
_CHROME_WORDS = frozenset(
    "share sharing sharebar social cookie cookies consent gdpr newsletter subscribe subscription "
    "related recommended promo advert advertisement ad ads sponsor sponsored banner comments "
    "comment breadcrumb breadcrumbs outbrain taboola paywall".split()
)
_MARK_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_CHROME_MARK_MAX = 1500
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*>")
# "<" escaped in the source is content; "<" left raw in a text node is a
# broken tag. A noncharacter stands in for the escaped kind while parsing.
_ESCAPED_LT_RE = re.compile(r"&(?:lt;?|LT;?|#0*60;?|#[xX]0*3[cC];?)")
_LT_STANDIN = "\ufdd0"
_TAG_OPEN_RE = re.compile(r"<[A-Za-z!/?]")
_TAG_REMNANT_RE = re.compile(r"<[A-Za-z!/?][^<>]*>")
_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
_LINE_BREAK = "\x00"  # internal marker for <br>, never in repaired input
_PARAGRAPH_SPLIT_RE = re.compile(r"\s*\x00\s*(?:\x00\s*)+|\s*\n\s*\n\s*")
_SPACES_AROUND_NEWLINE_RE = re.compile(r"[ \t]*\n[ \t]*")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or fragment, not prose that
    happens to contain "<" or mentions a tag ("the <script> element").

    A document start (doctype, <html>, <head>, <body>) decides at once. A
    raw-text element opened and never closed ("<script>", "<style>" named in
    prose) is no evidence: parsed as HTML it would swallow the rest of the
    text. Tags with attributes or block tags (<p>, <br>, <div>, <li> ...)
    are real markup: with an event handler or javascript: URL that settles
    it, otherwise they must be many (8+), frame the text, or be dense (2+
    and one per 500 characters). Bare inline tags ("<b>", "</i>") count only
    when many and the text has no plain paragraphs of its own. Never raises.
    """
    if "<" not in text:
        return False
    if _DOCUMENT_START_RE.match(text[:4096]):
        return True
    lowered = None
    tags = []
    for match in _TAG_RE.finditer(text):
        tag = match.group()
        name = _tag_name(tag)
        if name in _RAW_TEXT and not tag.startswith("</"):
            lowered = lowered if lowered is not None else text.lower()
            if f"</{name}" not in lowered:
                continue  # a mention, never closed
        if "=" in tag and _SCRIPTING_RE.search(tag):
            return True
        tags.append((name, tag))
        if len(tags) >= 4 * _MANY_TAGS:
            break
    real = sum(1 for name, tag in tags if name in _STRUCTURE or "=" in tag)
    if not real:
        return len(tags) >= _MANY_TAGS and "\n\n" not in text.strip()
    if len(tags) >= _MANY_TAGS:
        return True
    if len(tags) < 2:
        return False
    first, last = _TAG_RE.search(text), None
    for last in _TAG_RE.finditer(text, max(0, len(text.rstrip()) - 300)):
        pass
    starts = first is not None and first.start() == len(text) - len(text.lstrip())
    ends = last is not None and last.end() == len(text.rstrip())
    if starts and ends:
        return True
    return len(tags) * _CHARS_PER_TAG >= len(text)


def _tag_name(tag: str) -> str:
    return _TAG_NAME_RE.match(tag).group(1).lower()


def strip_markup(text: str) -> Stripped:
    """Convert HTML to plain paragraphs; leave plain text alone.

    Returns ``Stripped(text, was_html=False)`` with ``text`` unchanged when
    :func:`looks_like_html` is false. Otherwise see :func:`html_to_text`.
    """
    if not looks_like_html(text):
        return Stripped(text=text, was_html=False)
    return html_to_text(text)


def html_to_text(text: str) -> Stripped:
    """HTML to plain paragraphs. ``text`` holds the visible
    body text as paragraphs joined by "\\n\\n" (possibly empty, if the page
    had none), with no tags, attributes, comments or script content, and
    ``removed`` lists what was dropped (see the module docstring). Never
    raises: malformed HTML is parsed as a browser would, leniently.
    """
    # Neither the noncharacter nor NUL belongs in text; drop any so the
    # stand-in and the line-break marker are ours alone.
    source = text.replace(_LT_STANDIN, "").replace(_LINE_BREAK, "")
    source = _XML_DECLARATION_RE.sub("", source)  # avoids bs4's XML warning
    source = _without_unclosed_tail(source)
    source = _ESCAPED_LT_RE.sub(_LT_STANDIN, source)
    soup = BeautifulSoup(source, "html.parser")
    title = headline(soup)

    extractor = _Extractor()
    extractor.walk(soup)
    body = "\n\n".join(extractor.paragraphs())
    body = _TAG_REMNANT_RE.sub("", body).replace(_LT_STANDIN, "<")
    title = title.replace(_LT_STANDIN, "<")
    return Stripped(
        text=body, was_html=True, removed=extractor.removals(), format="html", title=title
    )


class _Extractor:
    """Collects paragraphs and removals from one parsed document."""

    def __init__(self) -> None:
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._dropped: Counter[str] = Counter()
        self._chrome: list[Removal] = []

    def walk(self, root: Tag) -> None:
        # An explicit stack: unclosed tags in bad HTML nest thousands deep,
        # beyond Python's recursion limit.
        stack: list[tuple[object, bool]] = [(root, False)]
        preformatted = 0
        while stack:
            node, leaving = stack.pop()
            if leaving:
                if getattr(node, "name", None) in _PREFORMATTED:
                    preformatted -= 1
                self._end_paragraph()
                continue
            if isinstance(node, NavigableString):
                if not isinstance(node, PreformattedString):  # comments, CDATA, doctype
                    self._add_text(str(node), preformatted > 0)
                continue
            if not isinstance(node, Tag):
                continue
            name = (node.name or "").lower()
            if self._skipped(node, name):
                continue
            if name == "br":
                self._current.append(_LINE_BREAK)
                continue
            if name == "hr":
                self._end_paragraph()
                continue
            if name in _BLOCKS or name in _PREFORMATTED:
                self._end_paragraph()
                if name in _PREFORMATTED:
                    preformatted += 1
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        self._end_paragraph()

    def _skipped(self, node: Tag, name: str) -> bool:
        if name in _DROPPED:
            if name not in _UNREPORTED:
                self._dropped[name] += 1
            if name in {"head", "title"}:
                title = node.find("title") if name == "head" else node
                title_text = " ".join(title.stripped_strings) if title else ""
                title_text = title_text.replace(_LT_STANDIN, "<")
                if title_text:
                    detail = "Page <title> dropped with the head."
                    self._chrome.append(Removal(title_text, RemovalReason.MARKUP, detail))
            return True
        role = str(node.get("role") or "").lower()
        label = _CHROME.get(name) or _CHROME_ROLES.get(role)
        if label is None and _is_hidden(node):
            label = "Hidden element"
        reason = RemovalReason.MARKUP
        if label is None and name == "figcaption":
            label, reason = "Photo caption", RemovalReason.PHOTO_CREDIT
        marked = None if label is not None else _chrome_mark(node)
        if label is None and marked is None:
            return False
        chunk = " ".join(node.stripped_strings).replace(_LT_STANDIN, "<")
        if marked is not None:
            if len(chunk) > _CHROME_MARK_MAX:
                return False  # too much text for a share bar: never risk the body
            label = f"Element marked '{marked}' (share bar, cookie notice, related box, ad ...)"
        if chunk:
            by_role = name not in _CHROME and role in _CHROME_ROLES
            where = f'<{name} role="{role}">' if by_role else f"<{name}>"
            self._chrome.append(Removal(chunk, reason, f"{label} ({where}) dropped."))
        return True

    def _add_text(self, text: str, preformatted: bool) -> None:
        if preformatted:
            # Blank lines inside <pre> separate paragraphs like anywhere else.
            self._current.append(text.replace("\r\n", "\n"))
        else:
            self._current.append(_HTML_SPACE_RE.sub(" ", text))

    def _end_paragraph(self) -> None:
        if not self._current:
            return
        joined = "".join(self._current)
        self._current = []
        for part in _PARAGRAPH_SPLIT_RE.split(joined):
            part = _SPACES_AROUND_NEWLINE_RE.sub("\n", part.replace(_LINE_BREAK, "\n")).strip()
            if part:
                self._paragraphs.append(part)

    def paragraphs(self) -> list[str]:
        return self._paragraphs

    def removals(self) -> tuple[Removal, ...]:
        dropped = tuple(
            Removal("", RemovalReason.MARKUP, f"{n} <{name}> block{'' if n == 1 else 's'} dropped.")
            for name, n in sorted(self._dropped.items())
            if name != "title"  # reported with its text
        )
        return tuple(self._chrome) + dropped


def _without_unclosed_tail(source: str) -> str:
    """Cut a tag left open at the very end ("...<img src=x onerror=alert(1)//"):
    html.parser would keep it as text, attributes and all."""
    opened = _TAG_OPEN_RE.search(source, source.rfind(">") + 1)
    return source[: opened.start()] if opened else source


def _chrome_mark(node: Tag) -> str | None:
    """The class/id word marking ``node`` as page furniture, if any."""
    marks = []
    for attr in ("class", "id"):
        value = node.get(attr)
        if value:
            marks.extend(value if isinstance(value, list) else [value])
    for mark in marks:
        for word in _MARK_SPLIT_RE.split(str(mark).lower()):
            if word in _CHROME_WORDS:
                return str(mark)
    return None


def _is_hidden(node: Tag) -> bool:
    # Not aria-hidden: it marks icons and separators that are still shown.
    if node.has_attr("hidden"):
        return True
    style = node.get("style")
    return bool(style) and bool(_HIDDEN_STYLE_RE.search(str(style)))
