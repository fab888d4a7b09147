"""Russian and Urdu dates, case by case, against a publication on Wednesday 16 October 2024.

Sentences are written for these tests; expected readings were worked out from the calendar.
"""

import datetime

import pytest

from timeline.dates import resolve_dates

PUBLISHED = datetime.date(2024, 10, 16)  # Wednesday


def case(language, sentence, text, value, start, end, precision):
    return pytest.param(
        language, sentence, text, value, start, end, precision, id=f"{language}|{text}"
    )


def day(language, sentence, text, iso):
    return case(language, sentence, text, iso, iso, iso, "day")


CASES = [
    # Russian weekdays after в/во, by tense.
    day("ru", "Министр прибыл в Исламабад во вторник.", "вторник", "2024-10-15"),
    day("ru", "В понедельник делегации обменялись письмами.", "понедельник", "2024-10-14"),
    day("ru", "Переговоры состоятся в пятницу в Москве.", "пятницу", "2024-10-18"),
    day("ru", "В прошлую субботу посол встретился с министром.", "прошлую субботу", "2024-10-12"),
    # Russian months in their cases.
    day("ru", "Соглашение подписали 21 октября 2019 года.", "21 октября 2019 года", "2019-10-21"),
    case("ru", "Форум пройдёт с 21 октября по 4 ноября.", "21 октября по 4 ноября",
         "2024-10-21", "2024-10-21", "2024-11-04", "day"),
    case("ru", "В июле стороны провели консультации.", "июле",
         "2024-07", "2024-07-01", "2024-07-31", "month"),
    # A pair of years takes the plural «годов»: each year is read.
    case("ru", "Итоги консультаций 2019 и 2020 годов подвели в Москве.", "2020 годов",
         "2020", "2020-01-01", "2020-12-31", "year"),
    # Done in the report's own month: by the report's day, and «ранее» before that day.
    case("ru", "В октябре регулятор одобрил новое лекарство.", "октябре",
         "2024-10", "2024-10-01", "2024-10-16", "month"),
    case("ru", "Ранее в октябре стороны обменялись нотами.", "октябре",
         "2024-10", "2024-10-01", "2024-10-15", "month"),
    case("ru", "В декабре министр посетит Карачи.", "декабре",
         "2024-12", "2024-12-01", "2024-12-31", "month"),
    # An invitation's month is that of what one is invited to: ahead, though told in the past.
    case("ru", "Президент пригласил премьера посетить Москву в ноябре.", "ноябре",
         "2024-11", "2024-11-01", "2024-11-30", "month"),
    case("ru", "Спикер пригласила коллег на форум в марте.", "марте",
         "2025-03", "2025-03-01", "2025-03-31", "month"),
    # The last twenty-four hours: the day before and the report's day.
    case("ru", "За минувшие сутки самолёты совершили пять рейсов.", "минувшие сутки",
         "2024-10-15", "2024-10-15", "2024-10-16", "day"),
    # Last night: from the evening before into the report's day.
    case("ru", "Грузовой самолёт приземлился в Карачи минувшей ночью.", "минувшей ночью",
         "2024-10-15", "2024-10-15", "2024-10-16", "day"),
    case("ru", "Прошлой ночью делегация вернулась в Москву.", "Прошлой ночью",
         "2024-10-15", "2024-10-15", "2024-10-16", "day"),
    # «на» + the accusative: the month a plan is set or moved to.
    case("ru", "Заседание комиссии назначено на февраль.", "февраль",
         "2025-02", "2025-02-01", "2025-02-28", "month"),
    case("ru", "Поездку министра перенесли на июнь.", "июнь",
         "2025-06", "2025-06-01", "2025-06-30", "month"),
    # «прошлой весной», «следующим летом»: the season just over or the next to come, not the
    # calendar year's shift («весной прошлого года»).
    case("ru", "Маршрут согласовали прошлой весной.", "прошлой весной",
         "2024-SP", "2024-03-01", "2024-05-31", "season"),
    case("ru", "Прошлым летом министр приезжал в Карачи.", "Прошлым летом",
         "2024-SU", "2024-06-01", "2024-08-31", "season"),
    case("ru", "Следующим летом делегация приедет в Лахор.", "Следующим летом",
         "2025-SU", "2025-06-01", "2025-08-31", "season"),
    # The long participle of a plan sets no tense: a forum «запланированного на» two days
    # before the report was this October's; the short form still tells a plan ahead.
    case("ru", "Отмена запланированного на 14-15 октября международного форума стала сюрпризом.",
         "14-15 октября", "2024-10-14", "2024-10-14", "2024-10-15", "day"),
    day("ru", "Новый форум запланирован на 14 октября.", "14 октября", "2025-10-14"),
    # Early, mid and late in a year: January–April, May–August, September–December.
    case("ru", "Спикер может приехать в конце 2025 года.", "конце 2025 года",
         "2025", "2025-09-01", "2025-12-31", "year"),
    case("ru", "Учения пройдут в начале следующего года.", "начале следующего года",
         "2025", "2025-01-01", "2025-04-30", "year"),
    case("ru", "Министр обещал приехать в конце года.", "конце года",
         "2024", "2024-09-01", "2024-12-31", "year"),
    # Its halves: January–June and July–December.
    case("ru", "Во второй половине 2023 года поставки сократились.", "второй половине 2023 года",
         "2023", "2023-07-01", "2023-12-31", "year"),
    # A decade by its first year: «в 1980-х годах», and the short form with the year word.
    case("ru", "Завод строили в 1970-х годах при помощи СССР.", "1970-х годах",
         "197", "1970-01-01", "1979-12-31", "decade"),
    case("ru", "Торговля выросла в 90-х годах.", "90-х годах",
         "199", "1990-01-01", "1999-12-31", "decade"),
    case("ru", "В 2000-е стороны редко встречались.", "2000-е",
         "200", "2000-01-01", "2009-12-31", "decade"),
    # A year with only its ordinal's ending.
    case("ru", "До того, в 1999-м, Москву посетил премьер.", "1999-м",
         "1999", "1999-01-01", "1999-12-31", "year"),
    case("ru", "В августе 2021-го делегация побывала в Карачи.", "августе 2021-го",
         "2021-08", "2021-08-01", "2021-08-31", "month"),
    # A day word's adjective with «день»: «с завтрашнего дня» is from tomorrow.
    day("ru", "С завтрашнего дня в Карачи начнутся учения.", "завтрашнего дня", "2024-10-17"),
    day("ru", "Со вчерашнего дня делегация находится в Москве.", "вчерашнего дня", "2024-10-15"),
    # Months from one to another: the year is the last month's, as for that month alone.
    case("ru", "Экспорт в январе-июле прошлого года составил 40 млн долларов.",
         "январе-июле прошлого года", "2023", "2023-01-01", "2023-07-31", "month"),
    case("ru", "В январе–августе поставки выросли на треть.", "январе–августе",
         "2024", "2024-01-01", "2024-08-31", "month"),
    case("ru", "В декабре-феврале ожидаются поставки зерна.", "декабре-феврале",
         "2024-12", "2024-12-01", "2025-02-28", "month"),
    case("ru", "В марте-мае 2021 года прошли консультации.", "марте-мае 2021 года",
         "2021", "2021-03-01", "2021-05-31", "month"),
    # The same span in words, its year after the last month: «с февраля по июнь 2022 года».
    case("ru", "Поставки зерна с февраля по июнь 2022 года выросли вдвое.",
         "с февраля по июнь 2022 года", "2022", "2022-02-01", "2022-06-30", "month"),
    case("ru", "С марта до мая делегации обменялись тремя визитами.", "С марта до мая",
         "2024", "2024-03-01", "2024-05-31", "month"),
    # Early, mid and late in a month: days 1–10, 11–20, 21 to the end.
    case("ru", "В начале апреля делегация побывала в Лахоре.", "начале апреля",
         "2024-04", "2024-04-01", "2024-04-10", "month"),
    case("ru", "В конце февраля прошли консультации.", "конце февраля",
         "2024-02", "2024-02-21", "2024-02-29", "month"),
    # What is due by the end of a month or a year is dated by that end.
    case("ru", "Первую партию зерна рассчитывают отгрузить к концу января.", "концу января",
         "2025-01", "2025-01-21", "2025-01-31", "month"),
    case("ru", "Завод обещают достроить к концу 2026 года.", "концу 2026 года",
         "2026", "2026-09-01", "2026-12-31", "year"),
    # A month's halves: days 1–15 and 16 to the end; a plan's month is ahead of the report.
    case("ru", "Глава МИД намерен приехать в первой половине декабря.", "первой половине декабря",
         "2024-12", "2024-12-01", "2024-12-15", "month"),
    case("ru", "Во второй половине сентября стороны обменялись нотами.", "второй половине сентября",
         "2024-09", "2024-09-16", "2024-09-30", "month"),
    case("ru", "Визит ожидается в первом квартале 2025 года.", "первом квартале 2025 года",
         "2025-Q1", "2025-01-01", "2025-03-31", "quarter"),
    case("ru", "В мае прошлого года министры встретились.", "мае прошлого года",
         "2023-05", "2023-05-01", "2023-05-31", "month"),
    day("ru", "Встреча прошла в среду, 16 октября, в Кремле.", "16 октября", "2024-10-16"),
    day("ru", "Документ датирован 03.02.2022 и опубликован позже.", "03.02.2022", "2022-02-03"),
    day("ru", "НЬЮ-ДЕЛИ, 5 авг – РИА Новости. Министры встретились.", "5 авг", "2024-08-05"),
    day("ru", "Москва, 3 сент. Переговоры прошли.", "3 сент.", "2024-09-03"),
    # A month «в» which a past happened is the last one, however far back; a saying before
    # a что-clause tells nothing of the tense of a month inside it.
    case("ru", "В ноябре делегация подписала протокол в Москве.", "ноябре",
         "2023-11", "2023-11-01", "2023-11-30", "month"),
    case("ru", "Газета писала, что министр может в феврале посетить Пакистан.", "феврале",
         "2025-02", "2025-02-01", "2025-02-28", "month"),
    # A week of a month by its order: days 1–7, 8–14 …, the last one the month's last seven.
    case("ru", "Первый груз придёт в первую неделю декабря.", "первую неделю декабря",
         "2024-12", "2024-12-01", "2024-12-07", "month"),
    case("ru", "Консультации прошли на последней неделе сентября.", "последней неделе сентября",
         "2024-09", "2024-09-24", "2024-09-30", "month"),
    case("ru", "В конце прошедшего года стороны парафировали соглашение.",
         "конце прошедшего года", "2023", "2023-09-01", "2023-12-31", "year"),
    # A season with its year or a shift word; TimeML's seasons are meteorological.
    case("ru", "Весной 2023 года министры провели переговоры.", "Весной 2023 года",
         "2023-SP", "2023-03-01", "2023-05-31", "season"),
    case("ru", "Летом прошлого года в Карачи прошли учения.", "Летом прошлого года",
         "2023-SU", "2023-06-01", "2023-08-31", "season"),
    # Early and late in a week: Monday to Wednesday, Thursday to Sunday.
    case("ru", "Контракт подписали в конце прошлой недели.", "конце прошлой недели",
         "2024-W41", "2024-10-10", "2024-10-13", "week"),
    case("ru", "Делегация прибудет в начале следующей недели.", "начале следующей недели",
         "2024-W43", "2024-10-21", "2024-10-23", "week"),
    case("ru", "Делегация может прибыть 20−22 октября.", "20−22 октября",
         "2024-10-20", "2024-10-20", "2024-10-22", "day"),
    # Russian days and periods counted from publication.
    day("ru", "Вчера посол вручил верительные грамоты.", "Вчера", "2024-10-15"),
    day("ru", "Сегодня в Кремле прошла встреча.", "Сегодня", "2024-10-16"),
    day("ru", "Накануне министр провёл телефонный разговор.", "Накануне", "2024-10-15"),
    case("ru", "В прошлом году товарооборот вырос.", "прошлом году",
         "2023", "2023-01-01", "2023-12-31", "year"),
    # The year so far ends at the report, as English "earlier this year"; the whole year
    # stays when the words name it alone.
    case("ru", "За месяцы этого года в страну завезли тысячу тонн чая.", "За месяцы этого года",
         "2024", "2024-01-01", "2024-10-16", "year"),
    case("ru", "С начала текущего года грузы идут по новому маршруту.", "С начала текущего года",
         "2024", "2024-01-01", "2024-10-16", "year"),
    case("ru", "В этом году флот проведет два похода.", "этом году",
         "2024", "2024-01-01", "2024-12-31", "year"),
    case("ru", "На следующей неделе начнутся переговоры.", "следующей неделе",
         "2024-W43", "2024-10-21", "2024-10-27", "week"),
    case("ru", "Три года назад стороны договорились.", "Три года назад",
         "2021", "2021-01-01", "2021-12-31", "year"),
    case("ru", "Встреча состоялась год назад в Астане.", "год назад",
         "2023", "2023-01-01", "2023-12-31", "year"),
    # Russian years with г. and году.
    case("ru", "Меморандум подписан в 2015 г. в Москве.", "2015 г.",
         "2015", "2015-01-01", "2015-12-31", "year"),
    case("ru", "В 2017 году проект заморозили.", "2017 году",
         "2017", "2017-01-01", "2017-12-31", "year"),
    case("ru", "Учения прошли в 2019 и 2020 гг. в Пакистане.", "2019",
         "2019", "2019-01-01", "2019-12-31", "year"),
    case("ru", "Учения прошли в 2019 и 2020 гг. в Пакистане.", "2020 гг.",
         "2020", "2020-01-01", "2020-12-31", "year"),
    case("ru", "Учения пройдут с 3 по 9 ноября.", "3 по 9 ноября",
         "2024-11-03", "2024-11-03", "2024-11-09", "day"),
    # "тогда" is the time just named.
    case("ru", "В марте 2021 года министр прилетел в Пакистан. Тогда стороны обсудили энергетику.",
         "Тогда", "2021-03", "2021-03-01", "2021-03-31", "month"),
    # Urdu weekdays with کو, by tense.
    day("ur", "وزیر خارجہ پیر کو ماسکو پہنچے۔", "پیر", "2024-10-14"),
    day("ur", "وزیراعظم جمعہ کو روس کا دورہ کریں گے۔", "جمعہ", "2024-10-18"),
    day("ur", "بدھ کو دونوں وزرا نے ملاقات کی۔", "بدھ", "2024-10-16"),
    # A space typed before ھ, which never begins a word, leaves the weekday one word.
    day("ur", "بد ھ کے روز سفیر نے گورنر سے ملاقات کی۔", "بد ھ", "2024-10-16"),
    day("ur", "ہفتے کو اجلاس ہوا۔", "ہفتے", "2024-10-12"),
    # Urdu today, and کل as yesterday or tomorrow by the verb.
    day("ur", "آج دونوں ممالک نے معاہدے پر دستخط کیے۔", "آج", "2024-10-16"),
    day("ur", "کل وزیر خارجہ ماسکو روانہ ہوں گے۔", "کل", "2024-10-17"),
    # "کل پاکستان" is all-Pakistan, but "آج پاکستان" today in Pakistan.
    day("ur", "روسی وزیر آج پاکستان پہنچ رہے ہیں۔", "آج", "2024-10-16"),
    day("ur", "کل روسی وفد نے وزارت خارجہ کا دورہ کیا تھا۔", "کل", "2024-10-15"),
    day("ur", "وزیر نے کل ماسکو میں گفتگو کی۔", "کل", "2024-10-15"),
    # A number of days after کل counts a stay, not a total: tomorrow, on a three-day visit.
    day("ur", "وزیر کل 3 روزہ دورے پر ماسکو پہنچیں گے۔", "کل", "2024-10-17"),
    day("ur", "گزشتہ روز روسی سفیر نے وزیر سے ملاقات کی۔", "گزشتہ روز", "2024-10-15"),
    # "گزشتہ شام" is yesterday evening, as "گزشتہ شب" is last night.
    day("ur", "گزشتہ شام روسی بحری جہاز بندرگاہ پر لنگر انداز ہوا۔", "گزشتہ شام", "2024-10-15"),
    # Urdu periods, months and years.
    case("ur", "گزشتہ سال تجارت میں اضافہ ہوا۔", "گزشتہ سال",
         "2023", "2023-01-01", "2023-12-31", "year"),
    case("ur", "اگلے ہفتے مذاکرات کا امکان ہے۔", "اگلے ہفتے",
         "2024-W43", "2024-10-21", "2024-10-27", "week"),
    case("ur", "ستمبر میں وفد نے اسلام آباد کا دورہ کیا۔", "ستمبر",
         "2024-09", "2024-09-01", "2024-09-30", "month"),
    case("ur", "ستمبر کے مہینے میں مذاکرات ہوئے۔", "ستمبر کے مہینے",
         "2024-09", "2024-09-01", "2024-09-30", "month"),
    case("ur", "تیل کی کھیپ دسمبر کے پہلے ہفتے میں پہنچے گی۔", "دسمبر کے پہلے ہفتے",
         "2024-12", "2024-12-01", "2024-12-07", "month"),
    day("ur", "21 اکتوبر 2019 کو ملاقات ہوئی۔", "21 اکتوبر 2019", "2019-10-21"),
    day("ur", "۱۲ اگست کو وزیر نے دورہ کیا۔", "۱۲ اگست", "2024-08-12"),
    case("ur", "2015میں معاہدہ ہوا تھا۔", "2015", "2015", "2015-01-01", "2015-12-31", "year"),
    # An exercise counted, not named, is dated by the year after it.
    case("ur", "دوسری مشق 2018 میں روس میں ہوئی۔", "2018", "2018", "2018-01-01", "2018-12-31",
         "year"),
    case("ur", "۲۰۱۵ء میں گیس پائپ لائن کا معاہدہ ہوا۔", "۲۰۱۵ء",
         "2015", "2015-01-01", "2015-12-31", "year"),
    case("ur", "٢٠١٨ میں دونوں ممالک نے مشقیں کیں۔", "٢٠١٨",
         "2018", "2018-01-01", "2018-12-31", "year"),
    case("ur", "تین سال قبل معاہدہ ہوا۔", "تین سال قبل",
         "2021", "2021-01-01", "2021-12-31", "year"),
    # A year written out in words, and a date line in English.
    case("ur", "برآمد دوہزار سولہ میں شروع ہوگی۔", "دوہزار سولہ",
         "2016", "2016-01-01", "2016-12-31", "year"),
    day("ur", "روسی دستہ پاکستان پہنچ گیا\nNovember 5, 2020", "November 5, 2020", "2020-11-05"),
    day("ur", "Sep 14, 2021 وزیراعظم نے گفتگو کی۔", "Sep 14, 2021", "2021-09-14"),
    # A month before an invitation is the invited visit's, ahead whatever the inviting's tense;
    # "کی دعوت پر" (at the invitation of) leaves the arrival in the past.
    case("ur", "وزیر نے انہیں فروری میں دورہ روس کی دعوت دی۔", "فروری",
         "2025-02", "2025-02-01", "2025-02-28", "month"),
    day("ur", "وزیر 12 ستمبر کو ڈار کی دعوت پر اسلام آباد پہنچے۔", "12 ستمبر", "2024-09-12"),
    # After کہ the clause's own verb, last in it, tells the date's tense, not the saying.
    day("ur", "ترجمان نے بتایا کہ مزید جہاز 20 مارچ تک بندرگاہ پہنچ جائیں گے۔", "20 مارچ",
        "2025-03-20"),
    # The start, middle and end of a year: January–April, May–August, September–December.
    case("ur", "رواں سال کے آغاز میں وزیر نے ماسکو کا دورہ کیا تھا۔", "رواں سال کے آغاز",
         "2024", "2024-01-01", "2024-04-30", "year"),
    case("ur", "2019 کے آخر میں معاہدہ ہوا۔", "2019 کے آخر",
         "2019", "2019-09-01", "2019-12-31", "year"),
    case("ur", "رواں ماہ کے آخر میں معاہدہ ہوگا۔", "رواں ماہ کے آخر",
         "2024-10", "2024-10-21", "2024-10-31", "month"),
    # The present of a schedule before a weekday is the coming one, and a past verb in the
    # attribution after a comma tells of another clause.
    day("ru", "Делегация прибывает в понедельник.", "понедельник", "2024-10-21"),
    day("ru", "Военные прибыли на полигон для учений, которые стартуют в субботу, сообщили в "
        "штабе.", "субботу", "2024-10-19"),
    # «с» + month: "since" the last one with what goes on or has happened, "from" the next
    # one with a future.
    case("ru", "Стороны ведут переговоры с ноября.", "ноября",
         "2023-11", "2023-11-01", "2023-11-30", "month"),
    case("ru", "Соглашение действует с декабря.", "декабря",
         "2023-12", "2023-12-01", "2023-12-31", "month"),
    case("ru", "С декабря стороны обменялись тремя делегациями.", "декабря",
         "2023-12", "2023-12-01", "2023-12-31", "month"),
    case("ru", "С ноября тарифы вырастут.", "ноября",
         "2024-11", "2024-11-01", "2024-11-30", "month"),
    # ، between the clauses of a chain: the future of the clause before tells nothing.
    day("ur", "تیل ریفائنری کو منتقل کیا جائے گا، 11 جون کو پہلا جہاز تیل لے کر آیا تھا۔",
        "11 جون", "2024-06-11"),
    # A range giving each day its month.
    case("ur", "مشق 15ستمبر سے 27 ستمبر تک جاری رہی۔", "15ستمبر سے 27 ستمبر",
         "2024-09-15", "2024-09-15", "2024-09-27", "day"),
    case("ur", "نمائش 28 اکتوبر سے 2 نومبر تک ہوگی۔", "28 اکتوبر سے 2 نومبر",
         "2024-10-28", "2024-10-28", "2024-11-02", "day"),
    # A year typed against its month; a letter after the month's name makes another word.
    case("ur", "کمپنی سے سمجھوتہ نومبر2016 میں ہوا تھا۔", "نومبر2016",
         "2016-11", "2016-11-01", "2016-11-30", "month"),
    case("ur", "جونیئر افسران کا تبادلہ 2019 میں ہوا۔", "2019",
         "2019", "2019-01-01", "2019-12-31", "year"),
    # "These days" dates a stay or a progressive under way as the report is written.
    day("ur", "روسی بحریہ کے سربراہ آج کل پاکستان کے دورے پر ہیں۔", "آج کل", "2024-10-16"),
    day("ur", "دونوں وفود آج کل تجارتی امور پر بات کر رہے ہیں۔", "آج کل", "2024-10-16"),
    # A part of a year whose digits touch کے.
    case("ur", "سڑک کی تعمیر 2027کے آخر تک مکمل ہوگی۔", "2027کے آخر",
         "2027", "2027-09-01", "2027-12-31", "year"),
    # A dateline joins month and year with ۔.
    day("ur", "لاہور (اے پی پی۔12 مارچ۔2019ء) وفد پہنچ گیا۔", "12 مارچ۔2019ء", "2019-03-12"),
    # Urdu days written in words before the month.
    day("ur", "پہلا تجارتی قافلہ گیارہ ستمبر کو تاشقند پہنچا۔", "گیارہ ستمبر", "2024-09-11"),
    day("ur", "کمیشن نے اکتیس اگست کو سفارشات منظور کیں۔", "اکتیس اگست", "2024-08-31"),
    case("ur", "وفود کی بات چیت چار سے چھ نومبر تک ہوگی۔", "چار سے چھ نومبر",
         "2024-11-04", "2024-11-04", "2024-11-06", "day"),
    # کل before a weekday: the weekday says yesterday or tomorrow, whatever the verb.
    day("ur", "سینیٹر نے لکھا کہ اجلاس کل جمعرات کو ہوگا۔", "کل جمعرات", "2024-10-17"),
    day("ur", "وفد کل منگل کو لاہور گیا تھا۔", "کل منگل", "2024-10-15"),
    # A paper's day in brackets after آج says which day "today" is: the site posted the
    # morning paper's copy the evening before, or the day after.
    day("ur", "تجارتی وفد آج (جمعرات) ماسکو روانہ ہوگا۔", "آج (جمعرات)", "2024-10-17"),
    day("ur", "دونوں وزرا کی ملاقات آج (منگل) ہوئی۔", "آج (منگل)", "2024-10-15"),
    day("ur", "روسی سفیر آج (بدھ) لاہور پہنچیں گے۔", "آج (بدھ)", "2024-10-16"),
    # آج typed against the word before it, which ends in a letter that never joins.
    day("ur", "پاکستانی وفدآج ماسکو پہنچے گا۔", "آج", "2024-10-16"),
    day("ur", "روسی وفد دو روزہ دورے پرکل لاہور پہنچے گا۔", "کل", "2024-10-17"),
    # A weekday typed against its postposition.
    day("ur", "مذاکرات کا دوسرا دور پیرکے روز ہوگا۔", "پیر", "2024-10-21"),
    day("ur", "روسی جہاز اتوارکو کراچی پہنچا۔", "اتوار", "2024-10-13"),
    # اور after the auxiliary that ends a clause opens the next: its own verb is ahead.
    day("ur", "حکومت نے منظوری دے دی ہے اور جمعہ کو وفد روس روانہ ہوگا۔", "جمعہ",
        "2024-10-18"),
    # بروز (on) or a shift before a weekday dates it with no postposition after; "آئندہ
    # ہفتے" stays next week.
    day("ur", "دونوں وفود کا اجلاس بروز جمعہ ہوگا۔", "بروز جمعہ", "2024-10-18"),
    day("ur", "روسی وزیر گزشتہ منگل کراچی آئے تھے۔", "گزشتہ منگل", "2024-10-15"),
    case("ur", "روسی وزیر آئندہ ہفتے کراچی آئیں گے۔", "آئندہ ہفتے",
         "2024-W43", "2024-10-21", "2024-10-27", "week"),
    # Pakistan's fiscal year, July to June.
    case("ur", "مالی سال 2022-23 میں دونوں ملکوں کی تجارت بڑھی۔", "مالی سال 2022-23",
         "2023", "2022-07-01", "2023-06-30", "year"),
    # Early, mid and late in a named month; a month of the year named by its distance.
    case("ur", "روسی وفد اگست کے وسط میں لاہور آیا تھا۔", "اگست کے وسط",
         "2024-08", "2024-08-11", "2024-08-20", "month"),
    case("ur", "دونوں ملکوں کا اجلاس نومبر کے آغاز میں ہوگا۔", "نومبر کے آغاز",
         "2024-11", "2024-11-01", "2024-11-10", "month"),
    case("ur", "گزشتہ سال نومبر میں معاہدہ طے پایا۔", "گزشتہ سال نومبر",
         "2023-11", "2023-11-01", "2023-11-30", "month"),
    # "کل پاکستان" is tomorrow when an arrival follows (else all-Pakistan).
    day("ur", "روسی نائب وزیر کل پاکستان پہنچیں گے۔", "کل", "2024-10-17"),
    # So it is before Pakistan's own offices: "کل پاکستان کے" is no all-Pakistan.
    day("ur", "روسی وفد کل پاکستان کے وزیر تجارت سے بات چیت کرے گا۔", "کل", "2024-10-17"),
    # A year typed against a word ending in a letter that never joins the next.
    case("ur", "دونوں ملکوں نے معاہدے پر2019میں دستخط کیے تھے۔", "2019",
         "2019", "2019-01-01", "2019-12-31", "year"),
    # The name Sergey ends in "گئی" but is no past: کل before a future is tomorrow.
    day("ur", "سرگئی لاوروف کل ماسکو میں پاکستانی وزیر سے ملیں گے۔", "کل", "2024-10-17"),
    # «چکا» (done already) is a past: کل before it is yesterday.
    day("ur", "روسی وفد کل کراچی پہنچ چکا ہے۔", "کل", "2024-10-15"),
    # A week or a day of a month named by its distance.
    case("ur", "مذاکرات اگلے ماہ کے دوسرے ہفتے میں ہوں گے۔", "اگلے ماہ کے دوسرے ہفتے",
         "2024-11", "2024-11-08", "2024-11-14", "month"),
    day("ur", "روسی وفد رواں ماہ کی 28 تاریخ کو کراچی پہنچے گا۔", "رواں ماہ کی 28 تاریخ",
        "2024-10-28"),
    day("ur", "وزیر گزشتہ ماہ کی 9 تاریخ کو ماسکو گئے تھے۔", "گزشتہ ماہ کی 9 تاریخ", "2024-09-09"),
    # A week of a plan still ahead in the month of publication is this year's.
    case("ur", "روسی وزیر کا دورہ اکتوبر کے آخری ہفتے میں متوقع ہے۔", "اکتوبر کے آخری ہفتے",
         "2024-10", "2024-10-25", "2024-10-31", "month"),
    # "is expected to", "is about to": what is still to come.
    day("ur", "تجارتی جہاز کے جمعہ کو گوادر پہنچنے کی امید ہے۔", "جمعہ", "2024-10-18"),
    day("ur", "دونوں وزرا کی بات چیت ہفتے کو ہونے والی ہے۔", "ہفتے", "2024-10-19"),
    # گا/گی/گے after a form that also reads as a past: the subjunctive typed apart from
    # its future ending, and the passive future.
    day("ur", "وزیر دفاع جمعرات کو دو روزہ دورے پر کابل پہنچے گے۔", "جمعرات", "2024-10-17"),
    day("ur", "تجارتی معاہدے پر ہفتے کو دستخط کیے جائیں گے۔", "ہفتے", "2024-10-19"),
    day("ur", "مشترکہ اعلامیہ جمعہ کو جاری کیا جائےگا۔", "جمعہ", "2024-10-18"),
    # The past's تھا typed against a verb ending in a letter that never joins the next.
    day("ur", "تجارتی وفد کل کراچی آیاتھا۔", "کل", "2024-10-15"),
    # A plan for this year or this month is for what is left of it; a past one is of all of it.
    case("ur", "روسی وزیر اعظم اس سال پاکستان آئیں گے۔", "اس سال",
         "2024", "2024-10-16", "2024-12-31", "year"),
    case("ur", "رواں ماہ دونوں ممالک معاہدے پر دستخط کریں گے۔", "رواں ماہ",
         "2024-10", "2024-10-16", "2024-10-31", "month"),
    case("ur", "روسی وزیر اعظم اس سال پاکستان آئے تھے۔", "اس سال",
         "2024", "2024-01-01", "2024-12-31", "year"),
    # Months from one to another, with their year or with a postposition after them.
    case("ur", "مارچ سے مئی 2021 میں دو طرفہ تجارت بڑھی۔", "مارچ سے مئی 2021",
         "2021", "2021-03-01", "2021-05-31", "month"),
    case("ur", "پاکستان کی برآمدات جنوری تا اگست میں کم ہوئیں۔", "جنوری تا اگست",
         "2024", "2024-01-01", "2024-08-31", "month"),
    # Years from one to another: between two years, from one to the next, the first typed
    # against the word before it.
    case("ur", "سوویت ماہرین نے1975 اور 1985 کے درمیان کراچی میں کام کیا۔",
         "1975 اور 1985 کے درمیان", "1975", "1975-01-01", "1985-12-31", "year"),
    case("ur", "2016 سے 2019 تک دونوں افواج نے مشقیں کیں۔", "2016 سے 2019 تک",
         "2016", "2016-01-01", "2019-12-31", "year"),
    # A few days ago: two to nine days before the report.
    case("ur", "وزیر نے چند روز قبل ماسکو کا دورہ کیا تھا۔", "چند روز قبل",
         "2024-10-07", "2024-10-07", "2024-10-14", "day"),
    case("ur", "کچھ دن پہلے روسی وفد لاہور آیا تھا۔", "کچھ دن پہلے",
         "2024-10-07", "2024-10-07", "2024-10-14", "day"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence", "text", "value", "start", "end", "precision"), CASES
)
def test_russian_and_urdu_dates(language, sentence, text, value, start, end, precision):
    mentions = [m for m in resolve_dates(sentence, PUBLISHED, language) if m.text == text]
    assert mentions, [m.text for m in resolve_dates(sentence, PUBLISHED, language)]
    mention = mentions[0]
    assert sentence[mention.start : mention.end] == text
    assert (mention.value, mention.precision) == (value, precision), mention.rule
    assert mention.start_date == datetime.date.fromisoformat(start), mention.rule
    assert mention.end_date == datetime.date.fromisoformat(end), mention.rule


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Накануне визита министр дал интервью."),
        ("ru", "Окружающая среда пострадала от выбросов."),
        ("ru", "Майор прибыл в штаб."),
        ("ru", "Одни голосовали за, тогда как другие воздержались."),
        ("ru", "Завод выпускает 2015 тонн стали."),
        ("ur", "آج کل تجارت کم ہے۔"),
        ("ur", "آج کل دونوں ملکوں کے تعلقات اچھے نہیں تھے۔"),
        ("ur", "کل تعداد پانچ ہزار ہے۔"),
        ("ur", "کل 40 افراد شریک تھے۔"),
        ("ur", "کل اہم دن ہے۔"),
        ("ur", "دو ہزار روپے کی امداد دی گئی۔"),
        ("ur", "پیر صاحب نے دعا کی۔"),
        ("ur", "مشقوں کو دوستی 2017 کا نام دیا گیا۔"),
        # A year after an exercise's name, with the word for exercises between, is the name's.
        ("ur", "بحریہ کی امن مشقیں 2019 کا افتتاح ہوا۔"),
        ("ur", "امن مشقیں دو ہزار اکیس میں روس کا ایک جہاز بھی شامل ہے۔"),
        ("ur", "دوستی -2016 کی اختتامی تقریب ہوئی۔"),
        # No verb says yesterday or tomorrow: کی before a noun is the genitive, not "did".
        ("ur", "کل روسی وفد کی لاہور آمد"),
        # A few days before something the sentence names, not before the report.
        ("ur", "اجلاس سے چند روز قبل دورہ ملتوی کر دیا گیا۔"),
    ],
)
def test_words_that_are_not_dates_here(language, sentence):
    assert resolve_dates(sentence, PUBLISHED, language) == []


