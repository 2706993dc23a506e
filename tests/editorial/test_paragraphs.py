"""Stable paragraph ids (editorial.paragraphs.assign_ids): properties. No database."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from editorial import paragraphs as module
from editorial.paragraphs import assign_ids, by_id

# Paragraph texts in any script (letters, marks, digits, punctuation, spaces
# of every Unicode category), unique within a version so that "which one
# moved" has one answer.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12
)
texts = st.lists(any_text, min_size=1, max_size=8, unique=True)
# Pure functions, but unicode text generation is not free: enough examples
# to find alignment bugs, few enough to keep the suite fast.
FAST = settings(max_examples=30, deadline=None)
SCRIPTS = [
    "Der Bürgermeister sagte am Montag.", "市长周一表示。", "Мэр заявил в понедельник.",
    "قال رئيس البلدية يوم الاثنين.", "महापौर ने सोमवार को कहा।", "นายกเทศมนตรีกล่าวเมื่อวันจันทร์",
    "Ο δήμαρχος είπε τη Δευτέρα.", "שׁלום עליכם.", "😀 emoji only 🎉",
]


def ids(paragraphs) -> list[str]:
    return [p["id"] for p in paragraphs]


@FAST
@given(texts)
def test_first_version_ids_are_unique_and_texts_kept(new):
    result = assign_ids(new)
    assert [p["text"] for p in result] == new
    assert len(set(ids(result))) == len(result)
    assert all(isinstance(i, str) and i for i in ids(result))


@FAST
@given(texts, texts)
def test_ids_are_unique_within_a_version_whatever_the_edit(old_texts, new_texts):
    previous = assign_ids(old_texts)
    result = assign_ids(new_texts, previous)
    assert [p["text"] for p in result] == new_texts
    assert len(set(ids(result))) == len(result)


@FAST
@given(texts)
def test_unchanged_text_keeps_every_id(old_texts):
    previous = assign_ids(old_texts)
    assert assign_ids(old_texts, previous) == previous


@FAST
@given(texts, st.data())
def test_edited_in_place_keeps_its_id(old_texts, data):
    previous = assign_ids(old_texts)
    index = data.draw(st.integers(0, len(old_texts) - 1))
    edited = data.draw(any_text)
    assume(edited not in old_texts)
    new_texts = list(old_texts)
    new_texts[index] = edited
    result = assign_ids(new_texts, previous)
    assert ids(result) == ids(previous)


def test_a_small_edit_next_to_an_insertion_still_keeps_its_id():
    """In a run where counts differ, similarity decides what is an edit."""
    previous = assign_ids(["The mayor spoke on Monday.", "Taxes will rise.", "End."])
    result = assign_ids(["The mayor spoke on Monday evening.", "A new paragraph entirely.", "Taxes will rise.", "End."], previous)
    assert result[0]["id"] == previous[0]["id"]
    assert result[1]["id"] not in ids(previous)
    assert ids(result)[2:] == ids(previous)[1:]


@FAST
@given(texts, st.lists(any_text, min_size=1, max_size=4, unique=True), st.data())
def test_new_paragraphs_get_new_ids_and_old_ones_keep_theirs(old_texts, inserted, data):
    assume(not set(inserted) & set(old_texts))
    previous = assign_ids(old_texts)
    new_texts = list(old_texts)
    for text in inserted:
        new_texts.insert(data.draw(st.integers(0, len(new_texts))), text)
    result = assign_ids(new_texts, previous)
    old_ids = by_id(previous)
    for paragraph in result:
        if paragraph["text"] in inserted:
            assert paragraph["id"] not in old_ids
        else:
            assert old_ids[paragraph["id"]] == paragraph["text"]


@FAST
@given(st.lists(any_text, min_size=2, max_size=8, unique=True), st.data())
def test_a_removed_paragraphs_id_is_never_reused(old_texts, data):
    previous = assign_ids(old_texts)
    removed = data.draw(st.integers(0, len(old_texts) - 1))
    kept = old_texts[:removed] + old_texts[removed + 1:]
    added = data.draw(st.lists(any_text, min_size=1, max_size=3, unique=True))
    assume(not set(added) & set(old_texts))
    # New paragraphs away from the gap (a paragraph replaced where it stood
    # is an edit in place and keeps its id, by design).
    new_texts = kept + added if removed < len(old_texts) - 1 else added + kept
    result = assign_ids(new_texts, previous)
    assert previous[removed]["id"] not in ids(result)
    assert len(set(ids(result))) == len(result)


def test_a_paragraph_replaced_by_two_unrelated_ones_gives_up_its_id():
    previous = assign_ids(["Intro.", "An old quote from the mayor.", "End."])
    result = assign_ids(["Intro.", "Weather: sunny.", "Sports: 2-1.", "End."], previous)
    assert previous[1]["id"] not in ids(result)
    assert [result[0]["id"], result[3]["id"]] == [previous[0]["id"], previous[2]["id"]]


def test_a_fresh_id_never_collides_with_a_removed_one(monkeypatch):
    """Even if the random source produced a removed paragraph's id again."""
    previous = [{"id": "pdeadbeef00", "text": "Removed."}, {"id": "pcafe000000", "text": "Kept."}]
    tokens = iter(["deadbeef00", "cafe000000", "0123456789"])
    monkeypatch.setattr(module.secrets, "token_hex", lambda n: next(tokens))
    result = assign_ids(["Kept.", "Brand new."], previous)
    assert result == [{"id": "pcafe000000", "text": "Kept."}, {"id": "p0123456789", "text": "Brand new."}]


@FAST
@given(texts, st.randoms(use_true_random=False))
def test_reordering_keeps_every_id_with_its_text(old_texts, rnd):
    previous = assign_ids(old_texts)
    new_texts = list(old_texts)
    rnd.shuffle(new_texts)
    result = assign_ids(new_texts, previous)
    assert by_id(result) == by_id(previous)
    assert [p["text"] for p in result] == new_texts


def test_moving_one_paragraph_to_the_top_keeps_its_id():
    previous = assign_ids(["A lead.", "Some context.", "The real news."])
    result = assign_ids(["The real news.", "A lead.", "Some context."], previous)
    assert by_id(result) == by_id(previous)


def test_every_script_round_trips_and_keeps_ids_through_edits():
    previous = assign_ids(SCRIPTS)
    assert [p["text"] for p in previous] == SCRIPTS
    edited = [text + " ✓" for text in SCRIPTS]  # every paragraph edited in place
    result = assign_ids(edited, previous)
    assert ids(result) == ids(previous)
    dropped = assign_ids(SCRIPTS[1:], previous)
    assert ids(dropped) == ids(previous)[1:]


def test_duplicate_paragraphs_get_distinct_ids():
    previous = assign_ids(["Same.", "Same.", "Same."])
    assert len(set(ids(previous))) == 3
    result = assign_ids(["Same.", "Same.", "Same.", "Same."], previous)
    assert len(set(ids(result))) == 4
    assert set(ids(previous)) < set(ids(result))
