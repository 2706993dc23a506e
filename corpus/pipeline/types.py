"""Value types shared by the cleaning pipeline.

Everything here is a frozen dataclass or an exception: the pipeline takes
``bytes``/``str`` in and hands these out, so it can be tested and reused
without Django (STYLE.md, convention 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class RefusalReason(str, Enum):
    """Why a file cannot become a document. Values are stable codes."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    UNDECODABLE = "undecodable"
    NO_TEXT = "no_text"
    ONLY_BOILERPLATE = "only_boilerplate"  # every paragraph was cut as junk


class RefusedInput(ValueError):
    """Raised when input cannot be turned into a document.

    ``reason`` is a machine-readable :class:`RefusalReason`, ``str(exc)`` a
    sentence an editor can act on.
    """

    def __init__(self, reason: RefusalReason, message: str, removed: tuple = ()):
        super().__init__(message)
        self.reason = reason
        self.message = message
        # For ONLY_BOILERPLATE: the Removal of every cut line, verbatim.
        self.removed = tuple(removed)

    def __reduce__(self):
        # Keeps the reason when the refusal crosses a process boundary
        # (imports clean documents in worker processes).
        return (type(self), (self.reason, self.message, self.removed))


class RemovalReason(str, Enum):
    """Why a span was cut from the text. Values are stable codes."""

    TEASER_BLOCK = "teaser_block"  # trailing "related articles" lines cut off with … / ...
    TEASER_HEADING = "teaser_heading"  # short heading line above a teaser block
    PROMPT_LINE = "prompt_line"  # ">>: ..." style navigation / prompt lines
    SEPARATOR = "separator"  # lines made only of punctuation such as "|" or "-----"
    AUTHOR_BIO = "author_bio"  # author bio stuck onto the end of the text
    SOURCE_LINE = "source_line"  # "Source: ...", "Quelle: ..."
    DISCLAIMER = "disclaimer"  # "The views expressed ..." and similar
    COPYRIGHT = "copyright"  # "© 2024 ...", "All rights reserved"
    MARKUP = "markup"  # HTML scripts, styles, navigation dropped while converting
    ADVERTISEMENT = "advertisement"  # "Advertisement", "Anzeige", "广告" between paragraphs
    PHOTO_CREDIT = "photo_credit"  # "Photo: Jane Doe/AFP", "(Getty Images)"
    TIMESTAMP = "timestamp"  # "Published 12 March 2024, 10:32", "Updated 2 hours ago"
    SUBSCRIBE_PROMPT = "subscribe_prompt"  # newsletter, subscribe, follow-us, app prompts
    COOKIE_NOTICE = "cookie_notice"  # cookie-consent text
    READER_COMMENTS = "reader_comments"  # "Comments (12)", "Leave a comment" and below
    SOCIAL_EMBED = "social_embed"  # "pic.twitter.com/…", "— Name (@handle) May 3, 2024"
    END_MARK = "end_mark"  # "###", "-30-", "(END)", "(c) AFP" style end-of-story marks
    PRESS_RELEASE = "press_release"  # "FOR IMMEDIATE RELEASE", media-contact / "About X" footers
    DUPLICATE = "duplicate"  # a paragraph or sentence repeated verbatim
    JUNK_BLOCK = "junk_block"  # an unrecognised short line inside a block of junk lines


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "utf-16-le", "cp1252"
    had_bom: bool = False
    # Sentences for the editor about damage found while decoding, e.g.
    # invalid UTF-8 byte sequences with their byte offsets.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Repaired:
    text: str
    fixes: tuple[str, ...] = ()  # short codes: "mojibake", "nfc", "line_endings", "whitespace", ...


@dataclass(frozen=True)
class Removal:
    text: str
    reason: RemovalReason
    detail: str = ""  # one human sentence: why this span was judged boilerplate


@dataclass(frozen=True)
class Stripped:
    """Result of the markup step: plain text plus what was dropped."""

    text: str
    was_html: bool
    removed: tuple[Removal, ...] = ()
    format: str = "plain"  # "plain", "html", "markdown" or "rtf"
    # The headline the markup names explicitly (<h1>, og:title, <title> minus
    # the site name, a Markdown heading, an RTF title), or "".
    title: str = ""


@dataclass(frozen=True)
class Cleaned:
    """Result of the boilerplate step."""

    text: str
    removed: tuple[Removal, ...] = ()
    # Set when every line looked like junk: what would have been cut. The
    # text is then returned as it was, and the caller decides (the pipeline
    # refuses the file as ONLY_BOILERPLATE).
    only_boilerplate: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class Correction:
    """A suggested fix the editor confirms; the text itself is never changed."""

    kind: str  # "speaker_name"
    original: str  # the variant seen less often, e.g. "Solkin"
    suggestion: str  # the dominant form, e.g. "Sorkin"
    occurrences: int  # how often ``original`` occurs
    detail: str = ""


@dataclass(frozen=True)
class Structured:
    paragraphs: tuple[str, ...]
    corrections: tuple[Correction, ...] = ()
    speakers: tuple[str, ...] = ()  # speaker labels found, most frequent first


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 ("de", "zh", "ar"); "und" when undetermined
    confidence: float  # 0.0 .. 1.0
    # The best guesses, most likely first, when the text does not settle it
    # (close languages such as ms/id, hr/sr/bs, da/no): the editor decides.
    candidates: tuple[tuple[str, float], ...] = ()
    # True when ``confidence`` is below UNCERTAIN_BELOW or close languages
    # could not be told apart: ``code`` is then only the likeliest guess.
    uncertain: bool = False


class TagKind(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    TOPIC = "topic"


@dataclass(frozen=True)
class VocabularyEntry:
    """One tag of the controlled vocabulary as the pipeline sees it."""

    key: str  # stable identifier (the tag's slug)
    name: str  # canonical name, e.g. "Donald Trump"
    kind: TagKind
    aliases: tuple[str, ...] = ()  # every other surface form, any language


@dataclass(frozen=True)
class TagCandidate:
    name: str
    kind: TagKind
    score: float  # 0.0 .. 1.0, higher is more relevant
    evidence: tuple[str, ...] = ()  # the surface forms / snippets where it was found
    vocabulary_key: str | None = None  # set when matched against the vocabulary


@dataclass(frozen=True)
class CleanedDocument:
    """Everything the pipeline proposes for one input file."""

    raw_size: int
    encoding: str
    was_html: bool
    paragraphs: tuple[str, ...]
    language: LanguageGuess
    title: str
    summary: str
    removed: tuple[Removal, ...] = ()
    corrections: tuple[Correction, ...] = ()
    tags: tuple[TagCandidate, ...] = ()
    fixes: tuple[str, ...] = field(default=())
    # Sentences for the editor about damage in the file (invalid bytes with
    # their positions, ...) that cleaning could only paper over.
    warnings: tuple[str, ...] = ()
    source_format: str = "plain"  # "plain", "html", "markdown" or "rtf"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)
