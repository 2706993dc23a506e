"""Small multilingual word lists for the tag step (casefolded).

Kept short on purpose: each list only has to cover the words that most often
decide a case in news text. A missing word costs a weaker guess, never text.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


# Titles and honorifics: the capitalised word after one is a name, and the
# title itself is never part of the name ("Präsident Trump" -> "Trump").
TITLES = _words(
    """
    mr mrs ms miss mx sir dame lady lord dr prof professor rev fr st
    herr frau fräulein m mme mlle monsieur madame mademoiselle maître me
    señor señora señorita sr sra srta don doña dña signor signora sig sig.ra dott
    senhor senhora sra dona pan pani heer mevrouw mevr dhr
    president presidents präsident präsidenten präsidentin président présidente presidente
    presidenta prezydent prezident başkan cumhurbaşkanı
    chancellor kanzler kanzlerin bundeskanzler bundeskanzlerin chancelière
    minister ministerin ministre ministro ministra premier premierminister
    prime secretary sekretär sekretärin secrétaire secretario secretaria segretario
    governor gouverneur gobernador governatore senator senatorin sénateur senador senatore
    mayor bürgermeister bürgermeisterin maire alcalde alcaldesa sindaco prefeito
    king könig königin queen roi reine rey reina re regina prince prinz prinzessin princess
    pope papst pape papa
    general général generale gen col colonel oberst captain kapitän capitaine
    judge richter richterin juge juez
    ceo cfo cto coo chairman chairwoman chairperson chef chefin vorstandschef founder gründer
    gründerin fondateur fondatrice fundador fundadora spokesman spokeswoman sprecher sprecherin
    porte-parole portavoz director direktor direktorin directeur directrice
    ambassador botschafter ambassadeur embajador envoy gesandter
    господин госпожа г-н г-жа президент премьер министр канцлер мэр губернатор генерал
    пан пані президента
    κ κος κα πρόεδρος πρωθυπουργός
    presiden menteri perdana gubernur wali walikota bapak ibu başbakan bakan
    başkanı bakanı περιφερειάρχης δήμαρχος υπουργός rzecznik burmistrz wojewoda
    """
)

# Abbreviated titles written with a full stop: "M. Trump", "Dr. Li".
TITLE_ABBREVIATIONS = _words(
    "mr mrs ms dr prof m mme mlle me sr sra srta st fr hr gen col sen gov rep sig dott"
)

# Lower-case words allowed inside a name: "Bank of America", "Leonardo da Vinci",
# "Organisation des Nations Unies".
CONNECTORS = _words(
    "of for von van der den de del della degli dei di da du des la le las los bin ibn al el zu "
    "ter ten dos das do &"
)

# Articles and determiners stripped from the edges of a capitalised run
# ("Die USA", "The Guardian" -> "USA", "Guardian"); in German a capitalised
# word right after one is a noun ("eines Tages", "der Name").
ARTICLES = _words(
    """
    the a an der die das den dem des ein eine einen einem einer le la les l un une
    el los las il lo gli i uno una o os as um uma het een de dit dat this that these those
    eines kein keine keinen keinem keiner keines diese dieser dieses diesem diesen jede jeder
    jedes jedem jeden mein meine meinen meinem meiner sein seine seinen seinem seiner ihre ihren
    ihrem ihrer unser unsere unseren unserem unserer
    """
)

# Words that make a capitalised sequence an organisation.
ORGANISATION_WORDS = _words(
    """
    inc inc. ltd llc plc corp corporation co company companies ag gmbh kg se sa sas sarl spa
    s.p.a nv bv
    ab asa oy as kk holding holdings group gruppe groupe grupo gruppo
    bank banque banco banca bankers fund fonds fondo reserve exchange börse bourse bolsa
    forum times post news journal zeitung tribune herald gazette press agency agentur agence
    agencia agenzia media television tv radio broadcasting network networks
    university universität université universidad universidade università universiteit uniwersytet
    college institute institut instituto istituto academy akademie académie school schule école
    organisation organization organisación organização organizzazione organisatie
    nations nationen naciones nazioni nações unies unidas unite unidos
    union unión unione união council rat conseil consejo consiglio conselho
    commission kommission comisión commissione comissão committee komitee comité comitato
    ministry ministerium ministère ministerio ministero department departement
    parliament parlament parlement parlamento congress kongress congrès congreso
    senate senat sénat senado assembly versammlung assemblée asamblea assemblea
    party partei parti partido partito
    foundation stiftung fondation fundación fondazione fundação association verband
    federation föderation fédération federación federazione alliance allianz bündnis
    court gericht gerichtshof cour tribunal corte
    airlines airline airways motors motor technologies technology tech systems software
    labs laboratories pharma pharmaceuticals energy telecom telekom communications
    club verein fc
    conference konferenz conférence conferencia conferenza summit gipfel sommet cumbre vertice
    police polizei polícia policía army armee armée ejército navy marine
    """
)
# A single word ending like this is an organisation ("Commerzbank").
ORGANISATION_ENDINGS = ("bank", "gruppe", "group", "holding", "werke", "versicherung")

# Words that make a capitalised sequence a place ("Trump Tower", "Times Square").
PLACE_WORDS = _words(
    """
    tower turm tour torre square platz place plaza piazza street straße strasse rue calle
    avenue boulevard road bridge brücke pont puente airport flughafen aéroport aeropuerto
    station bahnhof gare estación port hafen harbour harbor palace palast palais palacio
    castle schloss château cathedral dom cathédrale stadium stadion stade estadio
    river fluss rivière río lake see lac lago mountain mountains berg mont monte island
    islands insel île isla isola valley tal vallée valle bay bucht baie bahía gulf golf
    golfe golfo sea meer mer mar ocean ozean océan océano county province provinz
    région region district bezirk canton kanton
    """
)

# Acronyms that are not organisations.
ACRONYM_STOPLIST = _words(
    """
    ok tv pc pdf usd eur gbp cny rmb jpy chf ceo cfo cto coo vp gdp bip pib ai ki ia it
    dna adn hiv aids sms faq id ip url www html api app ps nb pme kmu sme smes vat mwst tva iva
    phd mba ma ba bsc msc am pm gmt utc cet est pst km kg mm cm co2 ppm etc usw bzw
    """
)

# Verbs of saying right after a name mark it as a person ("Ma a déclaré").
SPEECH_VERBS = _words(
    """
    said says told asked added explained stressed noted warned replied answered
    sagte sagt erklärte erklärt fragte fragt betonte betont antwortete meinte sagten
    déclaré dit déclare explique expliqué ajouté affirmé répondu demandé estime souligné
    dijo afirmó explicó aseguró señaló añadió declaró preguntó respondió
    disse afirmou explicou declarou acrescentou perguntou respondeu
    detto dichiarato affermato spiegato aggiunto
    zei zegt vertelde verklaarde vroeg
    powiedział powiedziała stwierdził zapytał
    сказал сказала заявил заявила отметил отметила добавил спросил ответил
    dedi söyledi açıkladı
    dodał dodała oświadczył oświadczyła
    δήλωσε είπε ανέφερε πρόσθεσε τόνισε σημείωσε
    mengatakan menyatakan menjelaskan ujarnya katanya
    dichiara sottolineato
    """
)

# Units and currencies: repeated in figures ("40 euros per kilometer"), never
# what an article is about.
UNIT_WORDS = _words(
    """
    euro euros dollar dollars pound pounds yen yuan franc francs rupee rupees real reais
    peso pesos rubel rubles roubles рубль рубля рублей złoty złotych zł lira liras
    percent prozent pourcent por ciento procent процент процента процентов
    kilometer kilometers kilometre kilometres kilómetros quilômetros chilometri kilometrów
    километров километра meter meters metre metres metros metri metrów
    hectare hectares hektar hektaren tonne tonnes tons toneladas tonnellate ton tonnen
    liter liters litre litres litros litri minute minutes minuten minutos minuti
    """
)

# Speaker labels that name a role, not a person ("Interviewer: ...").
# A label that is a common word of its language ("Publikum", "Audience",
# "Journaliste") needs no entry: word frequencies tell (tag_topics.is_role).
# Listed are the roles they miss, and those of scripts without letter case,
# where frequencies cannot tell a role from a name.
ROLE_WORDS = _words(
    """
    interviewer moderator presenter reporter
    intervieweur animateur animatrice présentateur présentatrice modérateur
    entrevistador entrevistadora presentador presentadora moderador moderadora
    intervistatore conduttore moderatore
    корреспондент журналист журналистка ведущий ведущая интервьюер
    المحاور المحاورة الصحفي الصحفية المذيع المذيعة
    记者 主持人 观众 記者 司会
    """
)

# English capitalises these; every other language here writes them lower-case
# or, like German, capitalises every noun (handled by word frequencies).
ENGLISH_CALENDAR = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """
)

# Languages that capitalise every noun: a capital letter says nothing there.
NOUN_CAPITALISING = frozenset({"de", "lb", "nds", "als", "bar"})

# German noun endings: a capitalised word ending like this is a common noun
# (only endings no surname has; rarer nouns are caught as compounds).
GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus",
    "tion", "tionen", "ität", "itäten", "ierung", "ierungen", "nisse",
)

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
