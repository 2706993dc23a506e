"""Morphological analysers for Chinese, Japanese and Korean, whose scripts
have no capital letters to mark a name.

Each analyser ships its dictionary inside its package (nothing is fetched at
run time) and is loaded on the first document of its language only, once
per process: a document in any other language never imports it. Each one
turns a text into ``Morpheme`` rows (surface, class, start offset), the
class being what the dictionary says of proper nouns:

* Chinese: jieba's part-of-speech tags (``nr*`` person, ``ns`` place, ``nt``
  organisation, ``nz`` other proper noun) from its dictionary, on the text
  converted to simplified characters by OpenCC.
* Japanese: MeCab (fugashi) with IPAdic, whose proper nouns are classed
  人名 (person: 姓 family / 名 given name), 組織 (organisation), 地域 (place).
* Korean: MeCab-ko with mecab-ko-dic, whose NNP (proper noun) entries carry a
  semantic class: 인명 (person), 지명 (place).

The rows are plain data, so the rules that turn them into names
(``caseless``) are tested without caring which analyser produced them.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

PERSON, PLACE, ORGANISATION, PROPER, OTHER = "person", "place", "organisation", "proper", ""


@dataclass(frozen=True, slots=True)
class Morpheme:
    surface: str
    cls: str  # PERSON, PLACE, ORGANISATION, PROPER (kind unknown) or OTHER
    start: int  # offset of the surface in the analysed text
    given_name: bool = False  # Japanese 名: joins the family name before it


_lock = threading.Lock()
_loaded: dict[str, object] = {}


def _once(name: str, load: Callable[[], object]) -> object:
    """Load an analyser on first use, once per process even across threads."""
    found = _loaded.get(name)
    if found is None:
        with _lock:
            found = _loaded.get(name)
            if found is None:
                found = _loaded[name] = load()
    return found


# The analysers are imported on first use, not at the top of the module: not
# a cycle being hidden, but the point of loading lazily. jieba's dictionary
# costs ~1-2 s of CPU and ~120 MB per process, which every worker would
# otherwise pay whatever its documents' language.


@dataclass(frozen=True)
class _Jieba:
    tokenizer: object
    tags: dict[str, str]  # word -> part-of-speech tag, from jieba's own dictionary


def _load_jieba() -> _Jieba:
    jieba = import_module("jieba")
    jieba.setLogLevel(logging.WARNING)  # it logs its dictionary loading at INFO
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as lines:  # "word frequency tag" per line
        for line in lines:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return _Jieba(tokenizer, tags)


def _load_mecab_ipadic() -> object:
    fugashi, ipadic = import_module("fugashi"), import_module("ipadic")
    return fugashi.GenericTagger(ipadic.MECAB_ARGS)


def _load_mecab_ko() -> object:
    return import_module("mecab").MeCab()


# "nrt" (a transliterated name) is as often a place or a company ("达沃斯",
# "阿里巴巴") as a person: its kind is left to the words around it.
_JIEBA_CLASSES = {"nr": PERSON, "nrfg": PERSON, "nrt": PROPER, "ns": PLACE, "nt": ORGANISATION}


def _jieba_class(word: str, tags: dict[str, str]) -> str:
    """The class of a word jieba's segmenter returned. A word its dictionary
    lacks was put together by its HMM: of two or three Chinese characters
    starting with a family name ("卓荣泰", "魏哲家"), it is a person's name."""
    tag = tags.get(word)
    if tag is not None:
        return _JIEBA_CLASSES.get(tag, PROPER if tag == "nz" else OTHER)
    if 2 <= len(word) <= 3 and tags.get(word[0], "").startswith("nr") and all(map(is_han, word)):
        return PERSON
    return OTHER


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# jieba segments at ~1-5 µs per character (pure Python), so each sentence's
# analysis is kept: scraped news repeats sentences (an
# updated story, a standard closing line). Bounded like the tag step's other
# caches; rebinding (not clearing) keeps a concurrent caller's dict valid.
_SENTENCE_RE = re.compile(r"[^。！？!?\n]*[。！？!?\n]?")
_CACHE_LIMIT = 50_000
_sentences: dict[str, tuple[tuple[str, str], ...]] = {}


