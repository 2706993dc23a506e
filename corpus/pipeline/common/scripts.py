"""Script classes by code point, defined once for every step.

Character-class bodies (for ``[...]`` in ``re``/``regex`` patterns) and the
compiled patterns built from them. Code-point ranges rather than Unicode
script properties so the fast stdlib engine can use them.

- ``HAN``: CJK ideographs, radicals, iteration marks, strokes, kanbun.
- ``KANA``: hiragana, katakana (incl. half-width), kana repeat marks.
- ``HANGUL``: syllables and jamo.
- ``SPACELESS_SE_ASIAN``: Thai, Lao, Myanmar, Khmer (no spaces between words).
- ``NO_SPACE`` = Han + kana: Chinese and Japanese, written without spaces and
  with one character per syllable or word.
- ``DENSE`` = Han + kana + Hangul + spaceless South-East Asian: one character
  carries roughly a word's worth of meaning, so lengths count differently.
- ``CJK_PUNCT``: ideographic space and punctuation, full-width forms.
- ``WIDE``: East Asian width W/F characters (two terminal columns).
"""

from __future__ import annotations

import re

__all__ = [
    "CJK_PUNCT", "CJK_RE", "DENSE", "DENSE_RE", "HAN", "HANGUL", "HANGUL_RE", "KANA",
    "KANA_RE", "NO_SPACE", "NO_SPACE_LANGUAGES", "NO_SPACE_RE", "SPACELESS_SE_ASIAN",
    "WIDE", "WIDE_RE", "has_dense", "is_cjk", "width",
]

HAN = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3190-\u319f\u31c0-\u31ef"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
)
KANA = "\u3031-\u3035\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
BOPOMOFO = "\u3100-\u312f\u31a0-\u31bf"
HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc"
SPACELESS_SE_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"

NO_SPACE = HAN + KANA + BOPOMOFO
DENSE = NO_SPACE + HANGUL + SPACELESS_SE_ASIAN
WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd"
)

# Languages written without spaces between words.
NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "yue", "wuu"})

NO_SPACE_RE = re.compile(f"[{NO_SPACE}]")
DENSE_RE = re.compile(f"[{DENSE}]")
CJK_RE = re.compile(f"[{NO_SPACE}{HANGUL}{CJK_PUNCT}]")
KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")
WIDE_RE = re.compile(f"[{WIDE}]")


def is_cjk(ch: str) -> bool:
    """Is ``ch`` a Chinese, Japanese or Korean character or CJK punctuation?"""
    return CJK_RE.match(ch) is not None


def has_dense(text: str) -> bool:
    """Does ``text`` hold any character of a dense script?"""
    return DENSE_RE.search(text) is not None


def width(text: str) -> int:
    """Display width in columns: wide characters count two."""
    if text.isascii():
        return len(text)
    return len(text) + len(WIDE_RE.findall(text))