def test_each_reading_says_which_words_and_anchor_dated_it():
    (mention,) = resolve_dates("Переговоры состоятся в пятницу.", PUBLISHED, "ru")
    assert mention.rule == (
        "«в пятницу»: weekday Friday, future tense: next on or after 2024-10-16"
    )
    (mention,) = resolve_dates("کل وزیر خارجہ ماسکو روانہ ہوں گے۔", PUBLISHED, "ur")
    assert "future tense" in mention.rule and "2024-10-16" in mention.rule


def test_english_is_read_as_before_whatever_the_default():
    sentence = "Lavrov arrived in Islamabad on Tuesday."
    assert resolve_dates(sentence, PUBLISHED) == resolve_dates(sentence, PUBLISHED, "en")
    assert [m.value for m in resolve_dates(sentence, PUBLISHED)] == ["2024-10-15"]


def test_a_russian_same_day_with_nothing_before_it_is_the_story_day():
    text = "В этот же день делегация посетила верфь в Карачи."
    story_day = datetime.date(2024, 10, 12)
    (mention,) = resolve_dates(text, PUBLISHED, "ru", story_day)
    assert (mention.text, mention.start_date) == ("этот же день", story_day)
    # Without a story day, nothing says which day it was.
    assert resolve_dates(text, PUBLISHED, "ru") == []