def _load_opencc() -> object:
    return import_module("opencc").OpenCC("t2s")


def chinese(text: str) -> list[Morpheme]:
    """jieba on the text in simplified characters: its dictionary holds
    simplified characters, and on traditional text it splits the names it
    knows. OpenCC's conversion keeps offsets (checked), so surfaces are taken
    from the text as written."""
    global _sentences
    tokenizer = _once("zh", _load_jieba)
    simple = _once("zh-t2s", _load_opencc).convert(text)
    if len(simple) != len(text):  # a phrase converted to a different length
        return [m for part in _SENTENCE_RE.finditer(text) for m in _chinese_sentence(part, text)]
    cache = _sentences
    if len(cache) > _CACHE_LIMIT:
        cache = _sentences = {}
    out: list[Morpheme] = []
    for sentence in _SENTENCE_RE.finditer(simple):
        words = cache.get(sentence.group())
        if words is None:
            words = cache[sentence.group()] = _cut(tokenizer, sentence.group())
        at = sentence.start()
        for word, cls in words:
            out.append(Morpheme(text[at : at + len(word)], cls, at))
            at += len(word)
    return out


def _chinese_sentence(sentence: re.Match, text: str) -> list[Morpheme]:
    """One sentence, converted on its own (used only when converting the
    whole text changed its length)."""
    original = sentence.group()
    simple = _once("zh-t2s", _load_opencc).convert(original)
    if len(simple) != len(original):
        simple = original
    out, at = [], sentence.start()
    for word, cls in _cut(_once("zh", _load_jieba), simple):
        out.append(Morpheme(text[at : at + len(word)], cls, at))
        at += len(word)
    return out


def _cut(analyser: _Jieba, sentence: str) -> tuple[tuple[str, str], ...]:
    # Segmentation with jieba's word-finding HMM, classes from its dictionary:
    # its part-of-speech HMM (jieba.posseg) costs ~10x as much per sentence,
    # and another ~0.8 s to import, for the same names on news text.
    return tuple((word, _jieba_class(word, analyser.tags)) for word in analyser.tokenizer.cut(sentence))


_IPADIC_CLASSES = {"人名": PERSON, "組織": ORGANISATION, "地域": PLACE, "一般": PROPER}


def japanese(text: str) -> list[Morpheme]:
    tagger = _once("ja", _load_mecab_ipadic)
    out, at = [], 0
    for word in tagger(text):
        surface, feature = word.surface, word.feature
        at = text.find(surface, at) if surface else at
        cls = OTHER
        if len(feature) > 2 and feature[1] == "固有名詞":
            cls = _IPADIC_CLASSES.get(feature[2], PROPER)
        elif surface and len(feature) > 1 and feature[1] == "一般" and _katakana(surface):
            cls = PROPER  # foreign names in katakana ("バイデン") are ordinary nouns to IPAdic
        out.append(Morpheme(surface, cls, max(at, 0), len(feature) > 3 and feature[3] == "名"))
        at = max(at, 0) + len(surface)
    return out


def _katakana(word: str) -> bool:
    return all("\u30a0" <= ch <= "\u30ff" for ch in word)


_MECAB_KO_CLASSES = {"인명": PERSON, "지명": PLACE}


def korean(text: str) -> list[Morpheme]:
    tagger = _once("ko", _load_mecab_ko)
    out = []
    for morpheme in tagger.parse(text):
        feature = morpheme.feature
        cls = OTHER
        if feature.pos == "NNP":
            cls = _MECAB_KO_CLASSES.get(feature.semantic or "", PROPER)
        start = morpheme.span.start if morpheme.span else 0
        out.append(Morpheme(morpheme.surface, cls, start))
    return out


ANALYSERS: dict[str, Callable[[str], list[Morpheme]]] = {
    "zh": chinese,
    "ja": japanese,
    "ko": korean,
}
