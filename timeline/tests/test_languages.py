"""Russian and Urdu words for happenings, sides, plans and titles (pure, no database)."""

import pytest

from timeline.languages import (
    LANGUAGES,
    happening_words,
    is_planned,
    names_both_sides,
    sides_named,
    title,
)


def kinds(sentence, language):
    return [(word, kind) for _, _, word, kind, _ in happening_words(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Министр прибыл в Москву с визитом.", "ru", [("прибыл", "visit"), ("визитом", "visit")]),
        ("Фрегат пришвартовался у причала.", "ru", [("пришвартовался", "visit")]),
        ("Самолет министра приземлился в Исламабаде.", "ru", [("приземлился", "visit")]),
        ("Эксперты собрались за круглым столом.", "ru", [("круглым столом", "meeting")]),
        ("Штабы провели совещание.", "ru", [("провели", "meeting"), ("совещание", "meeting")]),
        (
            "В прошлом году прошли переговоры.",
            "ru",
            [("прошли", "meeting"), ("переговоры", "meeting")],
        ),
        (
            "Грузия подписала контракт.",
            "ru",
            [("подписала", "agreement"), ("контракт", "agreement")],
        ),
        ("وفد نے ماسکو کا دورہ کیا۔", "ur", [("دورہ", "visit")]),
        (
            "دونوں ممالک نے معاہدے کا فیصلہ کر لیا۔",
            "ur",
            [("معاہدے", "agreement"), ("فیصلہ", "agreement")],
        ),
        ("مشقیں پاکستان میں منعقد ہوئیں۔", "ur", [("مشقیں", "exercise"), ("منعقد", "meeting")]),
        ("Министры в тот день не встретились.", "ru", []),
        ("Поставок нефти в 2020 г. не было.", "ru", []),
        # Having been to a side's capital or country is a visit; having been there as a
        # state of things («был в восторге») is none.
        ("Посол бывал в Исламабаде не раз.", "ru", [("бывал в Исламабаде", "visit")]),
        ("Спикер последний раз был в Москве давно.", "ru", [("был в Москве", "visit")]),
        ("Министр был в восторге от концерта.", "ru", []),
        # A plan told in the past is one news has since undone; the participle of a plan
        # still standing is no past.
        ("На той неделе ожидался приезд делегации в Карачи.", "ru", []),
        ("Саммит был запланирован на осень.", "ru", []),
        ("Поездка министра планировалась на апрель.", "ru", []),
        ("Министр отложил поездку, запланированную на апрель.", "ru", [("поездку", "visit")]),
        ("رسمی ملاقات نہیں ہو سکی۔", "ur", []),
        ("وزیر نے منصوبے کا سنگ بنیاد رکھا۔", "ur", [("سنگ", "construction")]),
        # No space typed after a letter that never joins the next.
        ("روسی وفد لاہورپہنچ گیا۔", "ur", [("پہنچ", "visit")]),
        # Any happening word typed against a word ending in a letter that never joins the
        # next: "کادورہ" is "کا دورہ", "پرمشقیں" is "پر مشقیں".
        ("روسی فوج نے کوئٹہ کادورہ کیا۔", "ur", [("دورہ", "visit")]),
        ("دونوں بحری افواج سمندر پرمشقیں کریں گی۔", "ur", [("مشقیں", "exercise")]),
        ("افسران نے اپنے تجربات بیان کرنے سے گریز کیا۔", "ur", [("بیان", "statement")]),
        # "بات" is too short to be read after any such letter, but no word ends in "پربات".
        ("وزرا نے مختلف موضوعات پربات کی۔", "ur", [("بات", "meeting")]),
        ("روسی ماہرین نے اپنے تجربات سنائے۔", "ur", []),
        # Handed over, but not "with regard to".
        ("روس نے دو ہیلی کاپٹر پاکستان کے حوالے کیے۔", "ur", [("حوالے کیے", "supply")]),
        ("وزیر نے تجارت کے حوالے سے گفتگو کی۔", "ur", [("گفتگو", "meeting")]),
        # Talk with the press is an interview, no meeting of the two sides.
        ("روسی سفیر نے صحافیوں سے گفتگو میں کہا کہ تعلقات اچھے ہیں۔", "ur", [("کہا", "statement")]),
        ("روسی سفیر نے وزیر سے گفتگو کی۔", "ur", [("گفتگو", "meeting")]),
        # "Whether" («کہ آیا») asks about a happening, and reports none.
        ("وزیر نے نہیں بتایا کہ آیا روس گندم کی نئی کھیپ بھیجے گا۔", "ur", []),
        ("آیا دونوں ممالک میں معاہدہ ہوگا؟", "ur", []),
        (
            "افسر نے بتایا کہ جہاز کراچی آیا اور گندم کی کھیپ اتاری گئی۔",
            "ur",
            [("بتایا", "statement"), ("کھیپ", "supply")],
        ),
        # Taking part, as English "attended", "participated".
        ("روسی سفیر نے تقریب میں شرکت کی۔", "ur", [("شرکت", "meeting")]),
        # Brought: a delivery told in three words.
        ("جہاز 40 ہزار ٹن گندم لے کر آیا۔", "ur", [("لے کر آیا", "supply")]),
        ("یہ دوستی ایک سنگ میل ہے۔", "ur", []),
        # What was due ("was to be held", "was to attend") is told of a plan that did not
        # come about.
        ("تین ملکی کانفرنس اگلے ہفتے لاہور میں منعقد ہونی تھی۔", "ur", []),
        ("چینی وزیر نے اجلاس میں شرکت کرنا تھی۔", "ur", []),
        ("وفد نے بیجنگ کا دورہ کرنا تھا، مگر موسم خراب رہا۔", "ur", []),
        (
            "اجلاس منعقد ہوا، جس میں فیصلے کرنے تھے۔",
            "ur",
            [("اجلاس", "meeting"), ("منعقد", "meeting")],
        ),
        # Opened, an opening; not "open".
        ("Новый терминал открыт в Карачи.", "ru", [("открыт", "construction")]),
        ("Церемония открытия терминала.", "ru", [("открытия", "construction")]),
        ("Стороны за открытый диалог.", "ru", []),
        # Leaving a port or a capital: a departure, as "روانہ" in Urdu.
        ("Танкер покинул порт Новороссийска.", "ru", [("Танкер", "supply"), ("покинул", "visit")]),
        ("Делегация отбыла в Исламабад.", "ru", [("отбыла", "visit")]),
        ("Министр отбудет в Карачи утром.", "ru", [("отбудет", "visit")]),
        # Trade figures for a period.
        ("Товарооборот превысил миллиард долларов.", "ru", [("превысил", "figure")]),
        # Coming, its stay, heading off, a ship putting into port and its stay there.
        ("Губернатор приедет в Лахор весной.", "ru", [("приедет", "visit")]),
        ("Приезд вице-премьера ждали давно.", "ru", [("Приезд", "visit")]),
        ("По прибытии в Карачи экипаж отдыхал.", "ru", [("прибытии", "visit")]),
        ("Пребывание делегации продлится неделю.", "ru", [("Пребывание", "visit")]),
        ("Сенатор направится в Казань.", "ru", [("направится", "visit")]),
        ("Корвет зашел в порт Гвадар.", "ru", [("зашел", "visit")]),
        ("Во время стоянки моряки сыграли в футбол.", "ru", [("стоянки", "visit")]),
        ("После швартовки экипаж сошел на берег.", "ru", [("швартовки", "visit")]),
        ("Катера отшвартовались на рассвете.", "ru", [("отшвартовались", "visit")]),
        ("О делах зашла речь за обедом.", "ru", []),
        # A call or talks in other words: ringing up, talking, views exchanged, a session.
        ("Министры созвонились вечером.", "ru", [("созвонились", "meeting")]),
        ("Премьер поговорил с коллегой по телефону.", "ru", [("поговорил", "meeting")]),
        ("Послы обменялись мнениями.", "ru", [("обменялись", "meeting")]),
        ("Сессия совместной комиссии завершилась.", "ru",
         [("Сессия", "meeting"), ("завершилась", "construction")]),
        # Approving, concluding, agreeing on a text, a deal.
        ("Кабинет одобрил закупку удобрений.", "ru",
         [("одобрил", "agreement"), ("закупку", "supply")]),
        ("Фирмы заключили сделку.", "ru", [("заключили", "agreement"), ("сделку", "agreement")]),
        ("Ведомства согласовали текст меморандума.", "ru",
         [("согласовали", "agreement"), ("меморандума", "agreement")]),
        # Bringing in, buying, selling, unloading, sending off.
        ("Ввоз хлопка вырос вдвое.", "ru", [("Ввоз", "supply"), ("вырос", "figure")]),
        ("Минсельхоз одобрил приобретение ячменя.", "ru",
         [("одобрил", "agreement"), ("приобретение", "supply")]),
        ("Завод приобрел станки.", "ru", [("приобрел", "supply")]),
        # A quality gained is no purchase.
        ("Туризм приобретает популярность.", "ru", []),
        # A gathering named in one word with its medium or field.
        ("Журналисты собрались на медиафорум.", "ru", [("медиафорум", "meeting")]),
        ("Прошла видеоконференция министров.", "ru",
         [("Прошла", "meeting"), ("видеоконференция", "meeting")]),
        ("Продажа тракторов шла бойко.", "ru", [("Продажа", "supply")]),
        ("Разгрузка сухогруза заняла сутки.", "ru", [("Разгрузка", "supply")]),
        ("Первый эшелон отправлен из Ростова.", "ru", [("отправлен", "supply")]),
        # Joint training; a foundation stone laid.
        ("Спецназ провел тренировку в горах.", "ru",
         [("провел", "meeting"), ("тренировку", "exercise")]),
        ("Губернатор заложил первый камень.", "ru", [("заложил", "construction")]),
        # Trade rising or falling, and its growth, but not Rostov.
        ("Оборот увеличился на треть.", "ru", [("увеличился", "figure")]),
        ("Экспорт сократился в марте.", "ru", [("Экспорт", "supply"), ("сократился", "figure")]),
        ("Отмечен рост оборота.", "ru", [("рост", "figure")]),
        ("Поезд пришел в Ростов.", "ru", []),
        # Rising in the plural; a start in the present; goods brought in.
        ("Продажи выросли на четверть.", "ru", [("Продажи", "supply"), ("выросли", "figure")]),
        ("Рейс стартует в пятницу.", "ru", [("стартует", "construction")]),
        ("Фермеры ввезли семена.", "ru", [("ввезли", "supply")]),
        # Credentials presented; an anniversary marked.
        ("Посол вручил верительные грамоты.", "ru", [("верительные", "meeting")]),
        ("Землячество празднует годовщину основания.", "ru",
         [("празднует", "commemoration"), ("годовщину", "commemoration")]),
        ("Юбилей дружбы встретили концертом.", "ru",
         [("Юбилей", "commemoration"), ("встретили", "meeting")]),
    ],
)
def test_words_that_report_a_happening_in_every_form(sentence, language, expected):
    assert kinds(sentence, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        ("Делегация Пакистана прибыла в Москву.", "ru", {"pakistan", "russia"}),
        ("российско-пакистанские учения", "ru", {"pakistan", "russia"}),
        ("روسی وفد اسلام آباد پہنچ گیا۔", "ur", {"pakistan", "russia"}),
        # Pakistan's federal cabinet and the ECC, named without the country.
        ("وفاقی کابینہ نے روسی پیشکش پر غور کیا۔", "ur", {"pakistan", "russia"}),
        ("اقتصادی رابطہ کمیٹی نے سفارش منظور کی۔", "ur", {"pakistan"}),
        ("Индийская делегация прибыла.", "ru", set()),
        ("Фрегат из Карачи зашёл в Новороссийск.", "ru", {"pakistan", "russia"}),
        # Russia's parliament, named without the country.
        ("Посол встретился с вице-спикером Совета Федерации.", "ru", {"russia"}),
        ("Делегация Госдумы прибыла в Исламабад.", "ru", {"pakistan", "russia"}),
    ],
)
def test_the_sides_a_text_names(text, language, sides):
    assert sides_named(text, language) == sides


