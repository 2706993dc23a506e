"""Generates realistic raw news files for the import benchmark.

Shapes vary the way real inbound files do (see the seeds): articles already
in paragraphs, interviews as one wall of text with speaker turns and inline
headings, teaser tails cut off with "...", prompt lines, author bios glued to
the last paragraph, HTML pages; in several languages and encodings. Files are
written one at a time so memory stays flat whatever N is.
"""

from __future__ import annotations

import random
from pathlib import Path

SENTENCES = {
    "en": [
        "The council approved the budget after a long debate on Monday evening.",
        "Officials said the new plan would create thousands of jobs in the region.",
        "Critics argued that the proposal ignored the needs of small businesses.",
        "The company reported higher profits for the third quarter in a row.",
        "Experts warned that inflation could rise again later this year.",
        "Residents gathered outside the town hall to demand better public transport.",
        "The minister promised to publish the full report before the summer.",
        "Trade between the two countries has doubled over the past decade.",
    ],
    "de": [
        "Der Stadtrat hat den Haushalt nach einer langen Debatte am Montag beschlossen.",
        "Die Regierung kündigte an, die Förderung kleiner Unternehmen auszubauen.",
        "Kritiker bemängeln, dass die Reform die Mieter zu wenig schützt.",
        "Das Unternehmen meldete zum dritten Mal in Folge steigende Gewinne.",
        "Experten warnen vor einer neuen Welle der Globalisierungskritik.",
        "Die Bürger versammelten sich vor dem Rathaus und forderten „mehr Busse“.",
        "Der Minister versprach, den Bericht noch vor dem Sommer zu veröffentlichen.",
        "Der Handel zwischen beiden Ländern hat sich in zehn Jahren verdoppelt.",
    ],
    "fr": [
        "Le conseil municipal a adopté le budget après un long débat lundi soir.",
        "Le gouvernement a annoncé un plan pour soutenir les petites entreprises.",
        "Les critiques estiment que la réforme ne protège pas assez les locataires.",
        "L'entreprise a publié des bénéfices en hausse pour le troisième trimestre.",
        "Selon les experts, l'inflation pourrait repartir à la hausse cette année.",
        "Les habitants se sont rassemblés devant la mairie pour réclamer « plus de bus ».",
        "Le ministre a promis de publier le rapport complet avant l'été.",
        "Les échanges entre les deux pays ont doublé en dix ans.",
    ],
    "es": [
        "El ayuntamiento aprobó el presupuesto tras un largo debate el lunes.",
        "El Gobierno anunció un plan para apoyar a las pequeñas empresas.",
        "Los críticos creen que la reforma no protege lo suficiente a los inquilinos.",
        "La empresa registró beneficios más altos por tercer trimestre consecutivo.",
        "Los expertos advierten de que la inflación podría volver a subir este año.",
        "Los vecinos se concentraron ante el ayuntamiento para pedir más autobuses.",
    ],
    "ru": [
        "Городской совет утвердил бюджет после долгих дебатов в понедельник.",
        "Правительство объявило о плане поддержки малого бизнеса.",
        "Критики считают, что реформа недостаточно защищает арендаторов.",
        "Компания сообщила о росте прибыли третий квартал подряд.",
        "Эксперты предупреждают, что инфляция может снова вырасти в этом году.",
        "Жители собрались у здания мэрии и потребовали больше автобусов.",
    ],
    "zh": [
        "市议会周一经过长时间辩论后批准了预算。",
        "政府宣布了一项支持小企业的新计划。",
        "批评者认为这项改革对租户的保护不够。",
        "该公司连续第三个季度报告利润增长。",
        "专家警告说，今年晚些时候通货膨胀可能再次上升。",
        "居民们聚集在市政厅外，要求改善公共交通。",
    ],
    "ar": [
        "وافق مجلس المدينة على الميزانية بعد نقاش طويل يوم الاثنين.",
        "أعلنت الحكومة عن خطة جديدة لدعم الشركات الصغيرة.",
        "يرى المنتقدون أن الإصلاح لا يحمي المستأجرين بما فيه الكفاية.",
        "أعلنت الشركة عن ارتفاع أرباحها للربع الثالث على التوالي.",
        "حذر الخبراء من أن التضخم قد يرتفع مجددا هذا العام.",
    ],
}
SPEAKERS = {
    "en": ("Interviewer", "Maria Lopez"),
    "de": ("Moderator", "Jack Ma"),
    "fr": ("Journaliste", "Pierre Martin"),
    "es": ("Periodista", "Ana García"),
    "ru": ("Корреспондент", "Иван Петров"),
    "zh": ("记者", "马云"),
    "ar": ("المحاور", "أحمد علي"),
}
NAMES = ["Alibaba", "Siemens", "Renault", "Telefónica", "Gazprom", "Tencent", "Aramco", "Nokia"]
ENCODINGS = {
    "en": ["utf-8", "utf-8-sig", "utf-16", "cp1252"],
    "de": ["utf-8", "utf-8-sig", "cp1252", "utf-16-le"],
    "fr": ["utf-8", "cp1252", "utf-16"],
    "es": ["utf-8", "cp1252"],
    "ru": ["utf-8", "cp1251", "koi8-r"],
    "zh": ["utf-8", "utf-16", "gb18030"],
    "ar": ["utf-8", "utf-16", "cp1256"],
}


