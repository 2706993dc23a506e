"""corpus.repetition: which recurring paragraphs are template, which are the story. No database."""

from __future__ import annotations

from corpus.pipeline import CleanedDocument, LanguageGuess
from corpus.repetition import cut_repeated, hash64, is_own_content, normalise, paragraph_hashes

BODY = "The council approved the budget after a long debate about schools and roads."
PROMPT = "Subscribe to our newsletter for the latest updates"


def document(*paragraphs, title="", summary=""):
    return CleanedDocument(
        raw_size=100, encoding="utf-8", was_html=False, paragraphs=tuple(paragraphs),
        language=LanguageGuess("en", 0.9), title=title, summary=summary,
    )


def test_normalise_ignores_case_spacing_digits_and_edge_punctuation():
    assert normalise("Updated  12:30 GMT") == normalise("updated 09:15 gmt.")
    assert normalise("— Follow us! —") == "follow us"
    assert normalise("Ｆｕｌｌwidth") == "fullwidth"
    assert normalise("...") == ""


def test_hashes_are_stable_64_bit_and_none_for_empty_paragraphs():
    first, empty = paragraph_hashes(["Abonnieren Sie unseren Newsletter", "---"])
    assert first == hash64("abonnieren sie unseren newsletter")
    assert -(2**63) <= first < 2**63
    assert empty is None


def test_lines_seen_in_enough_documents_are_cut_with_their_count():
    cleaned = document(BODY, PROMPT, title="Council approves budget", summary=BODY)
    result = cut_repeated(cleaned, counts={hash64(normalise(PROMPT)): 4}, min_documents=5)
    assert result.paragraphs == (BODY,)
    (removal,) = result.removed
    assert removal.text == PROMPT
    assert removal.reason.value == "repeated_line"
    assert removal.detail == "Repeated in 5 documents of this source."
    assert result.summary == BODY


def test_below_the_threshold_nothing_is_cut():
    cleaned = document(BODY, PROMPT)
    assert cut_repeated(cleaned, counts={hash64(normalise(PROMPT)): 3}, min_documents=5) is cleaned


def test_template_lines_in_other_scripts_are_cut_too():
    lines = ["订阅我们的新闻简报", "Подпишитесь на нашу рассылку", "اشترك في النشرة الإخبارية"]
    cleaned = document(BODY, *lines)
    counts = {hash64(normalise(line)): 9 for line in lines}
    assert cut_repeated(cleaned, counts=counts, min_documents=5).paragraphs == (BODY,)


def test_the_headline_quotes_speaker_turns_and_long_paragraphs_are_never_cut():
    headline = "Council approves budget"
    quote = "“We will fund every school,” the mayor said."
    turn = "Sorkin: Thank you for joining us."
    long_paragraph = " ".join(["word"] * 45)
    chinese = "市议会周一批准了新的预算，" * 15
    cleaned = document(headline, quote, turn, long_paragraph, chinese, PROMPT, title=headline)
    counts = {h: 50 for h in paragraph_hashes(cleaned.paragraphs)}
    counts[hash64(normalise(headline))] = 7  # a story filed again a few times
    result = cut_repeated(cleaned, counts=counts, min_documents=5)
    assert result.paragraphs == (headline, quote, turn, long_paragraph, chinese)
    assert [r.text for r in result.removed] == [PROMPT]


def test_own_content_rules():
    assert is_own_content("Council approves budget — live updates", title="Council approves budget")
    assert is_own_content("« Nous financerons les écoles », a dit le maire.", title="")
    assert not is_own_content("Advertisement", title="")
    assert not is_own_content("We use cookies to improve your experience on our site. Learn more.", title="")


def test_a_document_is_never_emptied():
    cleaned = document(PROMPT, "Follow us on social media")
    counts = {h: 20 for h in paragraph_hashes(cleaned.paragraphs)}
    assert cut_repeated(cleaned, counts=counts, min_documents=5) is cleaned


def test_a_summary_built_from_a_cut_line_is_proposed_again():
    cleaned = document(PROMPT, BODY, summary=PROMPT)
    result = cut_repeated(cleaned, counts={hash64(normalise(PROMPT)): 6}, min_documents=5)
    assert result.summary and PROMPT not in result.summary and result.summary in BODY


def test_a_banner_proposed_as_title_is_cut_once_it_is_everywhere():
    banner = "The Harbourtown Gazette, independent since 1889"
    cleaned = document(banner, BODY, title=banner)
    key = hash64(normalise(banner))
    # In a few files it may be a headline filed again: kept.
    assert cut_repeated(cleaned, counts={key: 6}, min_documents=5) is cleaned
    # In ten or more, it is the source's banner: cut, and the title proposed again.
    result = cut_repeated(cleaned, counts={key: 9}, min_documents=5)
    assert result.paragraphs == (BODY,)
    assert result.title and result.title != banner and result.title in BODY