def test_the_two_countries_are_both_sides():
    assert names_both_sides("Министры двух стран встретились.", "ru")
    # Between the countries, as English "the two countries"; not between others.
    assert names_both_sides("Поставки зерна между странами выросли.", "ru")
    assert names_both_sides("Торговля между нашими государствами окрепла.", "ru")
    assert not names_both_sides("Между тем страны Африки закупили зерно.", "ru")
    assert names_both_sides("دونوں ممالک نے اتفاق کیا۔", "ur")
    # "The joint exercises" of the report.
    assert names_both_sides("مشترکہ فوجی مشقیں دس روز جاری رہیں گی۔", "ur")
    assert not names_both_sides("مشترکہ اعلامیہ جاری کیا گیا۔", "ur")
    # Druzhba, by its Russian name.
    assert names_both_sides("تیسری دروزبا مشق پنجاب میں منعقد ہوئی۔", "ur")


@pytest.mark.parametrize(
    ("sentence", "trigger", "language", "planned"),
    [
        ("Переговоры состоятся в Москве.", "Переговоры", "ru", True),
        ("Министр планирует визит в Исламабад.", "визит", "ru", True),
        ("Переговоры прошли в Москве.", "Переговоры", "ru", False),
        # The perfective future of a happening verb is a plan of itself.
        ("Губернатор приедет в Пешавар.", "приедет", "ru", True),
        ("Министры обсудят тарифы.", "обсудят", "ru", True),
        ("Экспортеры поставят ячмень.", "поставят", "ru", True),
        ("Фонды заключат сделку.", "сделку", "ru", True),
        ("Спикер совершит визит в Сочи.", "визит", "ru", True),
        ("Фрегаты зайдут в порт Гвадар.", "зайдут", "ru", True),
        ("Инженеры запустят линию.", "запустят", "ru", True),
        ("Оборот увеличится вдвое.", "увеличится", "ru", True),
        ("Фонды заключили сделку.", "сделку", "ru", False),
        # Set for a date or in preparation.
        ("Приезд губернатора намечен на осень.", "Приезд", "ru", True),
        ("Готовится визит сенаторов в Лахор.", "визит", "ru", True),
        ("Стороны уточняют детали готовящейся встречи.", "встречи", "ru", True),
        ("وزیراعظم روس کا دورہ کریں گے۔", "دورہ", "ur", True),
        ("ملاقات کا امکان ہے۔", "ملاقات", "ur", True),
        ("وزیراعظم نے روس کا دورہ کیا۔", "دورہ", "ur", False),
        # The progressive of a schedule: arriving today, still to come.
        ("وزیر خارجہ آج ماسکو پہنچ رہے ہیں۔", "پہنچ", "ur", True),
        ("دونوں وزرا کی ملاقات جلد ہونے والی ہے۔", "ملاقات", "ur", True),
    ],
)
def test_plan_markers_of_each_language(sentence, trigger, language, planned):
    start = sentence.index(trigger)
    assert is_planned(sentence, start, start + len(trigger), language) is planned


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "language", "expected"),
    [
        (
            "В Пакистане 20 января прошли переговоры министров двух стран.",
            "прошли", "20 января", "ru",
            "В Пакистане прошли переговоры министров двух стран",
        ),
        (
            "МОСКВА, 3 марта. /ТАСС/. Делегации провели переговоры во вторник.",
            "провели", "вторник", "ru",
            "Делегации провели переговоры",
        ),
        (
            # A long clause keeps its subject when its verb fits the title.
            "Министр иностранных дел России Сергей Лавров и его пакистанский коллега 5 мая "
            "подписали в Москве протокол о сотрудничестве в области энергетики и транспорта.",
            "подписали", "5 мая", "ru",
            "Министр иностранных дел России Сергей Лавров и его пакистанский коллега подписали в "
            "Москве протокол",
        ),
        (
            "وزیر خارجہ پیر کو اسلام آباد پہنچے اور ملاقات کی۔",
            "پہنچے", "پیر", "ur",
            "وزیر خارجہ اسلام آباد پہنچے",
        ),
    ],
)  # fmt: skip
def test_titles_stay_in_the_language_without_the_date_words(
    sentence, trigger, date, language, expected
):
    at = sentence.index(date)
    assert title(sentence, sentence.index(trigger), (at, at + len(date)), language) == expected


