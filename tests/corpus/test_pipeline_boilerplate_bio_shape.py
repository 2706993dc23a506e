"""Author bios told by their shape (a named person, a contact at the end) in
languages the bio word lists do not cover."""

from __future__ import annotations

import pytest

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.types import RemovalReason as R

CASES = {
    "sv": ("Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt.",
           "Anna Lindqvist är reporter på Dagens Nyheter sedan 2015 och bevakar kommunpolitik. "
           "anna.lindqvist@dn.se @annalindqvist"),
    "id": ("Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang.",
           "Budi Santoso adalah wartawan senior yang meliput politik daerah sejak 2010. "
           "Hubungi: budi@kompas.id"),
    "vi": ("Hội đồng thành phố đã thông qua ngân sách mới vào thứ Ba sau một cuộc tranh luận dài.",
           "Nguyễn Văn An là phóng viên mảng thời sự từ năm 2012. Liên hệ: an.nguyen@vnexpress.net"),
    "hu": ("A városi közgyűlés kedden hosszú vita után elfogadta az új költségvetést.",
           "Kovács Péter a lap belpolitikai újságírója 2011 óta. Twitter: @kovacspeter"),
}


@pytest.mark.parametrize("lang", CASES)
@pytest.mark.parametrize("glue", ["\n\n", " "])
def test_bio_ending_with_a_contact_is_cut(lang, glue):
    body, bio = CASES[lang]
    text = f"Opening paragraph of the story.\n\n{body}{glue}{bio}"
    cleaned = remove_boilerplate(text)
    assert body in cleaned.text and bio not in cleaned.text
    assert [(r.reason, r.text) for r in cleaned.removed] == [(R.AUTHOR_BIO, bio)]


@pytest.mark.parametrize(
    "last",
    ["Jane Doe (@janedoe) said the company would appeal the ruling next week in court.",
     "Readers can write to the council at info@example.org before Friday, officials said.",
     "Maria Lopez told reporters the plan was final."],
)
def test_a_last_paragraph_naming_a_contact_mid_sentence_is_content(last):
    text = f"The council approved the budget on Tuesday after a long debate.\n\n{last}"
    assert remove_boilerplate(text).removed == ()
