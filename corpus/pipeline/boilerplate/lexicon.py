"""Word lists for the boilerplate step, many languages side by side.

Only the places where words are really needed live here: headings above
"related articles" lists, credit/copyright/disclaimer markers and the
vocabulary of author bios. Every list covers at least en, de, fr, es, it,
pt, nl, ru, pl, tr, ar, zh, ja, ko (plus a few more where cheap), and all
languages are always checked: the language hint of a file is often wrong.

Entries are plain phrases; ``boilerplate.py`` escapes and compiles them once.
Latin/Cyrillic entries are matched case-insensitively at a word start.
"""

from __future__ import annotations

# Headings of "related articles" / "read more" blocks. Matched as the whole
# line (optionally followed by ':' and a link title when used as a prompt).
TEASER_HEADINGS = (
    # en
    "related", "related articles", "related stories", "related news", "related posts",
    "related content", "related coverage", "read more", "read also", "also read",
    "see also", "more news", "more stories", "more from", "more on this",
    "more on this topic", "recommended", "recommended for you", "you may also like",
    "you might also like", "most read", "most popular", "popular", "trending",
    "latest news", "top stories", "further reading", "don't miss", "also on",
    # de
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "mehr", "weiterlesen",
    "das könnte sie auch interessieren", "das könnte sie interessieren",
    "auch interessant", "weitere artikel", "verwandte artikel", "ähnliche artikel",
    "empfohlene artikel", "meistgelesen", "meistgelesene artikel", "weitere nachrichten",
    "zum thema", "passend zum thema", "auch lesenswert",
    # fr
    "à lire aussi", "a lire aussi", "à lire également", "lire aussi", "lire la suite",
    "voir aussi", "sur le même sujet", "articles similaires", "articles connexes",
    "plus d'actualités", "à voir aussi", "à découvrir", "les plus lus", "dans la même rubrique",
    # es
    "más noticias", "noticias relacionadas", "te puede interesar", "te puede gustar",
    "también te puede interesar", "lee también", "leer más", "lea también",
    "artículos relacionados", "lo más leído", "más leídas", "contenido relacionado",
    # it
    "leggi anche", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare",
    "altre notizie", "i più letti", "notizie correlate", "leggi di più",
    # pt
    "leia também", "leia mais", "veja também", "notícias relacionadas", "mais notícias",
    "artigos relacionados", "saiba mais", "mais lidas", "você também pode gostar",
    # nl
    "lees ook", "lees meer", "gerelateerde artikelen", "meer nieuws", "meest gelezen",
    "gerelateerd", "bekijk ook",
    # ru / uk
    "читайте также", "читать также", "смотрите также", "похожие статьи", "другие новости",
    "материалы по теме", "по теме", "еще по теме", "ещё по теме", "самое читаемое",
    "читайте також", "новости по теме", "рекомендуем",
    # pl
    "czytaj także", "czytaj też", "zobacz też", "zobacz także", "powiązane artykuły",
    "więcej informacji", "najczęściej czytane", "polecamy", "przeczytaj również",
    # tr
    "ilgili haberler", "bunlar da ilginizi çekebilir", "ayrıca okuyun", "daha fazla haber",
    "benzer haberler", "çok okunanlar", "ilginizi çekebilir",
    # ar / fa / he
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة",
    "المزيد من الأخبار", "قد يعجبك أيضا", "الأكثر قراءة", "بیشتر بخوانید", "مطالب مرتبط",
    "קראו גם", "כתבות נוספות",
    # zh
    "相关阅读", "相關閱讀", "相关文章", "相關文章", "相关新闻", "相關新聞", "推荐阅读", "推薦閱讀",
    "延伸阅读", "延伸閱讀", "猜你喜欢", "热门文章", "热门推荐", "更多新闻", "往期回顾",
    "往期推荐", "相关推荐", "精彩推荐", "阅读更多",
    # ja
    "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "おすすめ記事",
    "人気記事", "こちらもおすすめ", "続きを読む",
    # ko
    "관련 기사", "관련기사", "함께 보면 좋은 기사", "많이 본 뉴스", "추천 기사", "인기 기사",
    "더 보기",
    # others
    "baca juga", "berita terkait", "tin liên quan", "xem thêm", "läs också", "läs mer",
    "læs også", "les også", "čtěte také", "související články", "διαβάστε επίσης",
    "यह भी पढ़ें", "संबंधित खबरें", "читати також",
)

