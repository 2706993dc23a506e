"""Decode step: raw file bytes to text, or a clear refusal.

Order of attempts, cheapest and most certain first:

1. size limit, empty file, known binary signatures (PDF, ZIP, PNG ...);
2. byte-order marks (UTF-32 before UTF-16, whose BOM is a prefix of it);
3. NUL bytes: UTF-32/UTF-16 without BOM (zero-byte pattern, else text in
   one or two scripts, as CJK UTF-16 is), else binary;
4. ISO-2022 escape sequences (7-bit Japanese/Korean mail encodings that
   would otherwise pass as valid ASCII);
5. strict UTF-8 -- the fast path, most files stop here;
6. UTF-8 with a few stray cp1252 bytes (files pasted together);
7. CJK UTF-16 without BOM and without a single NUL byte, if it reads very well;
8. legacy encodings: an HTML/XML charset declaration, then a scored choice
   among Latin single-byte code pages, then charset-normalizer; a code page
   with a near twin (cp1253 / ISO-8859-7 ...) is checked against it.

Every decoded text goes through one last sanity check (control characters,
whitespace only) before it is returned.
"""

from __future__ import annotations

import codecs
import re

import regex

from ..types import Decoded, RefusalReason, RefusedInput
from .escapes import ESCAPED_TO_CP1252, unescape_bytes
from .legacy import legacy_decode
from .utf16 import utf16_by_script, utf16_without_bom, utf32_without_bom

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# --- binary signatures -----------------------------------------------------

# Prefixes no text file starts with. "%PDF-" and "GIF8" are ASCII, but a text
# file opening with them is far less likely than a mislabelled binary.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office file such as .docx)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Only named when the file is already known to be binary: these prefixes are
# plain words a text could start with.
_WEAK_MAGIC = (
    (b"MZ", "a Windows executable"), (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WebP)"), (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"), (b"wOFF", "a web font"),
)

# --- byte-order marks ------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# --- character classes -------------------------------------------------------

