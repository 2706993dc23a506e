"""Legacy (pre-Unicode) encodings: a declared charset, a scored choice among
Latin code pages by how well the accented letters fit one alphabet, then
charset-normalizer for everything else. A code page with a near twin
(cp1253 / ISO-8859-7 ...) is checked against it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import charset_normalizer
import regex

from ..common.scripts import CJK_RE
from ..types import RefusalReason, RefusedInput
from .escapes import ESCAPED_TO_C1, unescape_bytes
from .twins import prefer_twin

_ASCII = bytes(range(128))
_HIGH = bytes(range(128, 256))
_LOWER = frozenset(b"abcdefghijklmnopqrstuvwxyz")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS = bytes(sorted(_LETTERS))
_HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")

# --- legacy encodings: what a plausible decode looks like ----------------------

# Latin single-byte code pages, in order of preference when they decode a
# file equally well. cp1252 first: it is what "latin-1" files really are
# (a superset for text) and by far the most common legacy encoding.
_LATIN_CODECS = (
    "cp1252", "iso8859-15", "cp1250", "iso8859-2", "cp1254", "cp1257",
    "iso8859-13", "iso8859-16", "mac-roman", "cp850",
)

# Characters any language may use; they neither support nor count against
# a code page, except between two letters where they betray a wrong guess.
_NEUTRAL = frozenset("\xa0\xad€£¥¢„“”‘’‚«»‹›–—…•·°§©®™±×÷¼½¾µ¶†‡‰¿¡،؛؟־")
_IN_WORD_OK = frozenset("’\xad")

# Non-ASCII letters (lower case) of the languages news arrives in. A correct
# decode puts nearly all of a text's non-ASCII letters into one of these sets;
# a wrong code page scatters them across several (Czech "ř" read as cp1252 is
# Danish "ø", French "è" read as cp1250 is Czech "č").
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúüªº",  # Spanish, Galician
        "áâãàçéêíóôõúüªº",  # Portuguese
        "àèéìíîòóùúªº",  # Italian
        "àèéíïòóúüç",  # Catalan
        "áéèëïóöüíúàäêîôû",  # Dutch, Afrikaans
        "æøåéáóü",  # Danish, Norwegian
        "åäöéü",  # Swedish
        "äöåšž",  # Finnish
        "áðéíóúýþæö",  # Icelandic, Faroese
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "čćđšž",  # Croatian, Bosnian, Slovene, Serbian Latin
        "çğıöşüâîİ",  # Turkish
        "äõöüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "çë",  # Albanian
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # Russian, Bulgarian
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # Ukrainian
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
        "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # Macedonian
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",  # Greek
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",  # Hebrew
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْپچژگکیۀ",  # Arabic, Persian
        "".join(map(chr, range(0x0E01, 0x0E5C))),  # Thai
    )
)
# Han, kana, Hangul and CJK punctuation count as one alphabet: which CJK
# encoding is right is left to charset-normalizer's frequency tables.
_CJK_RE = CJK_RE
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_IN_WORD_CHAR_RE = regex.compile(r"(?<=\p{L})[^\x00-\x7f](?=\p{L})")
_AFTER_LOWER_CHAR_RE = regex.compile(r"(?<=\p{Ll})[^\x00-\x7f]")

# What charset-normalizer may answer, most widely used first (ties between
# equally plausible decodes go to the earlier one). Leaving out EBCDIC,
# Johab and the like avoids false friends and makes it ten times faster.
_CN_CANDIDATES = [
    "cp1252", "cp1251", "gb18030", "cp932", "shift_jis", "cp949", "euc_kr", "big5",
    "cp1250", "iso8859_2", "koi8_r", "cp1256", "cp1253", "iso8859_7", "cp1255",
    "iso8859_8", "cp1254", "cp1257", "iso8859_15", "euc_jp", "koi8_u", "iso8859_5",
    "cp866", "mac_cyrillic", "iso8859_6", "cp1258", "big5hkscs", "cp950", "cp874",
]
_CN_RANK = {codecs.lookup(name).name: rank for rank, name in enumerate(_CN_CANDIDATES)}

# Labels HTML declares that browsers (WHATWG Encoding Standard) read as a
# superset; declared "iso-8859-1" pages are cp1252 in practice.
_LABEL_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "gb2312": "gb18030",
    "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "tis-620": "cp874",
    "iso8859-11": "cp874",
}
_DECLARED_CHARSET_RE = re.compile(
    rb"(?:<meta[^>]{0,200}?charset\s*=\s*|<\?xml[^>]{0,100}?encoding\s*=\s*)"
    rb"""["']?\s*([\w.:-]{2,40})""",
    re.IGNORECASE,
)

