"""Repair step: make decoded text clean and uniform without changing its words.

What it does, in order (each recorded in ``Repaired.fixes`` only if it
changed something):

``mojibake``       UTF-8 that was read as cp1252/latin-1, once or twice, is
                   decoded again (ftfy); stray C1 controls become the cp1252
                   characters they stood for ("\\x93" -> "“").
``line_endings``   \\r\\n, \\r, U+2028 and \\v become \\n; U+2029 (paragraph
                   separator) and \\f (page break) become a blank line.
``control_chars``  terminal colour codes and C0/C1 controls other than \\n
                   and \\t are removed.
``bom``            stray U+FEFF inside the text is removed.
``zero_width``     U+200B ZERO WIDTH SPACE is removed. ZWJ (U+200D) and
                   ZWNJ (U+200C) are kept: Persian, Indic scripts and emoji
                   sequences need them.
``soft_hyphen``    U+00AD is removed; it is invisible and splits words for
                   search and tagging ("Bundes\\xadregierung").
``ligatures``      ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ (PDF extraction leftovers) become letters.
``nfc``            Unicode NFC, so "é" is one code point everywhere.
``whitespace``     tabs, runs of spaces and the no-break spaces become one
                   space; spaces at the start and end of lines go; 3+ line
                   breaks become one blank line; the text is stripped.

No-break spaces (U+00A0, U+202F) become plain spaces: in machine-translated
and scraped copy they are accidents far more often than French typography,
and every later step splits words on plain spaces. The ideographic space
U+3000 is kept: it is part of CJK typography (paragraph indents).

Typography is never touched: curly quotes of every language („…“ « … »
「…」 ’), dashes, full-width CJK punctuation and right-to-left text come out
exactly as they went in.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from ..types import Repaired

# ftfy only for the encoding repairs. Its other fixes are off on purpose:
# uncurl_quotes would turn „Hallo“ into "Hallo"; fix_character_width would
# turn full-width CJK punctuation (，。！) into ASCII; HTML unescaping belongs
# to the markup step (unescaping here would turn "&lt;p&gt;" text into a
# tag); line breaks, control characters, ligatures and normalisation are
# done below so that each is reported under its own code.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# ftfy costs ~6 ms on 30 KB; only text that could hold mojibake pays for it.
# UTF-8 read as cp1252 always shows a lead byte (Â..ô) followed by a
# continuation byte (U+0080..U+00BF or its cp1252 character), or C1 controls.
# A no-break space counts only after a capital lead: French "voilà\xa0!" is
# typography, "Ã\xa0" is a broken "à".
_CP1252_CONTINUATION = (
    "\u0080-\u009f\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
# Written as one leading character class, then what must follow which lead:
# re skips ahead to a possible lead by itself only when the pattern opens
# with a class (as four alternatives it tried each at every position, 3x
# slower on a long text).
_MOJIBAKE_HINT_RE = re.compile(
    "[\u0080-\u009f\u00c2-\u00f4]"
    f"(?:(?<=[\u0080-\u009f])|(?<=[\u00c2-\u00f4])[{_CP1252_CONTINUATION}]"
    "|(?<=[\u00c2-\u00dd])\u00a0|(?<=\u00c3) )"
)

_LINE_BREAK_RE = re.compile("\r\n?|[\u2028\u2029\x0b\x0c]")
_ASCII_BREAKS = ("\r", "\x0b", "\x0c")
_LINE_BREAKS = {
    "\r\n": "\n", "\r": "\n", "\u2028": "\n", "\x0b": "\n", "\u2029": "\n\n", "\x0c": "\n\n",
}

# CSI ("\x1b[31m") and OSC ("\x1b]0;title\x07") terminal sequences, then any
# control character except \t and \n.
_TERMINAL_ESCAPE_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_INVISIBLES = (("bom", "\ufeff"), ("zero_width", "\u200b"), ("soft_hyphen", "\u00ad"))
_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)

# Spaces other than U+0020 that become one; U+3000 is deliberately absent.
_UNICODE_SPACE_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_SPACE_RUN_RE = re.compile(" {2,}")
_SPACES_AROUND_NEWLINE_RE = re.compile(" *\n *")
_BLANK_LINES_RE = re.compile("\n{3,}")

_MAX_PASSES = 3


def repair(text: str) -> Repaired:
    """Return ``text`` cleaned as described in the module docstring.

    Guarantees: the result is a fixpoint (``repair(r.text).text == r.text``),
    it contains no \\r, no control characters other than \\n and \\t (and no
    \\t either, since tabs become spaces), is NFC-normalised and has no
    leading or trailing whitespace. ``fixes`` lists the codes of the repairs
    that changed something, in the order they were first applied. Never
    raises for any ``str`` input; empty input gives an empty result.
    """
    fixes: list[str] = []
    for _ in range(_MAX_PASSES):
        repaired = _repair_once(text, fixes)
        if repaired == text:
            break
        text = repaired
        # Only ftfy can find more to do on a second pass (once whitespace is
        # normalised a mojibake sequence may become recognisable); every other
        # step is idempotent, so without a hint one pass is final.
        if not _MOJIBAKE_HINT_RE.search(text):
            break
    return Repaired(text=text, fixes=tuple(fixes))


def _note(fixes: list[str], code: str) -> None:
    if code not in fixes:
        fixes.append(code)


def _repair_once(text: str, fixes: list[str]) -> str:
    plain_ascii = text.isascii()

    if not plain_ascii and _MOJIBAKE_HINT_RE.search(text):
        fixed = ftfy.fix_text(text, _FTFY_CONFIG)
        if fixed != text:
            _note(fixes, "mojibake")
            text = fixed
            plain_ascii = text.isascii()

    if any(b in text for b in _ASCII_BREAKS) or (
        not plain_ascii and ("\u2028" in text or "\u2029" in text)
    ):
        text = _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group()], text)
        _note(fixes, "line_endings")

    if "\x1b" in text:
        text, escapes = _TERMINAL_ESCAPE_RE.subn("", text)
        if escapes:
            _note(fixes, "control_chars")
    text, count = _CONTROL_RE.subn("", text)
    if count:
        _note(fixes, "control_chars")

    if not plain_ascii:
        for code, char in _INVISIBLES:
            if char in text:
                text = text.replace(char, "")
                _note(fixes, code)
        if any(lig in text for lig in _LIGATURES):
            text = text.translate(_LIGATURE_TABLE)
            _note(fixes, "ligatures")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            _note(fixes, "nfc")

    spaced = _normalise_whitespace(text, plain_ascii)
    if spaced != text:
        _note(fixes, "whitespace")
    return spaced


def _normalise_whitespace(text: str, plain_ascii: bool) -> str:
    # Substring tests first: they are memchr-fast, a regex scan is not.
    if not plain_ascii and _UNICODE_SPACE_RE.search(text):
        text = _UNICODE_SPACE_RE.sub(" ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACES_AROUND_NEWLINE_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip(" \n")
