"""Shared ideas (corpus/pipeline/common/, languages/): defined once, and
matching the public behaviour they stand in for."""

from __future__ import annotations

import re
import sys

from corpus.pipeline.common.caseless import CaselessPattern, shared_capital_groups
from corpus.pipeline.common.scripts import has_dense, is_cjk, width
from corpus.pipeline.common.speakers import SPEAKER_LABEL_RE
from corpus.pipeline.languages import KINDS, languages, phrases, words_of


def test_shared_capital_groups_cover_all_of_unicode():
    everywhere = shared_capital_groups(((0, sys.maxunicode + 1),))
    assert sorted(map(sorted, everywhere)) == sorted(map(sorted, shared_capital_groups()))


def test_shared_capital_groups_are_what_ignorecase_matches():
    for group in shared_capital_groups():
        for a in group:
            for b in group:
                assert re.fullmatch(re.escape(a), b, re.IGNORECASE), (a, b)


def test_caseless_pattern_agrees_with_ignorecase():
    pattern = CaselessPattern(lambda alt: alt(["straße", "σοφία", "istanbul", "ſtop"]))
    for text in ["STRASSE Straße", "ΣΟΦΊΑ σοφία", "İstanbul", "stop ſtop", "nothing"]:
        exact = [m.span() for m in re.finditer(pattern.exact.pattern, text, re.IGNORECASE)]
        assert list(pattern.spans(text)) == exact


def test_scripts():
    assert is_cjk("中") and is_cjk("か") and is_cjk("한") and not is_cjk("a")
    assert has_dense("ภาษาไทย") and not has_dense("English")
    assert width("ab") == 2 and width("中文") == 4


def test_speaker_label():
    assert SPEAKER_LABEL_RE.match("Jack Ma: Thank you.")
    assert SPEAKER_LABEL_RE.match("马云：谢谢。")
    assert not SPEAKER_LABEL_RE.match("the minister said: no")


def test_every_language_module_uses_known_kinds_and_is_gathered():
    found = languages()
    assert {"en", "de", "zh", "ar", "hi", "ms", "hr", "sr", "bs", "da", "no"} <= set(found)
    for code, words in found.items():
        assert set(words) <= set(KINDS), code
        for kind, items in words.items():
            assert items and all(isinstance(x, str) and x for x in items), (code, kind)
            assert set(items) <= set(phrases(kind))
    assert "kerana" in words_of("ms", "distinctive_words")
    assert words_of("xx", "ad_markers") == ()