def _para(rng: random.Random, lang: str, n: int, tag: int) -> str:
    sentences = rng.choices(SENTENCES[lang], k=n)
    sep = "" if lang == "zh" else " "
    company = rng.choice(NAMES)
    extra = f"{company} {tag}." if lang != "zh" else f"{company}{tag}。"
    return sep.join(sentences + [extra])


def _article(rng: random.Random, lang: str, doc: int) -> str:
    paragraphs = [_para(rng, lang, rng.randint(2, 5), doc * 100 + i) for i in range(rng.randint(4, 10))]
    return "\n".join(paragraphs)


def _interview(rng: random.Random, lang: str, doc: int) -> str:
    host, guest = SPEAKERS[lang]
    colon = "：" if lang == "zh" else ": "
    turns = [_para(rng, lang, 2, doc)]
    for i in range(rng.randint(10, 30)):
        speaker = host if i % 2 == 0 else guest
        turns.append(f"{speaker}{colon}{_para(rng, lang, rng.randint(1, 5), doc * 100 + i)}")
    return " ".join(turns)  # one wall of text, like the German seed


def _teaser_tail(rng: random.Random, lang: str) -> str:
    lines = []
    for _ in range(rng.randint(5, 15)):
        sentence = rng.choice(SENTENCES[lang])
        lines.append(sentence[: rng.randint(25, 45)].rstrip() + "...")
    return "\n".join([">>: " + rng.choice(SENTENCES[lang])] + lines)


def _html(body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        "<!DOCTYPE html><html><head><title>News</title><script>var x = 1;</script>"
        "<style>p{color:red}</style></head><body><nav>Home | World | Sport</nav>"
        f"<article>{paragraphs}</article><footer>© 2024 Example Media</footer></body></html>"
    )


def document(rng: random.Random, doc: int) -> tuple[bytes, str]:
    """One raw file: its bytes and the language it was written in."""
    lang = rng.choice(list(SENTENCES))
    shape = rng.random()
    if shape < 0.25:
        text = _interview(rng, lang, doc)
    else:
        text = _article(rng, lang, doc)
    if rng.random() < 0.4:
        text += " Reporter of the year 2019, author of three books. |\n" + _teaser_tail(rng, lang)
    if rng.random() < 0.1:
        return _html(text).encode("utf-8"), lang
    encoding = rng.choice(ENCODINGS[lang])
    try:
        return text.encode(encoding), lang
    except UnicodeEncodeError:  # a foreign name the legacy code page lacks
        return text.encode("utf-8"), lang


def generate(folder: Path, n: int, *, seed: int = 7) -> int:
    """Write ``n`` files into ``folder``; returns the total number of bytes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        data, _ = document(rng, i)
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total
