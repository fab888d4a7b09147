"""Russian: sentence ends, happening words, sides, plan markers, titles."""

import re

# Sentence ends: as in English, but a sentence may start with a Cyrillic capital or «. Some
# pages lose the space after a full stop («…1991 года.С 2001 года»): a word of three letters
# or more, its stop and a capitalised word end a sentence too, as does a quotation opened
# straight after the stop («…заявил Кабулов.«Мы планируем…»).
SENTENCE_END = re.compile(
    r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“(\[—–-]?\s*[A-ZА-ЯЁ0-9])"
    r"|(?<=[а-яё]{3})\.(?=«?[А-ЯЁ](?:[а-яё]|\s))"
)
# A letter glued to digits is a word only in lower case («в 2021г.»): a capital there ends a
# model's name («вертолеты Ми-35М.»), no initial, and the stop after it ends the sentence.
WORD_BEFORE_PERIOD = re.compile(r"(?:(?<!\d)|(?<=\d)(?=[а-яёa-z]))([^\W\d_][^\W\d_.]*)\.$")
# Single letters ("В. В. Путин", "г.", "т. е.", "н. э.") are abbreviations anyway.
ABBREVIATIONS = frozenset(
    """гг вв др им ул пр пл просп обл респ млн млрд трлн тыс руб долл коп проф акад ген
    полк генерал-лейт зам пред св стр см рис табл ок прим мин чел сов нач эт т.е т.д т.п
    т.к н.э янв фев февр мар апр авг сент окт нояб дек пн вт ср чт пт сб вс""".split()
)

# Plans and the future: "визит состоится", "стороны планируют", "министр намерен". An exercise's
# «планирующая конференция» is a planning conference, held, not planned.
FUTURE_MARKERS = re.compile(
    r"(?<!\w)(?:состоит?ся|состоятся|пройд[её]т|пройдут|будет|будут|буду|будем"
    r"|планиру(?!ющ\w*\s+(?:конференц|совещани|встреч|сесси))\w*"
    r"|запланирован\w*|намерен[аоы]?|намерева\w+|предстоит|предстоящ\w*|ожида[ею]тся"
    r"|собира[ею]тся|собираются|посетит|посетят|прибудет|прибудут|проведут|проведёт|проведет"
    r"|встретятся|встретится|подпишут|подпишет|отправится|отправятся|откроется|начнётся|начнутся"
    r"|начнется|начн(?:[её]т|ут)|жд[её]т|ждут|ожида[ею]т|придёт|придет|придут|получит|получат"
    r"|прорабатыва\w+"
    # The perfective future of the happening verbs is a plan by itself: «приедет в Карачи»,
    # «обсудят торговлю», «заключат контракт», «совершит визит», «корабли зайдут в порт».
    r"|приед(?:ет|ут)|прилет(?:ит|ят)|вылет(?:ит|ят)|направ(?:ит|ят)ся|обсуд(?:ит|ят)"
    r"|постав(?:ит|ят)|заключ(?:ит|ат)|одобр(?:ит|ят)|откро(?:ет|ют)|запуст(?:ит|ят)"
    r"|соверш(?:ит|ат)|нанес(?:[её]т|ут)|прим(?:ет|ут)|договор(?:ит|ят)ся|зайд(?:[её]т|ут)"
    r"|увелич(?:ит|ат)ся|приступ(?:ит|ят)"
    # «стать» (become) has a future only: «темой переговоров станет торговля», «итогом
    # станет подписание».
    r"|стан(?:ет|ут)"
    # Set for a date, in preparation: «визит намечен на май», «намечается встреча»,
    # «готовится визит», «готовящуюся встречу».
    r"|намечен\w*|намеча(?:ет|ют)ся|готови?т(?:ся|ься)|готовятся|готовящ\w+)(?!\w)",
    re.IGNORECASE,
)

