"""Place names the gazetteer adds to pycountry's: short country forms,
continents and major cities with their exonyms.

Keyed by place, not by language: each place's forms in every language sit
together (matching is per document language anyway, and a form from another
language simply never occurs). Adding a city is one entry here.
"""

from __future__ import annotations

# Short forms and abbreviations that pycountry's names do not give, by ISO
# 3166 alpha-2 code, all languages mixed (matching is per document language
# anyway, and a form from another language simply never occurs).
EXTRA_COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "US": (
        "USA", "U.S.", "U.S.A.", "US", "America", "Amerika", "Amérique", "EE.UU.", "EEUU", "США",
        "美國", "アメリカ", "أمريكا",
    ),
    "GB": (
        "UK", "U.K.", "Britain", "Great Britain", "Großbritannien", "Grande-Bretagne",
        "Gran Bretaña", "Gran Bretagna", "Великобритания", "Британия",
    ),
    "RU": (
        "Russia", "Russland", "Russie", "Rusia", "Rússia", "Rosja", "Rusland", "Rusya", "Россия",
        "Русија", "روسيا", "ロシア", "러시아",
    ),
    "KR": (
        "South Korea", "Südkorea", "Corée du Sud", "Corea del Sur", "Coreia do Sul", "Южная Корея",
        "한국", "韩国", "韓国",
    ),
    "KP": (
        "North Korea", "Nordkorea", "Corée du Nord", "Corea del Norte", "Северная Корея", "북한",
        "朝鲜", "北朝鮮",
    ),
    "CN": ("China", "VR China", "Volksrepublik China", "中國"),
    "TW": ("Taiwan", "臺灣", "台灣", "台湾"),
    "CZ": ("Czech Republic", "Tschechien", "Tchéquie", "Chequia"),
    "NL": ("Holland", "Hollande", "Holanda"),
    "TR": ("Turkey", "Türkei", "Turquie", "Turquía", "Turchia"),
    "AE": ("UAE", "VAE", "EAU", "Emirates", "Emirate"),
    "VA": ("Vatican", "Vatikan"),
    "SY": ("Syria", "Syrien", "Syrie", "Siria", "Сирия"),
    "IR": ("Iran", "Иран", "إيران"),
    "UA": ("Ukraine", "Украина", "Україна"),
    "DE": ("Germany", "Deutschland", "Allemagne", "ФРГ", "Германия"),
}

# Continents and large regions, several languages.
REGIONS: dict[str, tuple[str, ...]] = {
    "europe": ("Europe", "Europa", "Европа", "Європа", "أوروبا", "欧洲", "ヨーロッパ", "유럽"),
    "asia": ("Asia", "Asien", "Asie", "Ásia", "Азия", "آسيا", "亚洲", "アジア", "아시아"),
    "africa": ("Africa", "Afrika", "Afrique", "África", "Африка", "أفريقيا", "非洲", "アフリカ", "아프리카"),
    "north-america": (
        "North America", "Nordamerika", "Amérique du Nord", "América del Norte",
        "Северная Америка", "北美",
    ),
    "south-america": (
        "South America", "Südamerika", "Amérique du Sud", "América del Sur", "Южная Америка", "南美",
    ),
    "latin-america": (
        "Latin America", "Lateinamerika", "Amérique latine", "América Latina", "Латинская Америка",
        "拉丁美洲",
    ),
    "middle-east": (
        "Middle East", "Nahost", "Naher Osten", "Moyen-Orient", "Oriente Medio", "Medio Oriente",
        "Ближний Восток", "الشرق الأوسط", "中东",
    ),
    "oceania": ("Oceania", "Ozeanien", "Océanie", "Океания"),
    "antarctica": ("Antarctica", "Antarktis", "Antarctique", "Antártida", "Антарктида"),
}

