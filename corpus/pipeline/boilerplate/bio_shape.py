"""Author bios known by their shape, in any language: a short block about a
named person that ends with the author's contact (an e-mail address or a
social handle). Complements the word lists of ``bio``, which cover only
some languages.
"""

from __future__ import annotations

import regex

from ..common.text import split_sentences
from .lines import width

__all__ = ["contact_bio", "glued_contact_bio"]

BIO_MAX = 400  # a bio is a few sentences
_CONTACT_END = 80  # the contact closes the bio: it sits in its last characters
_CONTACT_RE = regex.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.])@\w{2,30}\b|(?:https?://)?(?:www\.)?"
    r"(?:twitter|x|linkedin|instagram|bsky|mastodon)\.\w+/\S+"
)
# Two to four capitalised words: a person's name opening the bio.
_NAME_START_RE = regex.compile(
    r"^\s*\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|da|di|del|der|bin|al-\p{L}+)){1,3}\b"
)


def _ends_with_contact(block: str) -> bool:
    """The block's last characters are a contact ("… Twitter: @jdoe")."""
    end = len(block.rstrip(" \t\n.;,)]"))
    tail = block[max(0, end - _CONTACT_END) : end]
    if "@" not in tail and "/" not in tail:
        return False  # no address, handle or profile link: the common case
    last = None
    for last in _CONTACT_RE.finditer(block, max(0, end - _CONTACT_END)):
        pass
    return last is not None and end - last.end() <= 1


def contact_bio(block: str) -> bool:
    """Is ``block`` (a standalone tail paragraph) a bio by its shape?"""
    block = block.strip()
    return (
        width(block) <= BIO_MAX
        and bool(_NAME_START_RE.match(block))
        and _ends_with_contact(block)
    )


def glued_contact_bio(line: str) -> int | None:
    """Offset in ``line`` (a last paragraph) where a bio glued onto its end
    starts: a sentence opening with a name, not the paragraph's first, from
    which the rest is short and ends with a contact. None when there is none."""
    if not _ends_with_contact(line):
        return None
    sentences = split_sentences(line[-2 * BIO_MAX :] if len(line) > 2 * BIO_MAX else line)
    for k in range(len(sentences) - 1, 0, -1):
        start = line.rfind(sentences[k])
        rest = line[start:]
        if width(rest) > BIO_MAX:
            return None
        if _NAME_START_RE.match(sentences[k]) and start > 0:
            before = line[:start].rstrip()
            if before and before[-1] in ".!?…。！？؟।":
                return start
    return None
