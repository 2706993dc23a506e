"""Chains the pipeline steps into one call."""

from __future__ import annotations

from .boilerplate import remove_boilerplate
from .decode import DEFAULT_MAX_BYTES, decode
from .language import detect_language
from .language.close import settle_close_languages
from .markup import looks_like_rtf, strip_markup
from .repair import repair
from .structure import recover_paragraphs
from .summary import propose_summary, propose_title, shorten_headline
from .tags import TagMatcher, suggest_tags
from .types import CleanedDocument, RefusalReason, RefusedInput, Removal

# Stored with every source document so a later, better pipeline can tell which
# documents it would clean differently. Bump when output changes.
PIPELINE_VERSION = "3"


def clean_document(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    matcher: TagMatcher | None = None,
) -> CleanedDocument:
    """Run every step on ``data`` and return what they propose.

    Raises :class:`RefusedInput` (with a reason code and a sentence for the
    editor) when the bytes are empty, binary, too large, undecodable, or when
    nothing readable is left once markup and boilerplate are removed.
    """
    decoded = decode(data, max_bytes=max_bytes)
    # RTF is converted before repair: its spaces after control words are
    # syntax, and collapsing them first would glue words together.
    rtf = looks_like_rtf(decoded.text)
    if rtf:
        stripped = strip_markup(decoded.text)
        repaired = repair(stripped.text)
    else:
        repaired = repair(decoded.text)
        stripped = strip_markup(repaired.text)
    fixes = repaired.fixes
    text = repaired.text if rtf else stripped.text
    if stripped.format not in ("plain", "rtf"):
        # Entities such as &nbsp; only become characters once the markup is
        # gone, so whitespace is normalised a second time.
        again = repair(text)
        text, fixes = again.text, tuple(dict.fromkeys(fixes + again.fixes))
    if not text.strip():
        raise RefusedInput(RefusalReason.NO_TEXT, "The file contains markup but no readable text.")

    language = settle_close_languages(detect_language(text), text)
    cleaned = remove_boilerplate(text, language=language.code)
    if cleaned.only_boilerplate:
        raise _only_boilerplate(cleaned.only_boilerplate)
    structured = recover_paragraphs(cleaned.text, language=language.code)
    paragraphs = structured.paragraphs
    if not paragraphs:
        raise RefusedInput(
            RefusalReason.NO_TEXT, "Nothing readable is left once boilerplate is removed."
        )
    return CleanedDocument(
        raw_size=len(data),
        encoding=decoded.encoding,
        was_html=stripped.was_html,
        paragraphs=paragraphs,
        language=language,
        title=_title(stripped.title, paragraphs, language.code),
        summary=propose_summary(paragraphs, language=language.code),
        removed=stripped.removed + cleaned.removed,
        corrections=structured.corrections,
        tags=suggest_tags(
            paragraphs, language=language.code, matcher=matcher, people_hint=structured.speakers,
            aliases={c.original: c.suggestion for c in structured.corrections},
        ),
        fixes=fixes,
        warnings=decoded.warnings,
        source_format=stripped.format,
    )


def _title(headline: str, paragraphs: tuple[str, ...], language: str) -> str:
    """The headline the markup names when there is one (fitted like any
    title when too long, passed over when it is junk), else one proposed
    from the paragraphs."""
    if any(ch.isalpha() for ch in headline):
        title = shorten_headline(headline, language=language)
        if title:
            return title
    return propose_title(paragraphs, language=language)


def _only_boilerplate(junk: tuple[Removal, ...]) -> RefusedInput:
    shown = [f"“{_short(r.text)}” ({r.reason.value})" for r in junk[:_LISTED]]
    more = f"; and {len(junk) - _LISTED} more" if len(junk) > _LISTED else ""
    return RefusedInput(
        RefusalReason.ONLY_BOILERPLATE,
        f"only boilerplate: every line of the file was judged junk, so nothing is left to "
        f"import. Cut lines: {'; '.join(shown)}{more}.",
        removed=junk,
    )


_LISTED = 10


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
