"""UTF-16 and UTF-32 without a byte-order mark: text, or None.

Part of the decode step (:mod:`corpus.pipeline.decode`). Two kinds of
evidence, cheapest first:

* the zero-byte pattern: text that is mostly ASCII or Latin-1 has a zero
  high byte in nearly every code unit, and which byte tells the order;
* the characters: CJK text has few zero bytes, in no fixed position, so a
  decode is accepted when it reads like text in one or two scripts, with
  the common CJK characters real text is made of. Binary data read as
  UTF-16 yields lone surrogates, controls, private-use and unassigned code
  points, symbols of every kind, or rare ideographs picked at random.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

import regex

from ..types import Decoded

# What a wrong UTF-16/32 guess produces: controls, unassigned and private-use
# code points.
_IMPLAUSIBLE_RE = regex.compile(r"[\p{Cn}\p{Co}\x00-\x08\x0e-\x1f\x7f-\x9f]")

# Han, kana and bopomofo are one script here: Japanese mixes the first three.
_CJK_RE = regex.compile(r"[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}]")
_HANGUL_RE = regex.compile(r"\p{scx=Hangul}")
# Format characters text does carry: soft hyphen, zero-width (non-)joiners
# and spaces, direction marks, word joiner, emoji variation selectors, BOM.
_TEXT_FORMAT = frozenset("\xad\u200b\u200c\u200d\u200e\u200f\u2060\ufe0e\ufe0f\ufeff")
# Common CJK characters: the first level of GB 2312 and Big5, JIS X 0208
# (Shift_JIS leads up to 0x98) and KS X 1001 (two bytes in EUC-KR; Python
# spells the other Hangul syllables with eight). Real prose stays above 99%
# even with rare names; ideographs picked at random reach 46%, Hangul 21%.
_COMMON_CJK_CODES = (("gb2312", 0xF7), ("big5", 0xC6), ("cp932", 0x98), ("euc_kr", 0xFE))

_MIN_CHARS = 4
_SAMPLE_BYTES = 8192
# Share of all characters that may be controls, unassigned and the like.
_MAX_BAD_SHARE = 0.01
# Symbols other than currency, ASCII and Latin-1 ones (arrows, box drawing,
# dingbats, hexagrams ... what code units of random bytes land on).
_MAX_SYMBOL_SHARE = 0.02
# Letters must be this share of the non-blank characters, and the two most
# used scripts this share of the letters.
_MIN_LETTER_SHARE = 0.3
_MIN_TOP_SCRIPTS_SHARE = 0.95
_MIN_COMMON_CJK_SHARE = 0.9
# Text repeats its letters; a run of distinct code points is a counter or a
# table (checked only where even Chinese must repeat itself).
_DISTINCT_CHECK_LETTERS = 200
_MAX_DISTINCT_SHARE = 0.9
# Without any zero byte there is no ASCII at all: only CJK text is taken,
# and only when it reads very well, for long enough to tell.
_NO_NUL_MIN_CHARS = 12
_NO_NUL_MIN_CJK_SHARE = 0.9
_NO_NUL_MIN_COMMON_CJK_SHARE = 0.97


def _plausible_wide(text: str) -> bool:
    if not text:
        return False
    # Binary records repeat a few 16-bit values ("\x00\x01\x02\x03" * 100
    # reads as one accented letter over and over); any real text of some
    # length uses more than a handful of different characters.
    if len(text) >= 32 and len(set(text)) < 6:
        return False
    bad = len(_IMPLAUSIBLE_RE.findall(text))
    return bad <= len(text) * 0.01


def utf32_without_bom(data: bytes) -> Decoded | None:
    if len(data) % 4 or len(data) < 8:
        return None
    quarter = len(data) // 4
    # Text code points stay below U+10000 nearly always, so two of every
    # four bytes are zero; which two tells the byte order.
    for encoding, always_zero, mostly_zero in (
        ("utf-32-le", data[3::4], data[2::4]),
        ("utf-32-be", data[0::4], data[1::4]),
    ):
        if always_zero.count(0) == quarter and mostly_zero.count(0) >= quarter * 0.9:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible_wide(text):
                return Decoded(text, encoding)
    return None


def utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 told by its zero bytes: mostly ASCII, Latin, Cyrillic ... text."""
    if len(data) % 2 or len(data) < 4:
        return None
    half = len(data) // 2
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    # ASCII, Latin-1 and the spaces and digits of other scripts have a zero
    # high byte: in little-endian files it is the odd byte of each pair.
    # Demand a lopsided pattern so padded binary records do not qualify.
    if odd_zeros >= half * 0.05 and even_zeros * 10 <= odd_zeros:
        encoding = "utf-16-le"
    elif even_zeros >= half * 0.05 and odd_zeros * 10 <= even_zeros:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return Decoded(text, encoding) if _plausible_wide(text) else None


