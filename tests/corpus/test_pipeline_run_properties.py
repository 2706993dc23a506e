"""Whole-pipeline property: whatever junk surrounds them, content sentences
come out of cleaning intact, and every cut is recorded verbatim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pipeline import clean_document

CONTENT = [
    "The city council approved the new budget on Tuesday after a long debate.",
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.",
    "Le conseil municipal a adopté mardi le nouveau budget après un long débat.",
    "Городской совет во вторник утвердил новый бюджет после долгих дебатов.",
    "市议会周二经过长时间辩论后批准了新的预算。",
    "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل.",
    "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए बजट को मंजूरी दी।",
    "Editor's note: This story was updated on Wednesday with the mayor's response.",
    "Correction: An earlier version of this story misstated the size of the budget.",
    "Results: Berlin 3, Munich 1; Hamburg 2, Cologne 2.",
]
JUNK = [
    "Advertisement", "Anzeige", "广告", "Share on Facebook", "Subscribe to our newsletter",
    "pic.twitter.com/AbC123", "Published 12 March 2024, 10:32", "Foto: dpa", "###",
    "Read more: Why rents rise", "© 2024 Example News. All rights reserved.", "Tags: budget, city",
    "We use cookies to improve your experience.",
]
# Not in the pool: a "Comments" heading, since whatever follows one is taken
# for reader comments (tests/corpus/test_pipeline_boilerplate_rules.py).


@st.composite
def documents(draw):
    content = draw(st.lists(st.sampled_from(CONTENT), min_size=1, max_size=5, unique=True))
    parts = [(text, True) for text in content]
    for junk in draw(st.lists(st.sampled_from(JUNK), max_size=6)):
        parts.insert(draw(st.integers(0, len(parts))), (junk, False))
    joiners = draw(st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(parts), max_size=len(parts)))
    text = "".join(part + sep for (part, _), sep in zip(parts, joiners))
    return text, content


@settings(max_examples=150, deadline=None)
@given(documents())
def test_content_sentences_survive_and_nothing_is_lost(doc):
    text, content = doc
    cleaned = clean_document(text.encode())
    flat = " ".join(cleaned.text.split())
    for sentence in content:
        assert sentence in flat
    kept = sorted("".join(cleaned.text.split()))
    removed = "".join("".join(r.text.split()) for r in cleaned.removed if r.text)
    assert sorted("".join(cleaned.text.split()) + removed) == sorted("".join(text.split()))
    assert kept  # something always stays