def test_an_urdu_distance_before_the_days_it_holds_leaves_them_to_date():
    sentence = "روسی وزیر آئندہ ہفتے 21 سے 22 اکتوبر تک پاکستان کا دورہ کریں گے۔"
    found = resolve_dates(sentence, PUBLISHED, "ur")
    assert [(m.text, m.start_date, m.end_date) for m in found] == [
        ("21 سے 22 اکتوبر", datetime.date(2024, 10, 21), datetime.date(2024, 10, 22))
    ]
    # Without days after it, next week dates.
    sentence = "روسی وزیر آئندہ ہفتے پاکستان کا دورہ کریں گے۔"
    assert [m.precision for m in resolve_dates(sentence, PUBLISHED, "ur")] == ["week"]


def test_an_urdu_plan_for_this_month_written_on_its_last_day_is_for_the_next():
    plan = "روسی تجارتی وفد رواں ماہ کراچی آئے گا۔"
    last_day, day_before = datetime.date(2024, 4, 30), datetime.date(2024, 4, 29)
    ((value, start, end),) = [
        (m.value, m.start_date, m.end_date) for m in resolve_dates(plan, last_day, "ur")
    ]
    assert (value, start, end) == ("2024-05", datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))
    # A day earlier what is left of the month is still ahead, and a past is the month's.
    assert [m.value for m in resolve_dates(plan, day_before, "ur")] == ["2024-04"]
    past = "روسی تجارتی وفد رواں ماہ کراچی آیا تھا۔"
    assert [m.value for m in resolve_dates(past, last_day, "ur")] == ["2024-04"]