# Credit lines: "Source: Reuters", "Quelle: dpa", "责任编辑：李四". Matched at the
# start of a line, followed by ':' / '：' (or '=' in Korean photo credits).
SOURCE_MARKERS = (
    "source", "sources", "via", "credit", "credits", "photo", "photos", "image", "images",
    "picture", "editor", "editors", "edited by", "editing", "reporting",
    "translation", "translated by", "text", "author", "written by", "byline",
    "quelle", "quellen", "foto", "fotos", "bild", "bilder", "bildquelle", "redaktion",
    "redakteur", "redakteurin", "bearbeitung", "übersetzung", "autor", "autorin", "text und foto",
    "fuente", "fuentes", "foto", "redacción", "edición", "editado por", "traducción", "autor",
    "fonte", "fonti", "redazione", "a cura di", "traduzione", "autore",
    "fonte", "edição", "redação", "tradução",
    "bron", "bronnen", "redactie", "vertaling", "auteur",
    "source", "sources", "rédaction", "édité par", "traduction", "crédit", "crédits",
    "источник", "источники", "фото", "редактор", "редакция", "перевод", "автор",
    "джерело", "źródło", "źródła", "redaktor", "tłumaczenie", "zdjęcie",
    "kaynak", "kaynaklar", "editör", "çeviri", "yazar", "fotoğraf",
    "المصدر", "مصدر", "تحرير", "ترجمة", "الكاتب", "تصوير",
    "来源", "來源", "出处", "出處", "作者", "编辑", "編輯", "责任编辑", "責任編輯", "责编",
    "审核", "审校", "校对", "校對", "图片来源", "圖片來源", "文章来源", "本文来源", "原标题",
    "原文", "翻译", "記者", "记者", "图", "圖", "摄影", "攝影",
    "出典", "提供", "写真", "編集", "翻訳", "文",
    "출처", "사진", "편집", "번역", "글",
    "nguồn", "sumber", "kilde", "källa", "zdroj", "πηγή", "स्रोत",
)

# Picture credits among SOURCE_MARKERS: "Photo: AFP" is a credit, "Photo:
# firefighters battle a blaze above the city" a caption (or a headline).
PICTURE_MARKERS = (
    "photo", "photos", "image", "images", "picture", "foto", "fotos", "bild", "bilder",
    "фото", "zdjęcie", "fotoğraf", "تصوير", "图", "圖", "摄影", "攝影", "写真", "사진",
)

# Credit phrases that need no colon: "Reporting by Jane Doe; Editing by …".
SOURCE_PHRASES_NO_COLON = (
    "reporting by", "additional reporting by", "writing by", "editing by", "edited by",
    "photo by", "photos by", "translated by", "compiled by", "with reporting by",
    "mit material von", "mit material der", "avec afp", "con información de",
)

COPYRIGHT_PHRASES = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati",
    "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены",
    "wszelkie prawa zastrzeżone", "tüm hakları saklıdır", "جميع الحقوق محفوظة",
    "版权所有", "版權所有", "著作権", "無断転載", "무단 전재", "무단전재", "저작권자",
    "nachdruck verboten", "reproduction interdite", "prohibida su reproducción",
    "riproduzione riservata", "转载请注明", "未经授权", "禁止转载", "未经许可", "版权归",
    "版權歸", "all material on this site", "hak cipta", "bản quyền",
)

DISCLAIMER_MARKERS = (
    "disclaimer", "haftungsausschluss", "avis de non-responsabilité",
    "aviso legal", "descargo de responsabilidad", "exención de responsabilidad",
    "esclusione di responsabilità", "isenção de responsabilidade", "vrijwaring",
    "отказ от ответственности", "дисклеймер", "zastrzeżenie",
    "sorumluluk reddi", "feragatname", "إخلاء المسؤولية", "إخلاء مسؤولية",
    "免责声明", "免責聲明", "免責事項", "특별 고지", "면책", "면책조항",
    "hinweis der redaktion", "note de la rédaction", "nota de la redacción", "editor's note",
    "editors' note", "nota del editor", "nota della redazione", "примечание редакции",
)

# Labels that also head ordinary notices ("Aviso: las carreteras ..."):
# trusted only at the head or tail of a text.
DISCLAIMER_MARKERS_EDGE = ("aviso", "avertissement", "声明", "聲明", "注意事項", "알림")

DISCLAIMER_PHRASES = (
    "do not necessarily reflect", "does not necessarily reflect", "do not necessarily represent",
    "are those of the author", "are solely those of", "is not investment advice",
    "does not constitute investment advice", "not financial advice",
    "for informational purposes only",
    "geben nicht unbedingt", "geben nicht notwendigerweise", "nicht unbedingt die meinung",
    "keine anlageberatung", "stellt keine anlageberatung",
    "ne reflètent pas nécessairement", "n'engagent que", "ne constitue pas un conseil",
    "no reflejan necesariamente", "no necesariamente reflejan", "no representa necesariamente",
    "no constituye asesoramiento", "non riflettono necessariamente",
    "non rappresentano necessariamente",
    "não refletem necessariamente", "não representam necessariamente",
    "weerspiegelen niet noodzakelijk", "geeft niet noodzakelijk",
    "не обязательно отражает", "не обязательно совпадает", "может не совпадать с мнением редакции",
    "может не совпадать с позицией", "nie muszą odzwierciedlać", "nie odzwierciedla",
    "yazarın kendisine aittir", "yatırım tavsiyesi değildir",
    "لا تعبر بالضرورة", "لا يعبر بالضرورة", "لا تعكس بالضرورة",
    "本文仅代表作者", "仅代表作者本人", "仅代表作者个人", "不代表本站", "不代表本网", "不代表本平台",
    "与本站立场无关", "不构成投资建议", "投资有风险", "僅代表作者", "不代表本網",
    "個人的見解", "筆者の個人的", "投資勧誘", "필자의 개인적", "본지의 편집방향과",
    "투자 권유",
)