# Words that report a happening, by kind (as extraction's English TRIGGERS): a word counts
# when it starts with one of these stems, so every case and tense is covered.
TRIGGER_STEMS = {
    "visit": "визит посет посещ прибыл прибыв прибуд прилетел прилетит прилетят прилёт прилет "
    "поездк турне вылетел вылетит побывал отправил отправит "
    # The infinitive of arriving, dated: «может прибыть в Москву 3 марта».
    "прибыть "
    # Leaving a port or a capital: «танкер покинул терминал 9 ноября», «делегация отбыла».
    "покину покинет отбыл отбуд "
    # A warship's call at a port: «деловой заход в порт Карачи».
    "заход захода заходом заходе "
    # Ships mooring at a port, a plane landing: «корабли пришвартовались в Карачи»,
    # «спецрейс приземлится во Внукове».
    "пришвартова приземл "
    # Coming and its stay: «приезд министра», «приедет в Москву», «по прибытии», «во время
    # пребывания в Карачи», «направится с визитом»; a ship's call and its stay in port:
    # «зашел в порт Карачи», «во время стоянки».
    "приезд приезж приехал приеду приедет приедут прибыти пребывани направится направятся "
    "направился направилась направились зашел зашёл зашли зайдет зайдёт зайдут стоянк "
    # Mooring told as a noun, and casting off: «после швартовки», «корабли отшвартовались».
    "швартовк отшвартова "
    # Touring a place, as English "toured": «посол осмотрел павильоны выставки». Not the noun
    # «осмотр», an inspection («технический осмотр кораблей»).
    "осмотрел осмотрела осмотрели "
    # Coming back from a trip ends it: «вернулся из Исламабада», «вернувшийся вчера из Москвы
    # посол». Only the reflexive verb and its participle: «вернуть долг» is no trip.
    "вернулся вернулась вернулись вернувш",
    "meeting": "прошла прошли прошло прошел прошёл проходит проходят проходили проводится "
    "проводятся пройдет пройдёт пройдут провел провёл провели проведут проведёт проведет "
    "состоял состоявш встреч встрет переговор саммит конференци обсуд обсужд консультаци беседова "
    "беседа заседани форум разговор совещани "
    # A call told as talking or ringing up, views exchanged, a session, an audience:
    # «созвонились», «поговорил по телефону», «обменялись мнениями», «сессия комиссии».
    "созвони поговори обменял сесси аудиенци "
    # An envoy presenting credentials, as English "credentials": «вручил верительные грамоты».
    "верительн "
    # A gathering named in one word with its medium or field: «медиафорум», «бизнес-форум»,
    # «видеоконференция», «онлайн-встреча».
    "медиафорум бизнес-форум видеоконференци видеовстреч видеосвяз онлайн-встреч "
    "онлайн-переговор онлайн-конференци "
    # Receiving someone to come is meeting them, as an audience: «делегацию примет
    # президент». The past «принял» also accepts («принял предложение»): it stays a host's.
    "примет примут "
    # A match of the two sides' teams: «товарищеский матч сборных России и Пакистана».
    "матч",
    "statement": "заяви заявлени сообщи подтверди отмети подчеркн сказал предложи призва выступи "
    # Condemning, congratulating and condoling are sayings too: «осудил атаку», «осуждает
    # теракт», «выразило решительное осуждение», «поздравил с праздником», «в поздравлении
    # с Днем независимости», «выразил соболезнования».
    "осуди осужда осуждени поздрави поздравлен соболезн "
    # A message sent or passed on: «послание было передано премьер-министру».
    "послани "
    # An invitation extended: «пригласил коллегу в Москву». Not the present «приглашает»,
    # which news uses of an open, standing offer («вуз приглашает студентов»).
    "пригласил пригласила пригласили",
    "agreement": "подписа подпиш соглашени договор меморандум контракт протокол договорил "
    "согласил утверди ратифици учреди установил "
    # Relations established, a state recognised: «отношения установлены 1 мая 1948 года».
    "установлены установлена установлен признана признан признаны "
    # Approving, concluding and agreeing on a text, a deal: «комитет одобрил закупку»,
    # «заключили контракт», «согласовали проект», «сделка по поставкам»; allowing a use or
    # an import as approving it: «правительство разрешило применение препарата».
    "одобри одобрен разреши заключил заключат заключит заключено заключен заключена заключены "
    "согласова парафир сделк",
    "supply": "постав отгруз груз экспорт импорт закуп купил доставк доставил доставлен танкер "
    # Carriage of goods: «пробные автоперевозки между Россией и Пакистаном».
    "перевозк автоперевозк "
    # Bringing in, taking out, buying, selling, unloading: «ввоз пшеницы», «приобретение
    # зерна», «продажа вертолетов», «разгрузка танкера», «груз отправлен». Not the present
    # «приобретает», which news uses of a quality gained («язык приобретает популярность»).
    "ввоз вывоз ввез вывез приобретени приобретут приобретет приобретёт приобрел приобрёл "
    "продаж продал продаст разгруз выгруз перевез "
    "отправлен",
    "construction": "началось начались начался началась начнется начнётся начнутся стартова "
    "стартует стартуют "
    "строительств построи построен сооруж запуск запусти запущ открыти открыт открыта открыто "
    "открыты открыл открое откроют ввод введен заверш инаугурац закладк заложил заложат заложит "
    "запустят "
    # A link set up, as a launch: «сообщение будет налажено в 2025 году».
    "налажен налажено налажена налажены",
    # "отработали совместные действия": troops practised their tasks, the exercise itself.
    "exercise": "учени маневр манёвр отработа отрабатыва тренировк",
    "host": "принял приняла приняли принимал приём прием",
    # An anniversary marked, as English "celebrated": «празднование 75-летия отношений»,
    # «годовщина установления отношений», «юбилейные мероприятия».
    "commemoration": "празднова празднуют празднует годовщин юбиле",
    # Trade figures for a period, as English "amounted", "exceeded": «товарооборот в 2023 году
    # составил …», «превысил миллиард», «вышел на рекордную отметку».
    "figure": "составил составила составило превысил превысила превысило достиг достигла "
    "достигло вырос выросла выросло выросли превысили отметку отметки "
    # A change in trade as a rise or a fall: «увеличился на 20%», «сократилась», «упал»,
    # «рост товарооборота».
    "увеличил увеличит увеличат увеличени снизил снижени сократил сокращени упал упала упало "
    "рост роста ростом прирост",
}
# Stems of the nouns among them: a noun names a happening rather than reports it.
NOUN_STEMS = frozenset(
    "визит посещени поездк турне встреч переговор саммит конференци консультаци беседа заседани "
    "форум разговор совещани заявлени соглашени договор меморандум контракт протокол поставк груз "
    "экспорт импорт перевозк автоперевозк "
    "строительств запуск открыти ввод учени маневр манёвр приём прием доставк танкер "
    "заход приезд прибыти пребывани стоянк швартовк сесси аудиенци сделк ввоз вывоз приобретени "
    "продаж разгрузк выгрузк тренировк закладк увеличени снижени сокращени рост прирост годовщин "
    "юбиле поздравлени послани медиафорум бизнес-форум видеоконференци видеовстреч видеосвяз "
    "онлайн-встреч онлайн-переговор онлайн-конференци матч".split()
)
# Stems too short to stand alone without catching other words ("груз" is not "Грузия").
# "прошли переговоры" took place, but "прошлом году" is last year.
# "заход в порт" is a call, but "заходит речь" is no happening.
WHOLE_WORDS = frozenset(
    "груз груза грузом грузы грузов прошла прошли прошло прошел прошёл "
    "заход захода заходом заходе "
    # «мост открыт» is opened, «открытие» an opening, but «открытого обмена» an open one.
    "открыт открыта открыто открыты "
    # "достигнуты договоренности" is an agreement, "составили план" a draft: the figure
    # verbs count only in these forms.
    "составил составила составило превысил превысила превысило достиг достигла достигло "
    # «поставки выросли», «превысили план» in the plural too.
    "вырос выросла выросло выросли превысили отметку отметки "
    # Only the short passives: «рекорд, установленный в 2023 году» is no agreement.
    "установлены установлена установлен признана признан признаны "
    # A ship «зашел в порт», but «зашла речь» is a topic raised and «зашедший» no call;
    # «рост» is no «Ростов».
    "зашел зашёл зашли рост роста ростом "
    # «примет делегацию» receives, «приметы» are signs.
    "примет примут "
    # «сообщение налажено» is set up, «налаженные связи» only work well.
    "налажен налажено налажена налажены "
    # «заключит контракт» will conclude, «заключительная фаза» is a final one.
    "заключит".split()
)
# A happening said not to have happened: "не подписали", "поставок … не было"; or only
# announced: in "1 сентября анонсировали встречу" the date is the announcement's. And a plan
# told in the past, what was due: «на следующей неделе ожидался визит», «визит был
# запланирован на 3 марта» tell a plan that news has since undone (put off, called off), as
# Urdu «منعقد ہونی تھی»; the participle of a plan still standing («визит, запланированный на
# март») is no past.
_WAS_DUE = (
    r"(?:ожида|планирова|предполага)л(?:ся|ась|ось|ись)|был[аои]?\s+(?:запланирован|намечен)\w*"
)
# Its planner named, the plan told in the past is undone only when it names the happening
# itself («премьер планировал поездку в Россию с 3 по 5 марта»): «планировали к концу марта
# подготовить соглашение» is a plan still standing.
NEGATED_BEFORE = re.compile(
    rf"(?<!\w)(?:не|анонсирова\w*|{_WAS_DUE}|планировал[аи]?"
    # Told impersonally, the plan's words may stand a clause before it: «Планировалось, что
    # игра пройдет 11 октября», «ожидалось, что делегация прибудет».
    r"|(?:ожида|планирова|предполага)лось,?\s+что(?:\s+[а-яё]+){0,3}"
    # A happening in the conditional only might be: «могли бы быть запущены прямые рейсы»,
    # «я бы с радостью посетил Россию».
    r"|бы(?:\s+[а-яё]+){0,2}"
    # A topic told of: «рассказал о том, как проходит операция».
    r"|о\s+том,?\s+как"
    # Part of a span of years passing is no happening: «большая часть 1950-х годов прошла в
    # противостоянии».
    r"|част[ьи]\s+(?:\S+\s+){0,4}?годов"
    # A team's training camp is one side's own: «сбор сборной России проходит в Новогорске».
    r"|сбор(?:ы|а|е|ов)?(?:\s+\S+){0,3})\s+$",
    re.IGNORECASE,
)
# And a decree signed that posts or recalls an envoy («подписал указ о назначении посла») is
# one side's act, no agreement of the two. What opens, launches or raises chances, prospects,
# horizons («откроет новое окно возможностей», «открыл широкие перспективы») is no opening.
NEGATED_AFTER = re.compile(
    r"^[^,;:—]{0,60}?(?<!\w)(?:не\s+(?:было|будет|был[аои]?|состоял\w*|состоится|прош\w+)"
    r"|указ\w*\s+(?:\S+\s+){0,2}?об?\s+(?:освобождени|назначени)\w*"
    rf"|{_WAS_DUE})(?!\w)"
    r"|^\s+(?:[а-яё]+(?:ое|ые|ий|ый|ую|ая|ие|ой)\s+){0,2}"
    r"(?:окн[оа]\s+возможност|возможност|перспектив[ыу](?!\w)|горизонт)"
    # What one side offered and the other turned down is no plan: «предложила перенести
    # встречу на ноябрь, но Россия отклонила эту идею».
    r"|^[^.;:—]{0,60}?,\s+но\s+(?:\S+\s+){0,2}?(?:отклонил|отверг|отказал)\w*"
    # Asked by its own verb: «Пройдут ли учения?» (ASKED_WHETHER; not the name «Ли»).
    r"|^\s+(?-i:ли)(?!\w)",
    re.IGNORECASE,
)
# Russian is not verb-final: a clause told before another is not read by its verb.
RELATIVE_CLAUSE = None
# A question about a happening reports none: the particle «ли» after the clause's first word
# asks it, directly or not («Состоится ли визит?», «в ответ на вопрос, планируется ли
# проведение учений», «Начались ли переговоры, неизвестно»), read back to the clause's start;
# the answer, and the happening's date, come after it if at all. Lower case only: «Ли Цян».
# The verb reporting the happening may be the one asked (NEGATED_AFTER: «Пройдут ли …»).
ASKED_WHETHER = re.compile(r"(?<!\w)ли(?!\w)[^,.;:!?«»\"]*$")
# Nor what was agreed in a meeting the report told already.
WITHIN_THE_TOLD = None
# Russian closes sayings by its ATTRIBUTION («Об этом заявил …»).
CLOSES_SAYINGS = None
# Nor a sentence opening a new topic in Russian («Тем временем …»), only as English does.
NEW_TOPIC = None
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")
# A visit named only as a point of time («перед визитом в Пакистан») is not read yet.
VISIT_AS_A_TIME = None
# People introduced by their side's office are not read yet (the vocabulary names them).
INTRODUCED = None
SIDE_WORDS = {
    "russia": re.compile(
        r"(?<!\w)(?:Росси\w*|российск\w*|Российск\w*|Москв\w*|Кремл\w*|советск\w*|Советск\w*|"
        r"СССР|РФ|Санкт-Петербург\w*|Сочи|Казан[ьи]|Владивосток\w*|Роснефт\w*|Газпром\w*|"
        # The republic whose capital, Kazan, is above: «торговли между Татарстаном и Пакистаном»,
        # and its usual short name: «премьер-министр РТ», «кабмин РТ».
        r"Татарстан\w*|татарстанск\w*|РТ|"
        # The other republics the English list names: «Башкортостан», «Чечня», «Дагестан».
        r"Башкортостан\w*|Башкири\w*|Чечн\w*|Дагестан\w*|"
        # The Russian cities the English list names too: ports of call, summit hosts.
        r"Новороссийск\w*|Астрахан[ьи]|Екатеринбург\w*|Уф(?:а|е|у|ы|ой)|"
        r"Росатом\w*|Ростех\w*|ТАСС|"
        # Federal services and state agencies named «Рос-»: «Россельхознадзор ограничил ввоз»,
        # «Рособоронэкспорт подписал контракт», «Роскосмос», «Роспотребнадзор».
        r"Россельхознадзор\w*|Рособоронэкспорт\w*|Роскосмос\w*|Роспотребнадзор\w*|"
        # The Academy and universities by their acronyms: «в ИВ РАН», «между РГГУ и …».
        r"РАН|МГУ|МГИМО|РГГУ|СПбГУ|РУДН|ВШЭ|"
        # The Federal Assembly's chambers: «встреча с зампредом Совета Федерации».
        r"Совет\w*\s+Федерации|Совфед\w*|Госдум\w*|"
        # Russia's fleets and military districts: «Северного флота», «ТОФ», «ЮВО».
        r"(?:Северн|Черноморск|Тихоокеанск|Балтийск|Каспийск)\w*\s+флот\w*|ВМФ|ТОФ|ЧФ|"
        r"(?:Южн|Западн|Центральн|Восточн)\w*\s+военн\w*\s+округ\w*|ЮВО|ЗВО|ЦВО|ВВО)(?!\w)"
    ),
    "pakistan": re.compile(
        r"(?<!\w)(?:Пакистан\w*|пакистанск\w*|Пакистанск\w*|Исламабад\w*|Карачи|Лахор\w*|"
        r"Равалпинди|Кветт\w*|Пешавар\w*|Гвадар\w*|Белуджистан\w*|"
        # A city's adjective: «исламабадской школы», «лахорский рынок».
        r"исламабадск\w*|лахорск\w*|пешаварск\w*|"
        # The provinces and cities the English list names: «Синд», «Хайбер-Пахтунхва»,
        # «Мултан»; Punjab as a province, India's being a state: «провинции Пенджаб».
        r"Синд(?:а|е|у|ом)?|Хайбер-Пахтунхв\w*|Мултан\w*|Фейсалабад\w*|Сиалкот\w*|"
        r"провинци\w+\s+Пенджаб\w*)(?!\w)"
    ),
}
# In an article about both, as English "the two countries": «обе стороны», «товарооборот
# между странами», «между нашими государствами». So does the name of the two armies' own
# exercise, as English "Druzhba": «учения "Дружба"», «Дружба-2016»; not the oil pipeline
# («нефтепровод «Дружба»»), which no exercise word or year goes with.
BOTH_SIDES_WORDS = re.compile(
    r"(?<!\w)(?:обе|обеих|двух|две|обоих|между(?:\s+(?:нашими|двумя))?)\s+"
    r"(?:стран\w*|сторон\w*|государств\w*)(?!\w)"
    r"|(?<!\w)учени\w*\s+[«\"„“]Дружба(?!\w)|(?<!\w)Дружба-\d{4}(?!\d)",
    re.IGNORECASE,
)
# A country's currency is no country of the story: «свыше миллиарда американских долларов»,
# «млрд долларов США»; nor is one goods pass through: «поставила газ через Иран».
THIRD_PARTIES = re.compile(
    r"(?<!\w)(?<!через\s)(?:Инди(?:я|и|ю|ей)|индийск\w*|Нью-Дели|Кита[йяюе]\w*|китайск\w*|Пекин\w*|"
    r"(?<!долларов\s)(?<!доллара\s)(?<!доллар\s)(?<!долл\.\s)США|"
    r"КНР|Монголи\w*|монгольск\w*|Соединенн\w+\s+Штат\w*|американск\w*(?!\s+доллар)|Вашингтон\w*|Иран\w*|иранск\w*|Ирак\w*|Украин\w*|"
    r"украинск\w*|Израил\w*|израильск\w*|Саудовск\w*|Турци\w*|турецк\w*|Бангладеш|"
    r"Великобритани\w*|британск\w*|Евросоюз\w*|ЕС|Япони\w*|японск\w*|НАТО|Сири\w*|сирийск\w*|"
    r"Германи\w*|немецк\w*|Франци\w*|французск\w*|Белорусси\w*|Беларус\w*|белорусск\w*|"
    # A cruise that calls at Karachi calls at other ports too: their countries are third parties.
    r"Шри-Ланк\w*|Вьетнам\w*|вьетнамск\w*|Индонези\w*|индонезийск\w*|Сейшельск\w*)(?!\w)"
)
# Where a title's clause begins and ends.
CLAUSE_BREAK = re.compile(
    r"[;:«»“”\"—–]|,(?!\d)|\s-\s|(?<!\w)(?:который|которая|которое|которые|где|но|когда|"
    r"после\s+того\s+как|так\s+как)(?!\w)",
    re.IGNORECASE,
)
# Russian titles end where the clause does.
TITLE_END = CLAUSE_BREAK
# A parenthetic word set off by commas is no clause of its own, as a bracket is not: in
# «за этот год уже, по-моему, поставлен миллион тонн» the date dates the delivery across it
# (extraction.reports pairs them with the aside blanked out).
ASIDE = re.compile(
    r",\s*(?:по-моему|по-видимому|видимо|кажется|вероятно|безусловно|конечно|разумеется"
    r"|впрочем|кстати|как\s+известно|в\s+частности|в\s+свою\s+очередь|например)\s*,",
    re.IGNORECASE,
)
# A date in a clause that only describes a noun: «товарооборота, который в 2023 году вышел
# на рекордную отметку», «рекорд, установленный в 2023 году». It tells the noun's past and
# does not take the report to another time (extraction.frame). The pronoun may follow the
# noun it governs or a preposition: «конференции, проведение которой намечено на март», «в
# ходе которого».
DESCRIBING_CLAUSE = re.compile(
    r",\s*(?:(?:[а-яё]+\s+){0,2}котор\w+|[а-яё]+(?:нн|вш|ем|им)(?:ый|ая|ое|ые|ого|ой|ых|ом|ую))"
    r"(?:\s+[^,;:.«»\"]*)?\s*$",
    re.IGNORECASE,
)
# Russian names such a noun before its date: no date describes a noun after it, as in Urdu.
DESCRIBED_AFTER = None
# «соглашение от 16 октября 2015 года», «распоряжение, датированное 4 августа»: a date after
# «от» or «датирован» is the date of the document named before it, not of the sentence's
# happening («подписали протокол к соглашению от …»).
DOCUMENT_DATE = re.compile(r"(?<!\w)(?:от|датирован\w*)\s+$", re.IGNORECASE)
# A dateline opening the text: "ИСЛАМАБАД, 16 октября. /ТАСС/." or "МОСКВА, 16 окт — РИА".
DATELINE = re.compile(
    r"^[А-ЯЁ]{3,}(?:[ -][А-ЯЁ]{2,})*(?:,[^.:–—]{0,40})?\s*[.:–—-]\s*(?:/\w+/\.?)?\s*"
)
# Prepositions left before a date once its words are taken out of a title.
DATE_PREPOSITION = re.compile(r"(?<!\w)(?:в|во|с|со|на|до|к|по|после|начиная\s+с)\s*$", re.I)
DATE_POSTPOSITION = None
VERB_FINAL = False
# A sentence of the report's opening that tells a happening of the lead's kind, neither it nor
# the lead naming a person, tells the lead's news, which the lead dates: «Президент Татарстана
# обсудил с послом Пакистана вопросы сотрудничества» before «На прошедшей накануне встрече
# присутствовали …». Russian has no article to set "a meeting" apart from "the meeting", as
# English does (extraction.frame.dated_by_the_lead).
OPENING_TELLS_THE_LEAD = True
# Russian's «где» clauses are not read yet (extraction.reports, verb-final branch only).
WHERE_CLAUSE = None
# A happening put off: «визит отложен», «отложил переговоры», «встреча перенесена».
# Only past and passive forms of «перенести»: «перенос технологий» is a transfer. A side
# declining to take part («Пакистан не будет участвовать во встрече», «не примет участия»,
# «отказался участвовать», «отказалась от участия», «отказалась от матча») is, for the two
# sides, a happening called off: news of the day it is told. So is one that falls through
# («о срыве матча») or is said not to be («встреча не состоится», «матча … не будет.»; not
# «не будет поставлять», a plan of its own).
POSTPONED = re.compile(
    r"(?<!\w)(?:отлож\w*|перенес[её]н\w*|перенесл[аио]?|перенес"
    r"|не\s+(?:будет|будут|стал[аои]?|станет|станут)\s+участвовать"
    r"|не\s+прим(?:ет|ут)\s+участи[яе]"
    r"|отказал(?:ся|ась|ось|ись)\s+(?:от|участвовать)|срыв(?:а|е|у|ом)?"
    r"|не\s+состо(?:ится|ятся)|не\s+будет(?=\s*(?:[.;!?]|$)))(?!\w)",
    re.IGNORECASE,
)
# The Russian resolver reads no stay lengths yet («двухдневный визит»): nothing to widen.
STAY_NOUN = None
STAY_COMPLETED = None
# The two sides' capitals, countries and chief cities, as places one goes or sends to.
_SIDES_PLACES = r"Москв|Исламабад|Пакистан|Росси|Карачи|Лахор"
# The stems of gatherings, which have a topic and are named again by their noun.
_GATHERINGS = r"встреч|переговор|заседани|саммит|консультаци|конференци"
# «стать» (to become) in the future or the past, whose predicate noun is in the instrumental.
_BECOMES = r"стан(?:ет|ут)|стал[аои]?"
# Machines a side delivers, in any case: «партия вертолетов», «передали четыре вертолета».
_MACHINES = r"вертол[её]т\w*|самол[её]т\w*|танк\w*|техники"
# Russian reports its happenings in single words (TRIGGER_STEMS), but a round table in two,
# and a visit as coming or being «в гости» (as a guest): «в Исламабаде ждут в гости министра».
PHRASE_TRIGGERS = (
    (re.compile(r"(?<!\w)кругл\w+\s+стол\w*", re.IGNORECASE), "meeting"),
    # A call paid on someone, as English "called on": «нанесла визит руководству ВМС».
    (re.compile(r"(?<!\w)нан[её]с\w*\s+(?:\w+\s+)?визит\w*", re.IGNORECASE), "meeting"),
    (re.compile(r"(?<!\w)в\s+гост(?:и|ях)(?!\w)", re.IGNORECASE), "visit"),
    # A gathering whose topic is named is held, or to be: «темой переговоров станет
    # торговля», «одной из тем встречи стала энергетика», «станут главными темами
    # заседания». The gathering's noun there reports it as a verb would; the tense is
    # «стать»'s.
    (re.compile(
        rf"(?<!\w)(?:{_BECOMES})\s+(?:[а-яё]+\s+)?(?:тем(?:ой|ами)|предмет(?:ом|ами))\s+"
        rf"(?:[а-яё]+\s+)?(?:{_GATHERINGS})\w*"
        rf"|(?<!\w)(?:тем(?:а|ы|ой|ами)?|предмет(?:ом|ами)?)\s+(?:обсуждени[яй]\s+)?"
        rf"(?:{_GATHERINGS})\w*(?=[^.;:]*?(?<!\w)(?:{_BECOMES})(?!\w))",
        re.IGNORECASE,
    ), "meeting"),
    # An invitation received is news, as one extended («пригласил»): «президент получил
    # приглашение посетить Пакистан». Not one made long before («приглашение сделал»).
    (re.compile(r"(?<!\w)получил[аи]?\s+приглашение(?!\w)", re.IGNORECASE), "statement"),
    # An invitation extended in the words of a saying is one, in the present as well: «сказал
    # министру, что приглашает его в Пакистан» (a standing offer is told with no saying).
    (re.compile(r"(?<=что )приглаша(?:ет|ю|ем|ют)(?!\w)", re.IGNORECASE), "statement"),
    # Support given to the other side's bid is a saying of its own, news as an invitation is:
    # «Россия поддерживает заявку Пакистана на вступление в БРИКС» (not «поддерживает
    # контакты», a standing state).
    (re.compile(
        r"(?<!\w)поддерж(?:ивает|ивают|ал|ала|али)(?=\s+(?:[а-яё]+\s+)?"
        r"(?:заявк|кандидатур|вступлени)\w*)",
        re.IGNORECASE,
    ), "statement"),
    # Having been to either side's capital or country is a visit paid: «последний раз был в
    # Москве в 2014 году», «бывал в Пакистане».
    (re.compile(
        rf"(?<!\w)(?:был[аи]?|бывал[аи]?)\s+во?\s+(?:{_SIDES_PLACES})[а-яё]*(?!\w)",
        re.IGNORECASE,
    ), "visit"),
    # A batch of goods is their delivery, as English "cargo": «ждут первую партию российской
    # нефти». Named by its goods, it is no political party; talked «о партии», no delivery.
    (re.compile(
        r"(?<!\w)(?<!(?<!\w)о\s)парти[яиюей]\s+(?:[а-яё]+\s+){0,2}(?:нефти|нефтепродуктов|газа|СПГ|пшеницы|"
        rf"зерна|топлива|сырья|удобрений|{_MACHINES})(?!\w)",
        re.IGNORECASE,
    ), "supply"),
    # Machines handed over are delivered, as English "handed over two helicopters": «передали
    # партнерам четыре вертолета». What else is handed on is a saying or a source: «передал
    # послание», «передать слова сочувствия», «передает ТАСС».
    (re.compile(
        rf"(?<!\w)переда(?:л|ла|ли|н|на|ны|но)\s+(?:[\w-]+\s+){{0,4}}?(?:{_MACHINES})(?!\w)",
        re.IGNORECASE,
    ), "supply"),
    # Something sent to a side's country or city is a delivery, as English "dispatched":
    # «Россия направила в Пакистан три самолета», «грузы были направлены в Карачи». Not
    # «направлен на укрепление» (aimed at), nor «направил телеграмму» (a message, told by its
    # words).
    (re.compile(
        rf"(?<!\w)направ(?:ил|ила|или|лен|лена|лено|лены)\s+во?\s+(?:{_SIDES_PLACES})[а-яё]*(?!\w)",
        re.IGNORECASE,
    ), "supply"),
    # A decision to do something settles a happening, as English "decided to open": «мы
    # решили продолжить учения», «было решено создать группу». «Решить» with a noun solves
    # it instead («решили вопрос»), no decision.
    (re.compile(
        r"(?<!\w)(?:решил[аи]?|решено)\s+(?:[а-яё]+\s+)?[а-яё]+(?:ть|ти|чь)(?:ся|сь)?(?!\w)",
        re.IGNORECASE,
    ), "agreement"),
)
# Russian letters all join nothing: a space always shows between words.
TYPED_AGAINST = None