# C0 controls no text file needs: everything but \t \n \v \f \r and ESC
# (ESC starts ISO-2022 shifts and terminal colour codes; repair removes those).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Whitespace (incl. no-break spaces) and invisible format characters (zero-
# width space/joiners, soft hyphen, word joiner, bidi marks, BOM): a file of
# only these has no text.
_NON_BLANK_RE = regex.compile(r"[^\s\p{Cf}]")
_ISO2022_JP_RE = re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\(J")
_ISO2022_KR_RE = re.compile(rb"\x1b\$\)C")
_HIGH = bytes(range(128, 256))

_MAX_CONTROL_SHARE = 0.05


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB ({size:,} bytes)"
    if size >= 1024:
        return f"{size / 1024:.1f} KB ({size:,} bytes)"
    return f"{size:,} bytes"


def check_size(size: int, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse a file of ``size`` bytes if it is over ``max_bytes``.

    Meant to run on the file's stat size before it is read. Returns None
    when the size is acceptable; raises ``RefusedInput(TOO_LARGE)`` with a
    sentence naming both sizes otherwise, and ``ValueError`` for a negative
    size.
    """
    if size < 0:
        raise ValueError(f"size must not be negative, got {size}")
    if size > max_bytes:
        raise RefusedInput(
            RefusalReason.TOO_LARGE,
            f"The file is {_human_size(size)}, over the import limit of "
            f"{_human_size(max_bytes)}. Split it into smaller files or raise the limit.",
        )


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Turn the bytes of one file into text.

    Guarantees: ``text`` holds no byte-order mark at its start (``had_bom``
    says whether there was one), is not blank, and ``encoding`` is the
    normalised Python codec name that produced it ("utf-8", "utf-16-le",
    "cp1252", "koi8-r", "gb18030" ...). Line endings and other repairs are
    left to the repair step.

    Raises ``RefusedInput`` with reason TOO_LARGE (over ``max_bytes``),
    EMPTY (no bytes, or only whitespace / a BOM), BINARY (a known binary
    format, NUL bytes outside UTF-16/32, or many control characters) or
    UNDECODABLE (no encoding yields plausible text).
    """
    check_size(len(data), max_bytes=max_bytes)
    if not data:
        raise RefusedInput(RefusalReason.EMPTY, "The file is empty (0 bytes).")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise RefusedInput(
                RefusalReason.BINARY,
                f"The file looks like {kind}, not a text file.",
            )

    decoded = _decode_with_bom(data)
    if decoded is None:
        decoded = _decode_without_bom(data)
    return _checked(decoded)


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if not data.startswith(bom):
            continue
        body = data[len(bom) :]
        if encoding == "utf-8":
            try:
                return Decoded(body.decode("utf-8"), "utf-8", had_bom=True)
            except UnicodeDecodeError:
                mostly = _mostly_utf8(body)
                if mostly is not None:
                    return Decoded(mostly[0], mostly[1], had_bom=True, warnings=(mostly[2],))
                text, used = legacy_decode(body)
                return Decoded(text, used, had_bom=True)
        width = 4 if encoding.startswith("utf-32") else 2
        # A file cut off mid-character still deserves its text.
        body = body[: len(body) - len(body) % width]
        try:
            return Decoded(body.decode(encoding), encoding, had_bom=True)
        except UnicodeDecodeError:
            raise RefusedInput(
                RefusalReason.UNDECODABLE,
                f"The file starts with a {encoding.upper()} byte-order mark but the "
                "rest is not valid in that encoding.",
            ) from None
    return None


def _decode_without_bom(data: bytes) -> Decoded:
    if b"\0" in data:
        wide = utf32_without_bom(data) or utf16_without_bom(data) or utf16_by_script(data)
        if wide is not None:
            return wide
        # Some tools pad files with NULs; the text before them is fine.
        data = data.rstrip(b"\0")
        if b"\0" in data:
            raise RefusedInput(RefusalReason.BINARY, _binary_message(data, "contains NUL bytes"))
        if not data:
            raise RefusedInput(
                RefusalReason.BINARY, "The file holds only NUL bytes, no text: it may be corrupt."
            )

    if b"\x1b" in data:
        iso = _iso2022(data)
        if iso is not None:
            return iso

    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is None:
        # CJK UTF-16 need not hold a single zero byte, and charset-normalizer
        # reads it as some legacy CJK encoding.
        wide = utf16_by_script(data, cjk_only=True)
        if wide is not None:
            return wide
    if mostly is not None:
        return Decoded(mostly[0], mostly[1], warnings=(mostly[2],))
    text, encoding = legacy_decode(data)
    return Decoded(text, encoding)


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not _NON_BLANK_RE.search(text):
        what = (
            "a byte-order mark" if decoded.had_bom and not text
            else "whitespace" if not text or text.isspace()
            else "invisible characters (zero-width, soft hyphen, no-break space ...)"
        )
        raise RefusedInput(RefusalReason.EMPTY, f"The file contains only {what}, no text.")
    if _CONTROL_RE.search(text):
        controls = len(_CONTROL_RE.findall(text))
        if controls > len(text) * _MAX_CONTROL_SHARE:
            raise RefusedInput(
                RefusalReason.BINARY,
                f"The file is {controls * 100 // len(text)}% control characters; it looks "
                "like a binary file, not text.",
            )
    return decoded


def _binary_message(data: bytes, why: str) -> str:
    for magic, kind in _WEAK_MAGIC:
        if data.startswith(magic):
            return f"The file looks like {kind}, not a text file ({why})."
    return f"The file {why}, which text files never do: it looks like a binary file."


# --- ISO-2022 ----------------------------------------------------------------


def _iso2022(data: bytes) -> Decoded | None:
    if _ISO2022_JP_RE.search(data):
        encodings = ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext")
    elif _ISO2022_KR_RE.search(data):
        encodings = ("iso2022_kr",)
    else:
        return None
    for encoding in encodings:
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
        except UnicodeDecodeError:
            continue
    return None


# --- UTF-8 with stray bytes ------------------------------------------------


def _mostly_utf8(data: bytes) -> tuple[str, str, str] | None:
    """Decode UTF-8 holding a few bytes of cp1252 (a typical copy-and-paste
    accident), or return None when the invalid bytes are not a small minority.
    """
    text = data.decode("utf-8", "surrogateescape")
    # Each invalid byte became one lone surrogate, which "ignore" drops.
    stray = len(data) - len(text.encode("utf-8", "ignore"))
    valid_non_ascii = len(text) - stray - len(data.translate(None, _HIGH))
    # Legacy text forms valid multi-byte UTF-8 only by accident, and rarely.
    if valid_non_ascii < max(2, stray):
        return None
    return unescape_bytes(text, ESCAPED_TO_CP1252), "utf-8", _invalid_utf8_warning(data, stray)


_MAX_REPORTED = 10


def _invalid_utf8_warning(data: bytes, count: int) -> str:
    """One sentence naming where the invalid UTF-8 sequences are (byte
    offsets, first ``_MAX_REPORTED``) and what they were read as."""
    spots = []
    pos = 0
    while len(spots) < _MAX_REPORTED:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            start, end = pos + exc.start, pos + exc.end
            shown = " ".join(f"0x{b:02x}" for b in data[start:end])
            spots.append(f"byte {start} ({shown})")
            pos = end
    more = f" and {count - len(spots)} more" if count > len(spots) else ""
    return (
        f"{count} byte(s) are not valid UTF-8 and were read as Windows-1252 "
        f"characters: at {', '.join(spots)}{more}. Check the text there."
    )


# --- legacy encodings ------------------------------------------------------