# Vocabulary of author bios: roles (what the author is), achievements (what
# the author won or studied) and activities (below). Latin/Cyrillic entries
# are word-start stems (so "Auszeichnungen" matches "auszeichnung"); a stem
# may end with a space to demand a following word ("has won ").
BIO_ROLES = (
    # en
    "author", "columnist", "journalist", "reporter", "correspondent", "editor", "contributor",
    "writer", "blogger", "commentator", "fellow at", "writes for",
    # de
    "autor", "kolumnist", "korrespondent", "redakteur", "chefredakt", "publizist",
    "schriftsteller", "kommentator", "schreibt für",
    # fr
    "auteur", "autrice", "chroniqueu", "journaliste", "correspondant", "rédact",
    "éditorialiste", "écrivain", "blogueu", "écrit pour",
    # es
    "autora", "columnista", "periodista", "corresponsal", "redactor", "escritor",
    "escribe para",
    # it
    "autore", "editorialista", "giornalista", "inviat", "corrispondente", "redattore",
    "scrittore", "scrittrice", "cronista", "scrive per",
    # pt
    "colunista", "jornalista", "repórter", "correspondente", "redator", "escreve para",
    # nl
    "schrijver", "schrijfster", "verslaggever", "redacteur", "schrijft voor",
    # ru / uk
    "автор", "колумнист", "журналист", "корреспондент", "обозревател", "редактор",
    "писател", "блогер", "пишет для",
    # pl
    "autorka", "felietonist", "dziennikar", "korespondent", "redaktor", "pisarz", "pisark",
    "pisze dla",
    # tr
    "yazar", "köşe yazar", "gazeteci", "muhabir", "editör",
    # ar
    "الكاتب", "كاتب", "كاتبة", "صحفي", "صحافي", "مراسل", "محرر", "مؤلف",
    # zh (no word boundaries in CJK: matched anywhere)
    "作者", "记者", "記者", "专栏", "專欄", "撰稿人", "评论员", "評論員", "自媒体", "创作者",
    "作家", "博主",
    # ja
    "著者", "筆者", "編集委員", "コラムニスト", "ジャーナリスト", "ライター",
    # ko
    "기자", "저자", "작가", "칼럼니스트", "논설위원", "특파원",
)
BIO_ACHIEVEMENTS = (
    # en
    "award", "prize", "winner", "laureate", "graduat", "alumn", "bestsell", "has won ",
    "has written ", "has covered ", "has worked ", "ph.d", "phd",
    # de
    "auszeichnung", "preisträger", "gewinner", "ausgezeichnet", "absolvent", "studierte",
    "promovierte",
    # fr
    "lauréat", "récompens", "diplômé", "docteur en",
    # es
    "premio", "galardon", "galardón", "ganador", "licenciad", "graduad", "doctor en",
    # it
    "vincitor", "laureat", "premiat",
    # pt
    "prêmio", "prémio", "vencedor", "premiad",
    # nl
    "prijswinna", "bekroond", "winnaar", "onderscheiding", "afgestudeerd",
    # ru / uk ("преми" alone would catch "премьер")
    "лауреат", "премия", "премии", "премию", "премий", "наград", "награжд", "победител",
    "выпускни", "окончил",
    # pl
    "nagrod", "zwycięzc", "absolwent",
    # tr
    "ödül", "mezun",
    # ar
    "جائزة", "جوائز", "حائز", "حاصل على", "تخرج",
    # zh
    "获得", "獲得", "获奖", "獲獎", "荣获", "榮獲", "获评", "奖", "獎", "毕业于", "畢業於",
    # ja
    "受賞", "賞", "卒業",
    # ko
    "수상", "졸업",
)
# What an author does besides holding a role ("Collabora con Il Fatto"): bio
# words for the sentences after a bio's opening, but no role, since an
# architect "collaborates with" a university just as well.
BIO_ACTIVITIES = (
    "collaborates with", "contributes to", "writes about", "has written for",
    "schreibt über", "schreibt regelmäßig",
    "collabore avec", "collabore à", "écrit sur",
    "colabora con", "colabora en", "escribe sobre",
    "collabora con", "collabora a", "scrive di", "si occupa di",
    "colabora com", "escreve sobre",
    "werkt mee aan", "schrijft over",
    "сотрудничает с", "пишет о", "пишет об",
    "współpracuje z", "pisze o",
)
BIO_WORDS = BIO_ROLES + BIO_ACHIEVEMENTS + BIO_ACTIVITIES