@pytest.mark.parametrize(
    ("text", "language", "third_party"),
    [
        ("переговоры в Вашингтоне", "ru", True),
        ("американская делегация", "ru", True),
        # A currency names no country of the story.
        ("свыше миллиарда американских долларов", "ru", False),
        ("5 млрд долларов США", "ru", False),
        # The other ports of a cruise that calls at Karachi.
        ("затем отряд посетил Шри-Ланку", "ru", True),
        ("вьетнамские моряки", "ru", True),
        ("امریکی وزیر خارجہ", "ur", True),
        ("ایک ارب امریکی ڈالر", "ur", False),
    ],
)
def test_third_countries_but_not_their_currencies(text, language, third_party):
    assert bool(LANGUAGES[language].THIRD_PARTIES.search(text)) is third_party


def test_a_russian_verb_of_visiting_is_no_noun_of_it():
    found = happening_words("Посол часто посещал Карачи до посещения Лахора.", "ru")
    assert [(word, noun) for _, _, word, _, noun in found] == [
        ("посещал", False),
        ("посещения", True),
    ]


def test_the_longest_russian_stem_tells_a_verb_from_the_noun_that_begins_it():
    found = happening_words("Стороны договорились изменить договор о поставках.", "ru")
    assert [(word, noun) for _, _, word, _, noun in found] == [
        ("договорились", False),
        ("договор", True),
        ("поставках", True),
    ]


def test_urdu_talks_are_a_noun_but_this_matter_is_no_talks():
    sentence = "وزیر نے اس بات پر زور دیا اور یہ بات دہرائی کہ بات چیت جاری رہے گی۔"
    found = happening_words(sentence, "ur")
    assert [(word, kind, noun) for _, _, word, kind, noun in found] == [
        ("بات", "meeting", True),
    ]


def test_urdu_start_after_an_infinitive_is_begin_to_and_no_start():
    sentence = "مشقیں کل شروع ہوں گی اور پھر کرایہ کم ہونا شروع ہو جائے گا۔"
    found = happening_words(sentence, "ur")
    assert [(start, word, kind) for start, _, word, kind, _ in found] == [
        (0, "مشقیں", "exercise"),
        (9, "شروع", "construction"),
    ]


def test_urdu_import_typed_in_two_words_is_no_arrival():
    sentence = "روس سے تیل در آمد کیا جائے گا اور وفد کی آمد کل ہوگی۔"
    found = happening_words(sentence, "ur")
    assert [(word, kind, noun) for _, _, word, kind, noun in found] == [
        ("در آمد", "supply", True),
        ("آمد", "visit", True),
    ]