# Major cities in the news, with their common exonyms.
CITIES: dict[str, tuple[str, ...]] = {
    "new-york": (
        "New York", "New York City", "Nueva York", "Nova Iorque", "Нью-Йорк", "纽约", "ニューヨーク", "뉴욕",
        "نيويورك",
    ),
    "london": ("London", "Londres", "Londra", "Londen", "Лондон", "伦敦", "ロンドン", "런던", "لندن"),
    "paris": ("Paris", "París", "Parigi", "Париж", "巴黎", "パリ", "파리", "باريس"),
    "berlin": ("Berlin", "Berlín", "Berlino", "Берлин", "柏林", "ベルリン", "베를린", "برلين"),
    "moscow": (
        "Moscow", "Moskau", "Moscou", "Moscú", "Mosca", "Moskou", "Moskwa", "Москва", "莫斯科",
        "モスクワ", "모스크바", "موسكو",
    ),
    "beijing": (
        "Beijing", "Peking", "Pékin", "Pekín", "Pechino", "Pequim", "Пекин", "北京", "베이징", "بكين",
    ),
    "shanghai": ("Shanghai", "Shanghái", "Xangai", "Шанхай", "上海", "상하이"),
    "hangzhou": ("Hangzhou", "杭州"),
    "shenzhen": ("Shenzhen", "深圳"),
    "hong-kong": ("Hong Kong", "Hongkong", "Гонконг", "香港", "홍콩"),
    "tokyo": ("Tokyo", "Tokio", "Tóquio", "Токио", "东京", "東京", "도쿄", "طوكيو"),
    "seoul": ("Seoul", "Séoul", "Seúl", "Сеул", "首尔", "ソウル", "서울"),
    "washington": ("Washington", "Washington D.C.", "Вашингтон", "华盛顿", "ワシントン", "워싱턴", "واشنطن"),
    "los-angeles": ("Los Angeles", "Лос-Анджелес", "洛杉矶"),
    "san-francisco": ("San Francisco", "Сан-Франциско", "旧金山"),
    "chicago": ("Chicago", "Чикаго", "芝加哥"),
    "brussels": (
        "Brussels", "Brüssel", "Bruxelles", "Bruselas", "Bruxelas", "Brussel", "Брюссель", "布鲁塞尔",
        "بروكسل",
    ),
    "geneva": ("Geneva", "Genf", "Genève", "Ginebra", "Ginevra", "Женева", "日内瓦"),
    "rome": ("Rome", "Rom", "Roma", "Рим", "罗马", "ローマ"),
    "madrid": ("Madrid", "Мадрид", "马德里"),
    "vienna": ("Vienna", "Wien", "Vienne", "Viena", "Вена", "维也纳"),
    "zurich": ("Zurich", "Zürich", "Цюрих", "苏黎世"),
    "frankfurt": ("Frankfurt", "Francfort", "Fráncfort", "Франкфурт", "法兰克福"),
    "munich": ("Munich", "München", "Múnich", "Monaco di Baviera", "Мюнхен", "慕尼黑"),
    "hamburg": ("Hamburg", "Hambourg", "Hamburgo", "Гамбург", "汉堡"),
    "istanbul": ("Istanbul", "İstanbul", "Estambul", "Стамбул", "伊斯坦布尔", "إسطنبول"),
    "kyiv": ("Kyiv", "Kiev", "Kiew", "Kijów", "Киев", "Київ", "基辅"),
    "warsaw": ("Warsaw", "Warschau", "Varsovie", "Varsovia", "Warszawa", "Варшава"),
    "jerusalem": ("Jerusalem", "Jérusalem", "Jerusalén", "Иерусалим", "耶路撒冷", "القدس", "ירושלים"),
    "tel-aviv": ("Tel Aviv", "Тель-Авив", "תל אביב"),
    "cairo": ("Cairo", "Kairo", "Le Caire", "El Cairo", "Каир", "القاهرة", "开罗"),
    "dubai": ("Dubai", "Dubaï", "Дубай", "دبي", "迪拜"),
    "riyadh": ("Riyadh", "Riad", "Riyad", "Эр-Рияд", "الرياض"),
    "tehran": ("Tehran", "Teheran", "Téhéran", "Teherán", "Тегеран", "طهران"),
    "mumbai": ("Mumbai", "Bombay", "Мумбаи", "मुंबई"),
    "new-delhi": ("New Delhi", "Neu-Delhi", "New Delhi", "Nueva Delhi", "Нью-Дели", "नई दिल्ली"),
    "singapore": ("Singapore", "Singapur", "Singapour", "Сингапур", "新加坡"),
    "sydney": ("Sydney", "Сидней", "悉尼"),
    "toronto": ("Toronto", "Торонто"),
    "sao-paulo": ("São Paulo", "Sao Paulo", "Сан-Паулу"),
    "mexico-city": ("Mexico City", "Mexiko-Stadt", "Ciudad de México", "Мехико"),
    "buenos-aires": ("Buenos Aires", "Буэнос-Айрес"),
    "lagos": ("Lagos", "Лагос"),
    "nairobi": ("Nairobi", "Найроби"),
    "johannesburg": ("Johannesburg", "Йоханнесбург"),
    "bangkok": ("Bangkok", "Бангкок", "กรุงเทพมหานคร", "กรุงเทพฯ"),
    "jakarta": ("Jakarta", "Djakarta", "Джакарта"),
    "manila": ("Manila", "Manille", "Манила"),
    "taipei": ("Taipei", "Taipeh", "Тайбэй", "台北"),
    "strasbourg": ("Strasbourg", "Straßburg", "Estrasburgo", "Страсбург"),
}
