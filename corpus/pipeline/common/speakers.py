"""Speaker labels and verbs of saying, defined once for every step.

A speaker label opens a line of a transcript or interview: "Sorkin:", "Jack
Ma:", "Dr. Li Wei:" (up to four capitalised words) or a short uncased label
("马云：", "جاك ما:"), followed by the spoken text.
"""

from __future__ import annotations

import regex

__all__ = ["CJK_SPEECH_VERBS", "SPEAKER_LABEL_RE", "SPEECH_VERBS", "ends_with_speech_verb"]

SPEAKER_LABEL_RE = regex.compile(
    r"^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"|[\p{Lo}\p{M}]{1,12}(?:\s[\p{Lo}\p{M}]{1,12}){0,2})\s*[:：]\s*(?=\S)"
)

# Verbs of saying written without spaces: a label ending in one ("马云说：")
# introduces reported speech, not a speaker turn.
CJK_SPEECH_VERBS = (
    "说", "說", "表示", "称", "稱", "指出", "认为", "認為", "强调", "強調", "言う",
    # Reporting verbs: "数据显示：" and "新华社报道：" introduce a report too.
    "显示", "顯示", "宣布", "报道", "報道", "透露",
)

# Verbs of saying right after a name mark it as a person ("Ma a déclaré");
# lower-case word forms, any language.
SPEECH_VERBS = frozenset(
    """
    said says told asked added explained stressed noted warned replied answered
    sagte sagt erklärte erklärt fragte fragt betonte betont antwortete meinte sagten
    déclaré dit déclare explique expliqué ajouté affirmé répondu demandé estime souligné
    dijo afirmó explicó aseguró señaló añadió declaró preguntó respondió
    disse afirmou explicou declarou acrescentou perguntou respondeu
    detto dichiarato affermato spiegato aggiunto
    zei zegt vertelde verklaarde vroeg
    powiedział powiedziała stwierdził zapytał dodał dodała oświadczył oświadczyła
    сказал сказала заявил заявила отметил отметила добавил спросил ответил
    dedi söyledi açıkladı
    δήλωσε είπε ανέφερε πρόσθεσε τόνισε σημείωσε
    mengatakan menyatakan menjelaskan ujarnya katanya
    dichiara sottolineato
    """.split()
) | frozenset(CJK_SPEECH_VERBS)


def ends_with_speech_verb(label: str) -> bool:
    """Does a label end in a verb of saying ("马云说")?"""
    return label.endswith(CJK_SPEECH_VERBS)