# Platforms and contact words that end a bio ("Follow her on Twitter"):
# whole words, matched case-insensitively. An e-mail address or a handle
# ("@jdoe") is recognised in code.
BIO_CONTACTS = (
    "twitter", "x.com", "e-mail", "email", "linkedin", "mastodon", "instagram", "bluesky",
    "threads", "substack", "tiktok", "kontakt", "contact", "contatto", "contacto", "contato",
)

# Openings that announce a bio by themselves: "About the author", "作者简介".
BIO_LEADS = (
    "about the author", "about the writer", "über den autor", "über die autorin",
    "zum autor", "zur autorin", "zu den autoren", "à propos de l'auteur", "à propos de l’auteur",
    "l'auteur", "l’auteur", "sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora",
    "sull'autore", "sull’autore", "l'autore", "over de auteur", "об авторе", "o autorze",
    "yazar hakkında", "عن الكاتب", "نبذة عن الكاتب", "عن المؤلف", "作者简介", "作者簡介",
    "关于作者", "關於作者", "作者介绍", "著者について", "著者紹介", "筆者紹介", "プロフィール",
    "저자 소개", "필자 소개", "기자 소개", "profile",
)

# First-person words: a sentence containing one is somebody speaking, never
# a third-person bio. Latin/Cyrillic entries are whole words, case-insensitive
# except "I" (handled in code). Short Romance words that double as other
# words ("me", "mi", "ma") are left out on purpose.
FIRST_PERSON = (
    "i'm", "i've", "i'd", "my", "we", "our", "us",
    "ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere",
    "je", "j'", "moi", "nous", "mon", "mes", "notre", "nos",
    "yo", "nosotros", "nuestro", "nuestra", "io", "noi", "nostro", "nostra",
    "eu", "meu", "minha", "nós", "nosso", "nossa",
    "ik", "mijn", "wij", "ons", "onze",
    "я", "мы", "мой", "моя", "наш", "наша", "меня", "нас",
    "ja", "mój", "moja", "nasz", "nasza",
    "ben", "biz", "benim", "bizim",
    "أنا", "نحن",
)
FIRST_PERSON_CJK = ("我", "私は", "僕", "저는", "나는", "우리")

# Navigation lines that are no teaser heading: keyword labels ("Tags: ...",
# matched with a following ':') and share/follow/subscribe calls (matched at
# the start of a short line). Checked only at the head and tail of a text.
NAVIGATION_LABELS = (
    "tags", "tag", "keywords", "topics", "schlagwörter", "schlagworte", "stichworte", "themen",
    "mots-clés", "mots clés", "thèmes", "etiquetas", "temas", "palabras clave", "parole chiave",
    "argomenti", "palavras-chave", "tópicos", "trefwoorden", "onderwerpen", "теги", "тэги", "метки",
    "ключевые слова", "tagi", "słowa kluczowe", "etiketler", "anahtar kelimeler", "الوسوم",
    "كلمات مفتاحية", "标签", "標籤", "关键词", "關鍵詞", "タグ", "キーワード", "태그", "키워드",
)
NAVIGATION_CALLS = (
    "share this", "share on", "share article", "share via", "follow us", "subscribe to our",
    "sign up for our", "click here", "artikel teilen", "diesen artikel teilen", "teilen auf",
    "folgen sie uns", "newsletter abonnieren", "jetzt abonnieren", "hier klicken",
    "partager cet article", "partager sur", "suivez-nous", "abonnez-vous", "cliquez ici",
    "compartir en", "comparte esta", "síguenos", "suscríbete", "haz clic aquí",
    "condividi su", "condividi questo", "seguici", "iscriviti alla", "clicca qui",
    "compartilhe", "siga-nos", "inscreva-se", "clique aqui", "deel dit", "deel dit artikel",
    "volg ons", "abonneer je", "klik hier", "поделиться", "подписывайтесь", "подпишитесь",
    "нажмите здесь", "udostępnij", "obserwuj nas", "zapisz się", "kliknij tutaj", "paylaş",
    "bizi takip edin", "abone ol", "tıklayın", "شارك", "تابعونا", "اشترك في", "انقر هنا",
    "分享到", "点击关注", "扫码关注", "关注我们", "订阅我们", "シェアする", "フォローする",
    "공유하기", "구독하기", "팔로우",
)