def utf16_by_script(data: bytes, *, cjk_only: bool = False) -> Decoded | None:
    """UTF-16 told by its characters, for CJK text the zero bytes miss.

    ``cjk_only`` is for data without any zero byte, which may as well be a
    legacy CJK encoding: then only a near-perfect CJK reading is taken.
    Little-endian wins when both byte orders read as text (Windows writes it).
    """
    if len(data) % 2 or len(data) < (_NO_NUL_MIN_CHARS if cjk_only else _MIN_CHARS) * 2:
        return None
    whole = len(data) <= _SAMPLE_BYTES
    for encoding, decode_part in (
        ("utf-16-le", codecs.utf_16_le_decode),
        ("utf-16-be", codecs.utf_16_be_decode),
    ):
        if cjk_only and not _high_bytes_cjk(data[:_SAMPLE_BYTES], encoding):
            continue
        try:
            # A sample rules out most files cheaply; then the whole must pass.
            text = decode_part(data[:_SAMPLE_BYTES], "strict", whole)[0]
            if not _reads_as_text(text, cjk_only=cjk_only):
                continue
            if not whole:
                text = data.decode(encoding)
                if not _reads_as_text(text, cjk_only=cjk_only):
                    continue
        except UnicodeDecodeError:  # lone surrogates: not this byte order
            continue
        if cjk_only and _reads_as_legacy_cjk(data):
            return None  # two readings: leave it to the legacy detection
        return Decoded(text, encoding)
    return None


# High bytes of UTF-16 code units in the CJK blocks: CJK punctuation and kana
# (0x30), Han (0x34-0x4D, 0x4E-0x9F), Hangul (0xAC-0xD7), full-width forms.
_CJK_HIGH_BYTES = bytes([0x30, *range(0x34, 0xA0), *range(0xAC, 0xD8), 0xFF])


def _high_bytes_cjk(sample: bytes, encoding: str) -> bool:
    """Could ``sample`` be CJK UTF-16 in this byte order? Its high bytes
    must nearly all be CJK ones: Latin or Cyrillic legacy text (ASCII letters
    at every other byte) is ruled out at C speed before any decoding."""
    high = sample[1::2] if encoding == "utf-16-le" else sample[0::2]
    other = len(high.translate(None, _CJK_HIGH_BYTES))
    return other <= len(high) * (1 - _NO_NUL_MIN_CJK_SHARE) + 2


def _reads_as_legacy_cjk(data: bytes) -> bool:
    for encoding, _ in _COMMON_CJK_CODES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text, cjk_only=True):
            return True
    return False


def _reads_as_text(text: str, *, cjk_only: bool) -> bool:
    counts = Counter(text)
    bad = symbols = blank = distinct = 0
    scripts: Counter[str] = Counter()
    cjk_common = 0
    for char, count in counts.items():
        kind = _kind(char)
        if kind == "bad":
            bad += count
        elif kind == "symbol":
            symbols += count
        elif kind == "blank":
            blank += count
        elif kind != "neutral":
            scripts[kind] += count
            distinct += 1
            if kind in ("cjk", "hangul") and _is_common_cjk(char):
                cjk_common += count
    total = len(text)
    letters = sum(scripts.values())
    if (
        bad > total * (0 if cjk_only else _MAX_BAD_SHARE)
        or symbols > total * _MAX_SYMBOL_SHARE
        or letters < max(_MIN_CHARS, (total - blank) * _MIN_LETTER_SHARE)
        or sum(n for _, n in scripts.most_common(2)) < letters * _MIN_TOP_SCRIPTS_SHARE
        or (letters >= _DISTINCT_CHECK_LETTERS and distinct > letters * _MAX_DISTINCT_SHARE)
        or (total >= 32 and len(counts) < 6)  # a few 16-bit values repeated: records
    ):
        return False
    cjk = scripts["cjk"] + scripts["hangul"]
    if cjk_only:
        return cjk >= letters * _NO_NUL_MIN_CJK_SHARE and cjk_common >= cjk * (
            _NO_NUL_MIN_COMMON_CJK_SHARE
        )
    return cjk_common >= cjk * _MIN_COMMON_CJK_SHARE


def _kind(char: str) -> str:
    """"bad", "symbol", "blank", "neutral" or the script of a letter."""
    category = unicodedata.category(char)
    if char in _TEXT_FORMAT or char in "\t\n\v\f\r":
        return "blank"
    if category[0] == "C":  # controls, unassigned, private use, surrogates
        return "bad"
    if category[0] == "Z":
        return "blank"
    if category[0] == "P" or category in ("Nd", "Sc") or char < "\u0100":
        return "neutral"
    if category[0] == "S" and char > "\uffff":
        return "neutral"  # emoji: surrogate pairs, which random bytes rarely form
    if _CJK_RE.match(char):
        return "cjk"
    if _HANGUL_RE.match(char):
        return "hangul"
    if category[0] in "LM":
        # "LATIN SMALL LETTER A", "ARABIC FATHA": the first word names the script.
        return unicodedata.name(char, "?").removeprefix("FULLWIDTH ").split(" ")[0]
    return "symbol"


def _is_common_cjk(char: str) -> bool:
    for encoding, last_lead in _COMMON_CJK_CODES:
        try:
            encoded = char.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and encoded[0] <= last_lead:
            return True
    return False