# The report's frame (extraction.frame): sentences that step out of it — a quotation,
# background ("Ранее …", "Напомним, …", "Накануне …"), an earlier time ("год назад", "с тех пор"). A
# quotation a wire relays («…», – передает РИА Новости сообщение ЮВО; «…», - говорится в
# сообщении; «…», - сказал собеседник агентства, its source in a ministry) is a press
# release's report of the news, not someone's words about it. So is one a body's press
# service gives, which Russian names by a plural verb with no subject and the body after «в»
# («…», - сообщили в министерстве; - информировали в ведомстве; - отметили в МИД), often
# with the dash breaking into the quotation before it closes («…, - информировали в
# ведомстве. - …»).
_WIRES_SOURCE = (
    r"(?:сказал\w*\s+собеседник\w*\s+агентств\w*"
    r"|(?:сообщили|отметили|информировали|заявили|пояснили|уточнили|подчеркнули)\s+в(?=\s)"
    r"(?!\s+ходе))"
)
# A name in quotes that a sentence opens with is its subject, not words it quotes:
# «Газпром» подписал …, "Спутник V" получил … (a name of up to three words, capitalised).
_QUOTED_NAME = r"[«\"„“][A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2}[»\"”](?!\s*,?\s*[–—-])"
OUT_OF_FRAME = re.compile(
    rf"^\W*(?!{_QUOTED_NAME})[«\"„“](?!.*[»\"”]?\s*,?\s*[–—-]\s*(?:переда[её]т|сообщает|сообщают"
    rf"|говорится\s+в\s+сообщении|{_WIRES_SOURCE})(?!\w))"
    r"|^\W*(?:ранее|прежде|до\s+этого|напомним|накануне|как\s+(?:отмечал|сообщал|писал)\w*"
    r"|в\s+прошлом|исторически|традиционно|за\s+последние\s+годы)(?!\w)"
    # Since a start, as English "since": «с начала операции перевез 71 тонну» sums a stretch.
    r"|(?<!\w)(?:назад|с\s+тех\s+пор|с\s+начала)(?!\w)",
    re.IGNORECASE,
)
# A sentence that recalls («Накануне Путин и Шариф уже провели беседу», «Напомним, во
# вторник …») tells no time of the report: its date frames neither the headline before it
# nor the sentences after (extraction.reports).
RECALLING = OUT_OF_FRAME
# The verbs a speaker tells with, in the past: «заявил», «отметил», «рассказал» (each pattern
# below adds its own).
_TELLS = r"заявил|отметил|подчеркнул|пояснил|уточнил|рассказал"
# Who reported the sentence: one opening «Об этом …» that only says who said the sentence
# before («Об этом заявил в четверг президент»), and a closing «…, — сказал он», «…,
# сообщили в посольстве». Its saying is no happening of the report (extraction.participants).
# The speaker may come with a second title after a comma («…, заявил спецпредставитель по
# Афганистану, глава департамента МИД Кабулов»); a clause there («, добавив, что …») is no title.
ATTRIBUTION = re.compile(
    r"^\W*об\s+этом(?!\w).*"
    rf"|,\s*(?:[–—-]\s*)?(?:сказал|{_TELLS}|сообщил|добавил"
    r"|говорится|переда[её]т|сообщает|сообщают|информирует)\w*[^,«»\"]{0,80}"
    r"(?:,\s*(?!(?:что|чтобы|как|где|когда|котор\w*|\w+(?:ив|ав|ев|яв|вши))(?!\w))"
    r"[^,«»\"]{0,80})?[.»\"]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
# A saying whose words follow in a clause of their own: «Путин заявил, что …», «сказал
# ему, что …» (extraction.reports).
SAYS_THAT = re.compile(r"(?:\s+[^\s,.;:«»]+){0,3}?\s*,\s*что(?!\w)", re.IGNORECASE)
# Speech a sentence opens with and its attribution closes: «"…", — сказал он по итогам
# заседания комиссии». Blanked, the attribution is left to read: the meeting where it was
# said is the report's (WHERE_SAID). Not a quotation a wire relays («…», – передает РИА
# Новости сообщение ЮВО), the news itself, nor a name in quotes («Газпром» подписал …). The
# last sentence of a quotation that runs over several has no mark opening its words: «Мы
# приносим соболезнования", - сказал он».
QUOTATION = re.compile(
    rf"^\W*?[«\"„“]?[^«»\"„“”]+[»\"”](?=\s*,?\s*[–—-]\s*(?!{_WIRES_SOURCE})(?:сказал|{_TELLS}"
    r"|добавил|считает|говорит)\w*)"
)
# Words before the trigger that make it something said or wished, not something done:
# "министр сказал, что стороны обсуждают", "Пакистан готов закупать".
SAID = re.compile(
    r"(?<!\w)(?:заяви\w*|сказа\w*|отмети\w*|подчеркну\w*|сообщи\w*|добави\w*|указа\w*|"
    # Reminding of a thing («напомнил о сотрудничестве … и пригласил …») names a topic, not
    # words that go on to tell the happening.
    r"напомни\w*(?!\s+об?\s)|говори\w*|считает|считают|по\s+(?:его|её|ее|их)\s+словам"
    r"|отмечается|сообщается|подчеркивается|подчёркивается)(?!\w)",
    re.IGNORECASE,
)
# «готов», «готовность» (ready, readiness) wish; «готовятся к учению» prepares (HELD).
WISHED = re.compile(
    r"(?<!\w)(?:готов(?!ит|ят|ил)\w*|надеет\w*|надеют\w*|надежд\w*|хоч\w*|хотел\w*|хотят|стрем\w*|"
    r"заинтересован\w*|может|могут|мог(?:ли|ла)?|можно|должн\w*|нужн\w*|необходим\w*|"
    r"возможн\w*|перспектив\w*|потенциал\w*|продолж\w*|поручен\w*|поручил\w*)(?!\w)",
    re.IGNORECASE,
)
# A verb that reports the happening a noun names: "провели переговоры", "проводит встречу",
# "подписали соглашение".
HELD = re.compile(
    r"(?<!\w)(?:пров[её]л\w*|провод\w*|провед\w*|подписа\w*|подпиш\w*|заключи\w*|состоял\w*|"
    r"состоит\w*|прош(?:ли|ла|ло|ел|ёл)|имел\w*|прибыл\w*"
    # «приняли участие в совещании», «корабли участвуют в учениях»: took, or take, part in it.
    r"|принял\w*\s+участие|(?<!не\s)(?:участву(?:ет|ют)|участвовал\w*)"
    # «начал переговоры», «начали учения»: the happening has begun.
    r"|начал[аио]?"
    # «ведет переговоры», «вели консультации»: the happening is, or was, under way.
    # «ведутся переговоры», «велись консультации»: the same, told in the passive.
    r"|(?<!не\s)(?:вед[её]т|ведут|вёл|вел[аи]|вед[её]тся|ведутся|вел(?:ся|ась|ись))"
    # «ожидаются переговоры», «запланированы встречи»: the happening planned is reported.
    r"|ожида[ею]тся|запланирован\w*|намечен\w*"
    # «достигли договоренностей», «достигнуты договоренности»: an agreement reached. Not the
    # participle of progress made («прогресс, достигнутый после договоренностей»).
    r"|достиг(?:ли|ла|ло)?|достигнут[аоы]?"
    # «моряки готовятся к совместному учению»: the happening prepared for is reported.
    r"|готов(?:ит|ят)ся\s+к)\s+(?:\S+\s+){0,3}$"
    # «представил меморандум»: a document presented, right before it (not «представил доклад
    # о визите», a report on the happening).
    r"|(?<!\w)представил[аи]?\s+$",
    re.IGNORECASE,
)
# The same verbs after the noun they report, a few words on: «визит Шарифа в Россию
# состоится», «переговоры министров прошли в Москве», and the passive of «провести»:
# «учение будет проведено в Аравийском море», «встреча была проведена» (not the noun
# «проведение»).
HELD_AFTER = re.compile(
    r"(?:\s+[^\s,.;:«»—–]+){0,5}?\s+(?:состоит?ся|состоятся|состоял\w*|пройд[её]т|пройдут"
    r"|прош(?:ли|ла|ло|ел|ёл)|проведен[аоы]?|проведён|достигнут[аоы]?)(?!\w)",
    re.IGNORECASE,
)
# «Учение пройдет в Аравийском море» after the sentence that named it with its sides: a
# sentence opening on a happening's noun, Russian having no article to make it definite,
# names again a happening the report told, and is of its frame; so is one that opens on an
# impersonal plan first («Предполагается, что учение будет проведено …»).
THE_HAPPENING_AGAIN = re.compile(
    r"^\W*(?:(?:предполагается|ожидается|планируется),\s+что\s+)?"
    rf"(?:{_GATHERINGS}|визит|учени)\w*(?!\w)",
    re.IGNORECASE,
)
# «Сразу после переговоров министр сказал журналистам …», «заявил после встречи с …»: the
# meeting went before the saying, and is itself a happening of the day (English "following a
# meeting").
FOLLOWED = re.compile(r"(?<!\w)(?:сразу\s+)?после\s+(?:[\w–-]+\s+){0,2}$", re.IGNORECASE)
# "заявил в ходе переговоров", "сказал на встрече": the meeting is where the saying
# happened, and itself a happening of the report's day. So is one the speaker opens, holds
# or closes as he speaks, told by a verbal adverb after the saying: «отметил, открывая
# переговоры», «сказал, подводя итоги встречи».
WHERE_SAID = re.compile(
    r"(?<!\w)(?:в\s+ходе|во\s+время|на|в\s+рамках|по\s+итогам"
    r"|открывая|открыв|начиная|начав|проводя|завершая|завершив|подводя\s+итоги)"
    r"\s+(?:[\w–-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Он также встретился …", "Обе стороны обсудили …": the report's own actors.
# «Мы решили …» opening a speaker's quotation: the speaker's own side, of the report too.
PRONOUN_SUBJECT = re.compile(r"^\W*(?:он|она|они|мы|(?:обе|две)\s+стороны)(?!\w)", re.IGNORECASE)
# A quotation that opens on what the speaker's side did, «мы» and a past verb («"Мы решили
# продолжить учения», «"Мы подписали меморандум»), tells a happening of the report, not
# words about it: the speaker relays the act of the side the report is about. A wish («мы
# надеемся», «мы готовы») is present and stays the speaker's words.
OWN_DOING = re.compile(r"^\W*мы\s+(?:\w+\s+)?\w+(?:л|ла|ли|лись)(?!\w)", re.IGNORECASE)
# «Вторая партия нефти прибудет в мае», «Первая аналогичная встреча прошла летом 2009 года»:
# one more of the happenings the report is about, named by an ordinal, «очередной» or a word
# of likeness, so its sides are the report's. Not «первый»: «первый визит за 23 года» is most
# often the report's happening itself.
ONE_OF_A_SERIES = re.compile(
    r"(?<!\w)(?:втор|трет|четв[её]рт|следующ|предыдущ|прошл|последн|очередн|аналогичн|подобн"
    r"|ещ[её]\s+одн)\w*\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
DURING_THE_VISIT = re.compile(
    r"(?<!\w)(?:в\s+ходе|во\s+время|в\s+рамках)\s+(?:\w+\s+){0,2}(?:визит|поездк|пребывани)\w*",
    re.IGNORECASE,
)
# An infinitive ("посетить", "подписать") depends on another word, an offer or an intent:
# without a date of its own it reports no happening. It is one word: «в гости» is none.
INFINITIVE = re.compile(r"^\w+(?:ть|ться|ти|тись)$", re.IGNORECASE)
# What is said to be going on as the report is written: not read in Russian yet.
GOING_ON = None
AGREED_ON = None
# A happening a speaker relays as done or under way («Дворкович заявил, что «Газпром» ведет
# переговоры», «по его словам, стороны подписали …») is news of the report's day, told by
# the speaker: Russian reporters relay that way what a source tells them, as English "the
# minister said the sides signed". A plan, a wish or a habit in the relayed words is not.
TOLD_BY_THE_SOURCE = re.compile(
    rf"(?<!\w)(?:(?:{_TELLS}|сообщил)\w*"
    r"(?:\s+[^\s,.;:«»]+){0,3}?\s*,\s*что|по\s+(?:(?:его|её|ее|их)\s+)?словам"
    r"|как\s+(?:отметил|сообщил|заявил|рассказал|уточнил)\w*)(?!\w)",
    re.IGNORECASE,
)
# «Работы начнутся сразу после того, как правительство подпишет документы»: what is to come
# only once something else has happened is a condition, no plan.
ONLY_AFTER = re.compile(
    r"(?:\s+\S+){0,2}?\s+(?:только\s+|сразу\s+)?после\s+того,?\s+как(?!\w)", re.IGNORECASE
)