# Bytes count as Latin-script text when accented letters are at most half
# of all letters and rarely come three in a row (prose in any Latin-script
# language stays far below both; Cyrillic, Greek, Arabic or CJK read as
# Latin is nearly all "accented", in long runs). The best code page is then
# accepted if its accented letters fit one alphabet at least this well.
_LATIN_MAX_ACCENTED_SHARE = 0.5
_LATIN_MAX_RUN_SHARE = 0.35
_LATIN_MIN_FIT = 0.5
# Below this fit a decode is taken for garbage; at or above the second an
# alternative is convincing.
_PLAUSIBLE_FIT = 0.8
_CONVINCING_FIT = 0.95
_FIT_SAMPLE_BYTES = 2048

def legacy_decode(data: bytes) -> tuple[str, str]:
    declared = _declared_decode(data)
    if declared is not None:
        return prefer_twin(data, *declared)

    latin = _latin_fit(data)
    if latin is not None and latin[1] >= _LATIN_MIN_FIT:
        return _decode_single_byte(data, latin[0]), latin[0]

    results = charset_normalizer.from_bytes(data, cp_isolation=_CN_CANDIDATES)
    for encoding in _ranked(data, [codecs.lookup(m.encoding).name for m in results]):
        try:
            return prefer_twin(data, data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    # Central European prose can have several accents in a row ("Żółć") and
    # still defeat charset-normalizer; a near-perfect alphabet fit counts.
    latin = _latin_fit(data, check_runs=False)
    if latin is not None and latin[1] >= _PLAUSIBLE_FIT:
        return _decode_single_byte(data, latin[0]), latin[0]
    raise RefusedInput(
        RefusalReason.UNDECODABLE,
        "Could not work out the text encoding: the file is not UTF-8 or UTF-16 and "
        "no legacy encoding turns it into readable text. Save it as UTF-8 and import "
        "it again.",
    )


def _ranked(data: bytes, encodings: list[str]) -> list[str]:
    """charset-normalizer's answers, with a clearly better one by our
    alphabets moved to the front (it ranks short mixed-script texts poorly:
    English with two Russian words comes out as Czech garbage)."""
    if not encodings:
        return encodings
    first = _sample_fit(data, encodings[0])
    if first >= _CONVINCING_FIT:
        return encodings
    fits = {enc: _sample_fit(data, enc) for enc in encodings[1:]}
    better = [enc for enc, fit in fits.items() if fit >= _CONVINCING_FIT and fit - first >= 0.1]
    if not better:
        return encodings
    best = min(better, key=lambda enc: (-round(fits[enc], 2), _CN_RANK.get(enc, 99)))
    return [best] + [enc for enc in encodings if enc != best]


def _sample_fit(data: bytes, encoding: str) -> float:
    # A multi-byte character cut at the end of the sample costs one miss.
    return _text_fit(data[:_FIT_SAMPLE_BYTES].decode(encoding, "replace"))


def _text_fit(text: str) -> float:
    return _fit(
        Counter(_NON_ASCII_RE.findall(text)),
        Counter(_IN_WORD_CHAR_RE.findall(text)),
        Counter(_AFTER_LOWER_CHAR_RE.findall(text)),
    )


def _declared_decode(data: bytes) -> tuple[str, str] | None:
    """Honour ``<meta charset>`` / ``<?xml encoding>`` when the bytes agree:
    pages re-saved in another encoding often keep their old label."""
    found = _DECLARED_CHARSET_RE.search(data[:4096])
    if not found:
        return None
    try:
        encoding = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    encoding = _LABEL_SUPERSETS.get(encoding, encoding)
    if encoding.startswith("utf"):
        return None  # UTF-8 already failed; a wrong label is no help.
    try:
        if encoding in _LATIN_CODECS:
            text = _decode_single_byte(data, encoding)
        else:
            text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if _text_fit(text[:_FIT_SAMPLE_BYTES]) < _PLAUSIBLE_FIT:
        return None
    return text, encoding


def _latin_fit(data: bytes, *, check_runs: bool = True) -> tuple[str, float] | None:
    """Best Latin code page for ``data`` and how well it fits (0..1).

    Works on byte counts, so each code page costs a few dozen lookups, not a
    decode. Returns None when the bytes cannot be Latin-script prose: accented
    letters would be over half of all letters, or (with ``check_runs``) mostly
    come in runs of three or more, as other scripts do.
    """
    high = data.translate(None, _ASCII)
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if len(high) > (len(high) + ascii_letters) * _LATIN_MAX_ACCENTED_SHARE:
        return None
    # One pass over the runs of high bytes (few in Latin text) collects the
    # context the fit needs: bytes inside words, bytes after a small letter.
    in_word: Counter[int] = Counter()
    after_lower: Counter[int] = Counter()
    in_long_runs = 0
    for run in _HIGH_RUN_RE.finditer(data):
        start, end = run.span()
        before = data[start - 1] if start else 32
        after = data[end] if end < len(data) else 32
        if end - start >= 3:
            in_long_runs += end - start
        if before in _LOWER:
            after_lower[data[start]] += 1
        # Inside a run both neighbours are high bytes, hence word characters.
        for pos in range(start, end):
            left = pos > start or before in _LETTERS
            right = pos < end - 1 or after in _LETTERS
            if left and right:
                in_word[data[pos]] += 1
    if check_runs and in_long_runs > len(high) * _LATIN_MAX_RUN_SHARE:
        return None
    by_byte = (Counter(high), in_word, after_lower)
    best: tuple[str, float] | None = None
    for encoding in _LATIN_CODECS:
        table = _LATIN_TABLES[encoding]
        fit = _fit(*(_by_char(counts, table) for counts in by_byte))
        if best is None or fit > best[1]:
            best = (encoding, fit)
    return best


def _by_char(counts: Counter[int], table: list[str]) -> Counter[str]:
    chars: Counter[str] = Counter()
    for byte, count in counts.items():
        chars[table[byte]] += count
    return chars


def _fit(counts: dict[str, int], in_word: dict[str, int], after_lower: dict[str, int]) -> float:
    """Share of non-ASCII characters belonging to the best single alphabet.

    Symbols, controls, punctuation inside words and capitals straight after
    small letters ("cafÈ" from Mac Roman, "оПХБЕР" from the wrong Cyrillic
    code page) count against it.
    """
    letters: Counter[str] = Counter()
    cjk = misses = 0
    for char, count in counts.items():
        if char in _NEUTRAL:
            if char not in _IN_WORD_OK:
                misses += in_word.get(char, 0)
        elif _CJK_RE.match(char):
            cjk += count
        elif char.isalpha() or unicodedata.category(char) == "Mn":
            upper_inside = after_lower.get(char, 0) if char.isupper() else 0
            misses += upper_inside
            lower = char.lower()
            letters[lower if len(lower) == 1 else char] += count - upper_inside
        else:
            misses += count
    total = sum(letters.values()) + cjk + misses
    if not total:
        return 1.0
    # Letters per alphabet, summed letter by letter (a letter belongs to few
    # alphabets) rather than alphabet by alphabet: _latin_fit asks this for
    # ten code pages per file.
    per_alphabet = [0] * len(_ALPHABETS)
    for char, count in letters.items():
        for k in _alphabets_of(char):
            per_alphabet[k] += count
    return max(cjk, *per_alphabet) / total


@lru_cache(maxsize=4096)
def _alphabets_of(char: str) -> tuple[int, ...]:
    return tuple(k for k, alphabet in enumerate(_ALPHABETS) if char in alphabet)


def _decode_single_byte(data: bytes, encoding: str) -> str:
    # Bytes the code page leaves undefined become C1 controls (as browsers
    # do); the repair step then removes them.
    return unescape_bytes(data.decode(encoding, "surrogateescape"), ESCAPED_TO_C1)


_LATIN_TABLES = {
    encoding: [_decode_single_byte(bytes([b]), encoding) for b in range(256)]
    for encoding in _LATIN_CODECS
}

