"""Candidate events from Russian and Urdu reports, with sentences written for these tests."""

import datetime as dt

import pytest

from timeline.extraction import extract_candidates
from timeline.extraction.triggers import find_triggers
from timeline.languages.russian_forms import inflected
from timeline.tagging import ActorTagger, ActorTerms, SectorTagger

ACTORS = ActorTagger([
    ActorTerms("Sergey Lavrov", "person",
               inflected(("Сергей Лавров", "Лавров")) + ("سرگئی لاوروف", "لاوروف"), (), "russia"),
    ActorTerms("Ishaq Dar", "person", inflected(("Исхак Дар",)) + ("اسحاق ڈار",), (), "pakistan"),
    ActorTerms("Vladimir Putin", "person",
               inflected(("Владимир Путин", "Путин")) + ("ولادیمیر پیوٹن", "پیوٹن"), (), "russia"),
    ActorTerms("Shehbaz Sharif", "person",
               inflected(("Шахбаз Шариф", "Шариф")) + ("شہباز شریف",), (), "pakistan"),
    ActorTerms("Russia", "country", inflected(("Россия", "Москва")) + ("روس",), (), "russia"),
    ActorTerms("Pakistan", "country",
               inflected(("Пакистан", "Исламабад")) + ("پاکستان",), (), "pakistan"),
])  # fmt: skip
SECTORS = SectorTagger([])
PUBLISHED = dt.date(2024, 5, 14)


def candidates(text, language, published=PUBLISHED):
    """Candidates from text whose lines are its passages."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return extract_candidates(text, published, spans, ACTORS, SECTORS, language)


def quoted(found, text):
    return [(text[c.quote_start : c.quote_end], c.start_date, c.status) for c in found]


def test_a_russian_meeting_named_as_where_something_was_said_is_of_the_report_day():
    text = (
        "Связи с Пакистаном остаются приоритетом России.\n"
        "Об этом заявил Сергей Лавров в ходе переговоров с Исхаком Даром в Москве."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Об этом заявил Сергей Лавров в ходе переговоров с Исхаком Даром в Москве.",
         PUBLISHED, "occurred"),
    ]  # fmt: skip


def test_a_russian_meeting_the_speaker_opens_as_he_speaks_is_of_the_report_day():
    text = (
        "Торговля России и Пакистана должна расти.\n"
        "На это указал Сергей Лавров, открывая переговоры с Исхаком Даром."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("На это указал Сергей Лавров, открывая переговоры с Исхаком Даром.",
         PUBLISHED, "occurred"),
    ]  # fmt: skip


def test_a_russian_verbal_adverb_of_no_meeting_places_no_saying():
    text = (
        "Торговля России и Пакистана должна расти.\n"
        "На это указал Сергей Лавров, вспоминая переговоры с Исхаком Даром."
    )
    assert candidates(text, "ru") == []


def test_a_russian_verb_before_the_noun_reports_the_meeting():
    text = "Владимир Путин в рамках визита в Казахстан проводит встречу с Шахбазом Шарифом."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.continues) == ("meeting", PUBLISHED, True)


def test_a_russian_infinitive_without_a_date_reports_no_happening():
    text = "Шахбаз Шариф ответил на предложение Путина посетить Москву."
    assert candidates(text, "ru") == []


def test_russian_background_and_what_is_said_are_not_carried():
    text = (
        "Сергей Лавров в понедельник провёл переговоры с Исхаком Даром в Москве.\n"
        "Ранее Лавров и Дар подписали соглашение о торговле.\n"
        "Министр сказал, что Россия и Пакистан подписали соглашение о торговле."
    )
    found = candidates(text, "ru", dt.date(2024, 5, 14))
    assert [c.continues for c in found] == [False]


def test_an_urdu_noun_reported_by_its_light_verb_is_carried_in_the_visit():
    text = (
        "اسلام آباد: روسی وزیر خارجہ سرگئی لاوروف آج دو روزہ دورے پر پاکستان پہنچ رہے ہیں۔"
        "سرگئی لاوروف وزیر خارجہ اسحاق ڈار سے وفد کی سطح پر بات چیت کریں گے۔"
    )
    found = candidates(text, "ur")
    assert [(c.kind, c.start_date, c.status, c.continues) for c in found] == [
        ("visit", PUBLISHED, "planned", False),
        ("meeting", PUBLISHED, "planned", True),
    ]


def test_an_undated_arrival_opening_a_report_is_the_day_news():
    text = "راولپنڈی: مشترکہ فوجی مشقوں میں شرکت کیلئے روسی فوجی دستہ پاکستان پہنچ گیا۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.status) == ("visit", PUBLISHED, "occurred")


def test_urdu_background_in_the_pluperfect_is_not_carried():
    text = (
        "آج سرگئی لاوروف نے اسحاق ڈار سے ملاقات کی۔\n"
        "دونوں ممالک نے گیس پائپ لائن کے معاہدے پر دستخط کیے تھے۔"
    )
    assert [c.continues for c in candidates(text, "ur")] == [False]


def test_an_urdu_habit_is_not_carried_as_a_happening_of_the_report():
    # "Russia sends a trade delegation to Pakistan every year": a habit, no day's news.
    text = (
        "آج سرگئی لاوروف نے اسحاق ڈار سے ملاقات کی۔\n"
        "روس ہر سال پاکستان کو تجارتی وفد بھیجتا ہے۔"
    )
    assert [c.continues for c in candidates(text, "ur")] == [False]


def test_troops_that_practised_together_report_the_exercise_but_what_is_noted_is_said():
    text = (
        "Военные России и Пакистана отработали совместные действия на полигоне.\n"
        "Отмечается, что военные России и Пакистана отработают задачи в горах."
    )
    found = candidates(text, "ru")
    assert [(c.kind, c.start_date, c.quote_start) for c in found] == [("exercise", PUBLISHED, 0)]


def test_an_undated_russian_plan_in_a_reports_opening_is_of_the_publication_day():
    text = "Сергей Лавров проведёт переговоры с Исхаком Даром в Москве."
    assert quoted(candidates(text, "ru"), text) == [(text, PUBLISHED, "planned")]


def test_an_undated_urdu_plan_in_a_reports_opening_is_of_the_publication_day():
    text = "پاکستان اور روس کے درمیان توانائی کے شعبے میں معاہدہ ہوگا۔"
    assert quoted(candidates(text, "ur"), text) == [(text, PUBLISHED, "planned")]


def test_a_full_urdu_sentence_of_the_opening_keeps_the_publication_date():
    # Ended by ۔, it is no headline for the dated sentence after it to date.
    text = (
        "وفاقی کابینہ نے روس سے کھاد خریدنے کی منظوری دے دی ہے۔\n"
        "کابینہ نے اقتصادی رابطہ کمیٹی کے نو مئی کے فیصلے کی توثیق کی، روس نے پیشکش کی تھی۔"
    )
    found = candidates(text, "ur")
    assert [(c.kind, c.start_date) for c in found] == [
        ("agreement", PUBLISHED), ("agreement", dt.date(2024, 5, 9)),
    ]  # fmt: skip


def test_an_urdu_ship_that_anchored_with_russian_oil_is_a_delivery():
    text = "روسی تیل کا جہاز آج کراچی بندرگاہ پر لنگر انداز ہو گیا، پاکستان کو تیل ملے گا۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.status) == ("supply", PUBLISHED, "occurred")


def test_urdu_exercises_said_to_be_under_way_are_of_the_report_day():
    text = "پاکستان اور روس کی افواج کی مشترکہ مشقیں پنجاب میں جاری ہیں۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.status) == ("exercise", PUBLISHED, "occurred")


def test_listed_years_each_date_an_edition_of_their_own():
    urdu = "پہلی مشق 2010 میں پاکستان اور دوسری 2012 میں روس میں ہوئی۔"
    russian = "Учения России и Пакистана проходили в 2010 и 2012 гг."
    assert [c.value for c in candidates(urdu, "ur")] == ["2010", "2012"]
    assert [c.value for c in candidates(russian, "ru")] == ["2010", "2012"]


def test_a_year_in_brackets_beside_a_listed_year_dates_nothing():
    text = "По итогам 2010 г. (данные за 2011 г. не раскрыты), Россия поставила в Пакистан зерно."
    assert [c.value for c in candidates(text, "ru")] == ["2010"]


def test_an_urdu_stay_length_widens_the_stay():
    text = "وزیر خارجہ اسحاق ڈار 20 مئی کو دو روزہ دورے پر ماسکو پہنچیں گے۔"
    found = candidates(text, "ur")
    assert [(c.start_date, c.end_date) for c in found] == [
        (dt.date(2024, 5, 20), dt.date(2024, 5, 21))
    ]


def test_an_urdu_stay_named_before_the_date_leaves_the_meeting_one_day():
    text = "اسحاق ڈار روس کے دو روزہ دورے پر آج سرگئی لاوروف سے ملاقات کریں گے۔"
    found = candidates(text, "ur")
    assert [(c.start_date, c.end_date) for c in found] == [(PUBLISHED, PUBLISHED)]


def test_an_urdu_stay_said_to_be_completed_ends_on_its_date():
    text = "اسحاق ڈار 20 مئی کو تین روزہ دورہ روس مکمل کرنے کے بعد وطن واپس روانہ ہوں گے۔"
    found = candidates(text, "ur")
    assert [(c.start_date, c.end_date) for c in found] == [
        (dt.date(2024, 5, 20), dt.date(2024, 5, 20))
    ]


def test_a_russian_weekday_with_an_apposed_date_dates_the_happening_after_it():
    text = "В прошлую пятницу, 10 мая, российская делегация прибыла в Исламабад."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.expression) == (
        "visit", dt.date(2024, 5, 10), "прошлую пятницу, 10 мая",
    )  # fmt: skip


def test_a_russian_opening_date_dates_the_main_clause_past_the_subjects_participles():
    text = (
        "10 мая отряд российских кораблей во главе с крейсером «Варяг», выполняющий задачи "
        "в Аравийском море, с деловым визитом зашел в порт Карачи Пакистана."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("visit", dt.date(2024, 5, 10))



def test_a_russian_postponement_is_news_of_the_report_day_not_of_the_plan():
    text = "Шахбаз Шариф отложил визит в Москву, запланированный на 20 мая."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status, found.title) == (
        "visit", PUBLISHED, "occurred", "Шахбаз Шариф отложил визит в Москву",
    )  # fmt: skip


def test_a_russian_postponement_puts_off_the_happening_the_paragraph_told():
    # A plan told in the past («ожидался визит») is one since undone, no happening; the
    # postponement that undoes it names only Pakistan, and takes Russia from the plan.
    text = (
        "На следующей неделе ожидался визит Шахбаза Шарифа в Россию.\n"
        "Документы готовятся заранее. Из-за погоды в Пакистане визит отложен."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status) == ("visit", PUBLISHED, "occurred")
    assert found.quote_start == text.index("Из-за")


def test_a_russian_plan_told_in_the_past_is_no_happening():
    text = (
        "Переговоры Сергея Лаврова и Исхака Дара в Москве ожидались в четверг.\n"
        "Визит Шахбаза Шарифа в Россию был запланирован на март.\n"
        # Told impersonally, a clause before the happening.
        "Предполагалось, что делегация Пакистана прибудет в Казань 20 мая."
    )
    assert candidates(text, "ru") == []


def test_part_of_a_span_of_years_passing_is_no_russian_happening_but_a_decade_dates_one():
    passing = "Большая часть 1990-х годов прошла в споре России и Пакистана."
    assert candidates(passing, "ru") == []
    dated = "В конце 1990-х годов переговоры России и Пакистана шли трудно."
    assert [c.start_date for c in candidates(dated, "ru")] == [dt.date(1990, 1, 1)]


def test_a_russian_teams_training_camp_is_no_happening_of_the_two_sides():
    text = (
        "Матч сборных России и Пакистана состоится 3 июня.\n"
        "Тренировочный сбор национальной команды стартовал в Сочи 12 мая."
    )
    assert [c.start_date for c in candidates(text, "ru")] == [dt.date(2024, 6, 3)]


def test_a_russian_offer_the_other_side_turned_down_is_no_plan():
    text = "Шахбаз Шариф предложил провести переговоры в Лахоре в июле, но Москва отвергла план."
    assert candidates(text, "ru") == []


def test_a_russian_postponement_needs_a_happening_put_off():
    text = "Россия и Пакистан отложили разногласия ради торговли."
    assert candidates(text, "ru") == []


def test_a_russian_same_day_in_a_later_paragraph_is_the_day_the_report_dated():
    text = (
        "10 мая российская делегация с визитом прибыла в Исламабад.\n"
        "Переговоры шли долго. В этот же день российские моряки посетили учебный центр ВМС "
        "Пакистана."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 10)), ("visit", dt.date(2024, 5, 10)),
    ]  # fmt: skip


def test_a_russian_fleet_calling_at_a_port_is_a_visit_by_the_russian_side():
    text = (
        "Крейсер Северного флота «Адмирал Ушаков», выполняющий задачи в океане, совершил "
        "сегодня деловой заход в порт Карачи (Пакистан)."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("visit", PUBLISHED)


def test_a_quotation_a_wire_relays_is_news_of_the_day_but_words_said_are_not():
    relayed = (
        "«Для участия в совместных учениях в Пакистан прибыли российские военнослужащие», "
        "– передает ТАСС сообщение пресс-службы."
    )
    (found,) = candidates(relayed, "ru")
    assert (found.kind, found.start_date) == ("visit", PUBLISHED)
    said = relayed.replace("передает ТАСС сообщение пресс-службы", "сказал он")
    assert candidates(said, "ru") == []


def test_a_russian_plan_after_the_news_of_the_publication_day_is_announced_that_day():
    text = (
        "Крейсер Северного флота сегодня совершил деловой заход в порт Карачи Пакистана.\n"
        "В ближайшее время на борту крейсера пройдут переговоры российских и пакистанских "
        "моряков."
    )
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")] == [
        ("visit", PUBLISHED, "occurred"), ("meeting", PUBLISHED, "planned"),
    ]  # fmt: skip


def test_a_russian_happening_only_announced_is_not_dated_by_the_announcement():
    text = "Агентство 10 мая анонсировало переговоры Сергея Лаврова с Исхаком Даром."
    assert candidates(text, "ru") == []


def test_a_russian_undated_plan_whose_noun_comes_before_its_verb_is_news_of_the_day():
    text = "Визит Шахбаза Шарифа в Россию состоится в ближайшее время."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status) == ("visit", PUBLISHED, "planned")


def test_the_russian_attribution_of_a_report_is_no_happening_of_it():
    # «Об этом заявил …» says who said the sentence before; «…, сообщили в …» who reported.
    text = (
        "Россия и Пакистан расширят сотрудничество в энергетике.\n"
        "Об этом в четверг заявил журналистам Шахбаз Шариф.\n"
        "Стороны обменяются делегациями в июне, сообщили в посольстве России в Исламабаде."
    )
    assert candidates(text, "ru") == []


def test_a_russian_trade_figure_in_us_dollars_is_of_the_two_sides():
    text = "Товарооборот России и Пакистана в 2023 году превысил миллиард американских долларов."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.value) == ("figure", "2023")


def test_a_meeting_named_in_the_attribution_of_russian_speech_is_of_the_report_day():
    # The speech itself is blanked: what it tells («мы провели переговоры») is said.
    text = (
        "Сергей Лавров прибыл в Исламабад.\n"
        "«Стороны решили увеличить поставки зерна», — сказал Лавров по итогам заседания "
        "межправительственной комиссии.\n"
        "«Мы провели переговоры с Исхаком Даром», — сказал Лавров журналистам."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", PUBLISHED), ("meeting", PUBLISHED),
    ]  # fmt: skip


def test_a_russian_document_date_dates_the_document_not_what_is_done_to_it():
    text = (
        "Министры России и Пакистана подписали протокол к соглашению о торговле от 3 марта "
        "2019 года."
    )
    assert sorted((c.kind, c.start_date) for c in candidates(text, "ru")) == [
        ("agreement", dt.date(2019, 3, 3)), ("agreement", PUBLISHED),
    ]  # fmt: skip


def test_an_urdu_clause_told_before_the_dated_one_keeps_the_report_date():
    # The call's clause ends with its verb before the comma; the date is the invitation's.
    text = (
        "پاکستانی اور روسی وزرائے خارجہ کے درمیان ٹیلی فون پر بات چیت ہوئی، وزیر خارجہ نے "
        "انہیں اگست میں دورہ پاکستان کی دعوت دی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", PUBLISHED), ("visit", dt.date(2024, 8, 1)),
    ]  # fmt: skip


def test_a_person_of_the_report_meeting_a_third_country_is_not_carried():
    text = (
        "شہباز شریف آج ولادیمیر پیوٹن سے ملاقات کریں گے۔\n"
        "شہباز شریف کی چینی صدر سے ملاقات بھی شیڈول ہے۔"
    )
    assert quoted(candidates(text, "ur"), text) == [
        ("شہباز شریف آج ولادیمیر پیوٹن سے ملاقات کریں گے۔", PUBLISHED, "planned"),
    ]


def test_russian_sides_preparing_for_a_happening_report_it_but_ready_for_one_do_not():
    preparing = "Российские и пакистанские моряки готовятся к совместному учению."
    (found,) = candidates(preparing, "ru")
    assert (found.kind, found.start_date) == ("exercise", PUBLISHED)
    assert candidates("Россия и Пакистан готовы провести переговоры.", "ru") == []


def test_a_date_in_a_russian_clause_describing_a_noun_does_not_move_the_report():
    text = (
        "Министры России и Пакистана прибыли в Москву. Товарооборот, который в 2019 году вырос "
        "вдвое, остаётся главной темой. Сергей Лавров также провёл переговоры с Исхаком Даром."
    )
    assert [(c.kind, c.value) for c in candidates(text, "ru")] == [
        ("visit", PUBLISHED.isoformat()), ("figure", "2019"), ("meeting", PUBLISHED.isoformat()),
    ]  # fmt: skip


def test_the_joint_urdu_exercises_of_a_report_are_the_two_sides():
    text = "روسی فوجی دستہ آج پاکستان پہنچ گیا۔\nمشترکہ مشقیں دس روز جاری رہیں گی۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("visit", PUBLISHED, "occurred"), ("exercise", PUBLISHED, "planned"),
    ]  # fmt: skip


def test_an_urdu_date_in_a_later_clause_does_not_date_the_happening_before_its_comma():
    # The date is of the clause after ، which reports no Pakistan–Russia happening.
    text = "اسحاق ڈار نے سرگئی لاوروف سے ملاقات کی، وزیر آئندہ ہفتے لاہور جائیں گے۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    headline = "پاکستانی اور روسی وزرا کی ملاقات، اسحاق ڈار آئندہ ہفتے لاہور جائیں گے۔"
    assert candidates(headline, "ur") == []


def test_an_urdu_postponement_is_news_of_the_report_day_not_of_the_plan():
    text = "روسی وزیر خارجہ کا 5 جون کو ہونے والا دورہ پاکستان ملتوی کر دیا گیا۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date) == ("visit", PUBLISHED)
    text = "پاکستان سے روس جانے والی ٹرین کی روانگی منسوخ کر دی گئی، اسے 9 جون کو جانا تھا۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date) == ("visit", PUBLISHED)


def test_an_urdu_deferral_or_change_of_schedule_is_a_postponement():
    # «مؤخر» (deferred), and a change to a plan's schedule or dates, put it off as «ملتوی» does.
    text = "روسی وزیر خارجہ کا 5 جون کو ہونے والا دورہ پاکستان مؤخر کر دیا گیا۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date) == ("visit", PUBLISHED)
    text = "پاکستان اور روس کے وزرا کے اگلے ماہ ہونے والے اجلاس کے شیڈول میں تبدیلی کر دی گئی ہے۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date) == ("meeting", PUBLISHED)


def test_an_urdu_postponement_granted_with_despite_leaves_the_sentence_to_its_own_news():
    # "کے باوجود" (despite): the minister's trip goes ahead, told with its own date; the
    # postponement it goes ahead in spite of is no news of the sentence.
    text = "روسی صدر کے دورہ پاکستان کے مؤخر ہونے کے باوجود وزیر دفاع کل ماسکو جائیں گے۔"
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.status) == (
        "visit", PUBLISHED + dt.timedelta(days=1), "planned"
    )
    text = "ملاقات منسوخ کئے جانے کے باوجود دونوں وزرا نے آج ٹیلی فون پر بات کی۔"
    assert all("postponement" not in found.rule for found in candidates(text, "ur"))


def test_a_russian_date_inside_speech_leaves_the_meeting_of_its_attribution_in_the_report():
    text = (
        "Связи с Пакистаном остаются приоритетом России.\n"
        "«Визит состоится в первом квартале 2026 года», — сказал посол Пакистана на встрече"
        " с Сергеем Лавровым."
    )
    found = sorted((c.kind, c.start_date, c.status) for c in candidates(text, "ru"))
    assert found == [
        ("meeting", PUBLISHED, "occurred"),
        ("visit", dt.date(2026, 1, 1), "planned"),
    ]


def test_an_urdu_relative_clause_opens_a_clause_whose_date_is_not_of_the_one_before():
    # «جس کے بعد» (after which) opens a clause, as ، does: the first clause ended with its
    # verb, and the month after it is the later happening's.
    text = (
        "اسحاق ڈار نے سرگئی لاوروف سے ملاقات کی جس کے بعد وہ نومبر میں ماسکو کا دورہ کریں گے۔"
    )
    found = sorted((c.kind, c.start_date) for c in candidates(text, "ur"))
    assert found == [("meeting", PUBLISHED), ("visit", dt.date(2024, 11, 1))]


def test_an_urdu_plans_only_date_dates_the_verb_ending_its_clause_however_far():
    # The subject and the objects stand between the date and the visit its verb plans.
    text = (
        "پاکستانی پارلیمانی وفد کے سربراہ 4 سے 6 دسمبر تک روسی ایوان کے سربراہ اور ان کے"
        " نائبین کی مشترکہ دعوت پر ماسکو کا دورہ کریں گے۔"
    )
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.end_date, found.status) == (
        "visit", dt.date(2024, 12, 4), dt.date(2024, 12, 6), "planned",
    )  # fmt: skip
    # A date in a clause of its own, after ، , dates nothing of the clause before.
    text = (
        "پاکستانی پارلیمانی وفد ماسکو کا دورہ کرے گا، 4 سے 6 دسمبر تک روسی ایوان کے سربراہ اور"
        " ان کے نائبین بیرون ملک ہوں گے۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("visit", PUBLISHED)]


def test_an_urdu_exercise_said_to_have_ended_is_a_happening_of_the_report():
    text = "پاک روس مشترکہ بحری مشقیں بحیرہ عرب میں ختم ہوگئیں۔"
    assert [(c.start_date, c.status) for c in candidates(text, "ur")] == [(PUBLISHED, "occurred")]


def test_urdu_dates_opening_conjuncts_each_date_their_own_occasion():
    # Each date opens its conjunct, with the place and the occasion after it; the summit
    # before «اور» is not the September meeting's.
    text = (
        "پاکستانی وزیر خارجہ نے مئی 2022 میں تاشقند سمٹ اور اکتوبر 2023 میں بشکیک میں"
        " وزرائے خارجہ کے اجلاس کے موقع پر سرگئی لاوروف سے ملاقات کی۔"
    )
    found = sorted((c.start_date, c.end_date) for c in candidates(text, "ur"))
    assert found == [
        (dt.date(2022, 5, 1), dt.date(2022, 5, 31)),
        (dt.date(2023, 10, 1), dt.date(2023, 10, 31)),
    ]


def test_an_urdu_conjunct_date_reaches_past_an_occasion_named_in_full():
    # The first occasion is named in full, quoted and with its acronym, before «اور».
    text = (
        "پاکستانی وزیر خارجہ اور سرگئی لاوروف کی جولائی 2022 میں تاشقند میں ہونے والی"
        " ’شنگھائی تعاون تنظیم‘ (ایس۔سی۔او) کی وزارتی کونسل اور نومبر 2023 میں آستانہ میں"
        " سربراہی اجلاس کے موقع پر ملاقات ہوئی تھی۔"
    )
    found = sorted((c.start_date, c.end_date) for c in candidates(text, "ur"))
    assert found == [
        (dt.date(2022, 7, 1), dt.date(2022, 7, 31)),
        (dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
    ]


def test_an_urdu_declaration_issued_is_news_but_one_cited_as_a_source_is_not():
    text = (
        "پاکستان اور روس کے وزرائے تجارت کا مشترکہ اعلامیہ بھی جاری کر دیا گیا ہے، جس کے"
        " مطابق دونوں ممالک جون میں نیا معاہدہ کریں گے۔"
    )
    found = sorted((c.kind, c.start_date) for c in candidates(text, "ur"))
    assert found == [("agreement", dt.date(2024, 6, 1)), ("statement", PUBLISHED)]
    text = "روسی سفارتخانے کے اعلامیے کے مطابق پاکستان اور روس کی دوستی پرانی ہے۔"
    assert candidates(text, "ur") == []


def test_the_duma_names_the_russian_side_in_urdu():
    text = "پاکستانی ارکان پارلیمنٹ نے آج ڈوما کے ارکان سے ملاقات کی۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    text = "پاکستانی ارکان پارلیمنٹ نے آج فیڈریشن کونسل کے ارکان سے ملاقات کی۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]


def test_going_or_coming_to_either_country_is_an_urdu_visit():
    text = "شہباز شریف اگلے ماہ ماسکو جائیں گے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("visit", dt.date(2024, 6, 1), "planned"),
    ]
    text = "سرگئی لاوروف گزشتہ ماہ پاکستان آئے تھے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("visit", dt.date(2024, 4, 1), "occurred"),
    ]
    # A city of either side is as often a trip at home.
    assert candidates("روسی سفیر کے بعد اسحاق ڈار اگلے ماہ لاہور جائیں گے۔", "ur") == []


def test_an_urdu_call_is_a_contact_but_the_coordination_committee_is_no_meeting():
    text = "شہباز شریف اور ولادیمیر پیوٹن کے درمیان آج ٹیلیفونک رابطہ ہوا۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    text = "پاکستان کی اقتصادی رابطہ کمیٹی آج روس کے بارے میں غور کرے گی۔"
    assert candidates(text, "ur") == []


def test_an_urdu_exchange_of_views_is_talks_but_an_exchange_of_experience_is_not():
    text = "اسحاق ڈار اور سرگئی لاوروف نے آج باہمی تعلقات پر تبادلہ خیال کیا۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    text = "پاکستان اور روس کے ماہرین آج تجربات کا تبادلہ کریں گے۔"
    assert candidates(text, "ur") == []


def test_an_urdu_trade_figure_for_a_year_is_a_happening_of_that_year():
    text = "پاکستان اور روس کی باہمی تجارت کا حجم 2022 میں ڈیڑھ ارب ڈالر رہا۔"
    assert [(c.kind, c.start_date, c.end_date) for c in candidates(text, "ur")] == [
        ("figure", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    ]
    # Money that is no trade's figure: a loan.
    text = "روس نے 2022 میں پاکستان کو ڈیڑھ ارب ڈالر کا قرض دینے کی پیشکش کی تھی۔"
    assert [c.kind for c in candidates(text, "ur")] != ["figure"]


def test_urdu_congratulations_condolences_and_sending_are_happenings():
    for text, kind in (
        ("شہباز شریف نے آج ولادیمیر پیوٹن کو کامیابی پر مبارکباد دی۔", "statement"),
        ("شہباز شریف نے آج ولادیمیر پیوٹن کو کامیابی پر مبارک باد دی۔", "statement"),
        ("ولادیمیر پیوٹن نے آج شہباز شریف سے زلزلے پر تعزیت کی۔", "statement"),
        ("پاکستان اور روس نے آج مشترکہ اعلامیہ جاری کیا۔", "statement"),
        ("روس نے آج پاکستان کو دوائیں بطور امداد بھیجیں۔", "supply"),
        ("ولادیمیر پیوٹن نے آج شہباز شریف کو خط بھجوایا۔", "supply"),
    ):
        assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [(kind, PUBLISHED)]
def test_a_dated_russian_saying_that_relays_nothing_dated_or_undated_is_no_happening():
    generic = "12 марта Путин заявил, что Пакистан остается другом России."
    assert candidates(generic, "ru") == []
    dated_plan = "3 мая Исхак Дар сообщил, что Шахбаз Шариф посетит Россию в июле."
    assert [(c.kind, c.start_date) for c in candidates(dated_plan, "ru")] == [
        ("visit", dt.date(2024, 7, 1))
    ]


def test_a_dated_russian_saying_that_announces_an_undated_happening_is_news():
    text = "В апреле в Москве сообщили, что ожидается поставка пакистанского риса в Россию."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("statement", dt.date(2024, 4, 1))


def test_a_russian_participle_of_taking_place_dates_the_noun_it_follows():
    text = (
        "Завершившийся во вторник визит Исхака Дара в Москву отличался от его прошлой поездки "
        "в Россию, состоявшейся в мае 2019 года."
    )
    found = sorted(c.start_date for c in candidates(text, "ru"))
    assert found == [dt.date(2019, 5, 1), dt.date(2024, 5, 14)]


def test_russian_relations_established_or_a_state_recognised_are_dated_happenings():
    text = (
        "Консульские связи между Россией и Пакистаном установлены 3 июня 1960 года.\n"
        "Пакистан был признан Москвой 9 марта 1950 года.\n"
        "Рекорд торговли России и Пакистана, установленный в 2021 году, побит."
    )
    assert sorted((c.kind, c.start_date) for c in candidates(text, "ru")) == [
        ("agreement", dt.date(1950, 3, 9)), ("agreement", dt.date(1960, 6, 3))
    ]


def test_an_undated_russian_agreement_told_by_its_verb_is_news_of_the_report_day():
    text = "Пакистан договорился с Россией о закупках зерна."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [("agreement", PUBLISHED)]


def test_a_dated_russian_condemnation_or_congratulation_is_a_statement():
    text = (
        "В конце марта Шахбаз Шариф осудил нападение на российское посольство.\n"
        "12 мая Владимир Путин поздравил Пакистан с юбилеем."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("statement", dt.date(2024, 3, 21)),
        ("statement", dt.date(2024, 5, 12)),
    ]


def test_a_russian_meeting_with_china_or_mongolia_alone_is_not_pakistan_and_russia():
    text = (
        "Владимир Путин прибыл в Исламабад.\n"
        "Завтра он проведет переговоры с руководством КНР и Монголии."
    )
    assert [c.kind for c in candidates(text, "ru")] == ["visit"]


def test_a_russian_range_opening_a_long_sentence_dates_its_main_clause_past_nouns_joined_by_and():
    text = (
        "С 3 по 7 мая группа офицеров Министерства обороны России и Генштаба под руководством "
        "заместителя министра впервые за долгие годы находилась с официальным визитом в "
        "Исламабаде."
    )
    assert [(c.kind, c.start_date, c.end_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 3), dt.date(2024, 5, 7))
    ]


def test_taking_part_in_a_russian_meeting_reports_it_in_the_frame():
    text = (
        "12 мая Шахбаз Шариф прибыл в Москву.\n"
        "Российские и пакистанские эксперты приняли участие в совещании по энергетике."
    )
    found = [(c.kind, c.start_date) for c in candidates(text, "ru")]
    assert found == [("visit", dt.date(2024, 5, 12)), ("meeting", dt.date(2024, 5, 12))]


def test_a_russian_plan_word_before_a_noun_reports_the_planned_happening():
    text = (
        "Сегодня Шахбаз Шариф прилетел в Москву.\n"
        "Кроме того, ожидаются переговоры Шарифа с Владимиром Путиным."
    )
    found = [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")]
    assert found == [("visit", PUBLISHED, "occurred"), ("meeting", PUBLISHED, "planned")]


def test_a_russian_guest_awaited_is_a_planned_visit_of_the_report_day():
    text = (
        "Сергей Лавров встретился с Исхаком Даром.\n"
        "Дар подчеркнул, что в Исламабаде ждут в гости Владимира Путина."
    )
    found = [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")]
    assert found == [("meeting", PUBLISHED, "occurred"), ("visit", PUBLISHED, "planned")]


def test_a_date_after_a_russian_about_this_dates_the_meeting_the_saying_names():
    text = (
        "Связи Пакистана и России крепнут.\n"
        "Об этом 12 мая заявил министр иностранных дел России Сергей Лавров на встрече с "
        "Исхаком Даром."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("meeting", dt.date(2024, 5, 12))
    ]


def test_russian_carriage_of_goods_in_a_year_is_a_dated_supply():
    text = "Ранее сообщалось, что в 2023 году шли пробные автоперевозки из России в Пакистан."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("supply", dt.date(2023, 1, 1))
    ]


def test_a_russian_meeting_told_before_a_saying_is_not_of_the_date_the_saying_relays():
    text = "Сергей Лавров встретился с Исхаком Даром и заявил ему, что посетит Исламабад в июле."
    found = sorted((c.kind, c.start_date) for c in candidates(text, "ru"))
    assert found == [("meeting", PUBLISHED), ("visit", dt.date(2024, 7, 1))]


def test_a_russian_saying_to_someone_that_relays_nothing_is_no_happening():
    text = "12 мая Владимир Путин сказал журналистам, что Пакистан остается другом России."
    assert candidates(text, "ru") == []


def test_urdu_background_dates_the_light_verb_ending_its_clause_however_far():
    text = (
        "واضح رہے کہ تین روز قبل روس سے گندم لے کر ایک بڑا مال بردار بحری جہاز پاکستان میں"
        " گوادر کی بندرگاہ پر لنگر انداز ہوا تھا۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("supply", dt.date(2024, 5, 11))
    ]


def test_an_urdu_genitive_before_by_whom_is_no_light_verb():
    text = (
        "روسی سفیر نے اسلام آباد میں پاکستانی وزیر تجارت سے ملاقات کی۔\n"
        "پاکستان کے بارے میں صدر پیوٹن کی گفتگو سفارتخانے کی جانب سے جاری کی گئی۔"
    )
    assert [(c.kind, text[c.quote_start : c.quote_end]) for c in candidates(text, "ur")] == [
        ("meeting", "روسی سفیر نے اسلام آباد میں پاکستانی وزیر تجارت سے ملاقات کی۔"),
    ]


def test_an_urdu_address_to_a_gathering_is_the_day_news():
    text = "روسی قونصل جنرل نے لاہور میں پاکستانی صنعت کاروں کی ایک تقریب سے خطاب کیا۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]


def test_what_an_urdu_import_is_expected_to_bring_about_is_no_happening():
    text = (
        "پاکستانی وفد نے ماسکو میں روسی حکام سے ملاقات کی۔\n"
        "امید ہے کہ روس سے کھاد کی درآمد سے ملک میں کھاد کی قلت ختم ہو جائے گی۔"
    )
    assert [c.kind for c in candidates(text, "ur")] == ["meeting"]


def test_urdu_congratulations_in_an_undated_report_are_the_day_news():
    text = (
        "روسی صدر ولادیمیر پیوٹن نے شہباز شریف کو دوبارہ وزیراعظم بننے پر مبارکباد دی ہے۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("statement", PUBLISHED)
    ]
@pytest.mark.parametrize(
    ("text", "kind", "start", "status"),
    [
        ("Приезд российской делегации в Карачи намечен на 20 мая.", "visit",
         dt.date(2024, 5, 20), "planned"),
        ("Министры иностранных дел России и Пакистана созвонились в понедельник.", "meeting",
         dt.date(2024, 5, 13), "occurred"),
        ("Во вторник премьер Пакистана поговорил по телефону с президентом России.", "meeting",
         dt.date(2024, 5, 14), "occurred"),
        ("В понедельник кабинет Пакистана одобрил закупку российской нефти.", "agreement",
         dt.date(2024, 5, 13), "occurred"),
        ("Российский корвет зашел в порт Карачи 10 мая.", "visit",
         dt.date(2024, 5, 10), "occurred"),
        ("В январе товарооборот России и Пакистана сократился на 10%.", "figure",
         dt.date(2024, 1, 1), "occurred"),
        ("Корабли Черноморского флота зайдут в Карачи в июне.", "visit",
         dt.date(2024, 6, 1), "planned"),
        ("Годовщину открытия консульства посольство России и МИД Пакистана праздновали 1 мая.",
         "commemoration", dt.date(2024, 5, 1), "occurred"),
        ("Новый посол Пакистана 30 апреля вручил верительные грамоты президенту России.",
         "meeting", dt.date(2024, 4, 30), "occurred"),
        ("В июле вице-премьер России приедет в Исламабад.", "visit",
         dt.date(2024, 7, 1), "planned"),
    ],
)  # fmt: skip
def test_russian_happenings_in_the_words_of_each_kind(text, kind, start, status):
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status) == (kind, start, status)


def test_a_russian_date_after_a_recalling_opening_dates_the_main_clause_however_far():
    text = (
        "Напомним, что в мае прошлого года между Исламабадом и крупной российской "
        "государственной компанией, строящей трубопроводы, было подписано соглашение."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.value) == ("agreement", "2023-05")


def test_rostec_names_the_russian_side():
    text = "В марте 2015 года Пакистан и «Ростех» заключили контракт на строительство."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("agreement", dt.date(2015, 3, 1))


@pytest.mark.parametrize(
    "regional",
    [
        "Глава Чечни встретился с губернатором Синда 10 мая.",
        "Делегация Дагестана посетила Мултан 10 мая.",
        "Делегация Башкортостана 10 мая посетила Фейсалабад.",
    ],
)
def test_russian_republics_and_pakistani_provinces_and_cities_name_the_sides(regional):
    assert [c.start_date for c in candidates(regional, "ru")] == [dt.date(2024, 5, 10)]


def test_punjab_names_the_pakistani_side_as_a_province_not_as_indias_state():
    planned = "В июне в Татарстане ждут делегацию провинции Пенджаб с визитом."
    assert [(c.start_date, c.status) for c in candidates(planned, "ru")] == [
        (dt.date(2024, 6, 1), "planned")
    ]
    assert candidates("Делегация штата Пенджаб посетила Дагестан 10 мая.", "ru") == []


def test_the_same_day_opening_a_russian_passage_is_the_last_day_named_before_it():
    text = (
        "Шахбаз Шариф прибыл в Москву 13 мая.\n"
        "Уже завтра, 15 мая, премьер проведет несколько встреч с главами Китая и Монголии.\n"
        "В этот же день состоится встреча Путина с Шарифом."
    )
    assert [(c.start_date, c.status) for c in candidates(text, "ru")][-1] == (
        dt.date(2024, 5, 15),
        "planned",
    )


def test_russian_congratulations_in_an_undated_report_are_the_day_news():
    text = "Владимир Путин поздравил Шахбаза Шарифа с годовщиной образования Пакистана."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [("statement", PUBLISHED)]


def test_a_russian_call_paid_on_someone_during_a_visit_is_a_meeting_of_the_visit():
    text = (
        "Российский фрегат 10 мая зашел в порт Карачи.\n"
        "После швартовки командир корабля нанес визит командующему ВМС Пакистана."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 10)),
        ("meeting", dt.date(2024, 5, 10)),
    ]


def test_a_russian_congratulation_told_as_a_noun_is_the_day_news():
    text = "Глава Совфеда России в поздравлении спикеру Сената Пакистана отметила рост связей."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [("statement", PUBLISHED)]


def test_a_meeting_where_russian_words_with_a_date_of_their_own_were_said_is_of_the_day():
    text = (
        "Поставки российского зерна в Пакистан в 2023 году выросли вдвое, сообщил министр "
        "Пакистана в ходе встречи с послом России."
    )
    assert sorted((c.kind, c.start_date) for c in candidates(text, "ru")) == [
        ("figure", dt.date(2023, 1, 1)),
        ("meeting", PUBLISHED),
    ]


def test_an_undated_russian_report_takes_the_day_the_sentence_after_it_was_reported():
    text = (
        "Российский фрегат зашел в порт Карачи с деловым визитом. "
        "Об этом 10 мая сообщили в штабе флота."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 10))
    ]


def test_a_country_russian_goods_pass_through_is_no_third_party():
    text = "Россия поставила в Пакистан через Иран партию удобрений."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [("supply", PUBLISHED)]


def test_a_russian_arrival_told_in_the_infinitive_with_a_date_is_a_plan():
    text = "Премьер Пакистана может прибыть в Москву 3 июня."
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 6, 3), "planned")
    ]


def test_an_undated_russian_approval_takes_the_date_of_its_document_given_after_it():
    text = (
        "Правительство России одобрило проект соглашения с Пакистаном о морском сообщении. "
        "Постановление, датированное 8 мая, опубликовано на портале правовой информации."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("agreement", dt.date(2024, 5, 8))
    ]


def test_an_urdu_light_verb_typed_against_its_auxiliary_reports_the_happening():
    text = "روس اور پاکستان نے توانائی کے شعبے میں ایک معاہدے پر دستخط کردیئے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("agreement", PUBLISHED, "occurred")
    ]
    text = "پاکستان نے روس سے گندم کی خریداری کرلی۔"
    assert [c.status for c in candidates(text, "ur")] == ["occurred"]
    # A word that only ends in the same letters is no auxiliary: sympathy is no past.
    text = "روس اور پاکستان کل ایک معاہدے پر دستخط کریں گے جس سے ہمدردی بڑھے گی۔"
    assert [c.status for c in candidates(text, "ur")] == ["planned"]


def test_an_urdu_envoy_presenting_credentials_is_a_meeting():
    text = "پاکستان کے نئے سفیر نے آج روسی صدر کو اپنی سفارتی اسناد پیش کیں۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]


def test_an_urdu_new_chapter_or_era_a_deal_opens_is_no_happening():
    text = (
        "پاکستان اور روس نے آج ریلوے کے شعبے میں تعاون کے معاہدے پر دستخط کیے۔\n"
        "حکام کے مطابق اس سے دونوں ممالک کے تعلقات میں ایک نئے باب کا آغاز ہوگا۔\n"
        "وزیر نے کہا کہ یہ معاہدہ تعاون کے ایک نئے دور کا آغاز ثابت ہوگا۔"
    )
    assert [(c.kind, c.status) for c in candidates(text, "ur")] == [("agreement", "occurred")]


def test_an_urdu_trade_balance_for_months_is_a_figure_of_those_months():
    text = "مارچ سے مئی 2023 میں پاکستان کا روس کے ساتھ 12 ملین ڈالر کا تجارتی خسارہ رہا۔"
    assert [(c.kind, c.start_date, c.end_date) for c in candidates(text, "ur")] == [
        ("figure", dt.date(2023, 3, 1), dt.date(2023, 5, 31)),
    ]


def test_something_urdu_founded_in_a_year_is_a_happening_of_that_year():
    text = (
        "یاد رہے کہ کراچی کا یہ کارخانہ 1974 میں سوویت یونین کی مدد سے پاکستان میں قائم کیا"
        " گیا تھا۔"
    )
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("agreement", dt.date(1974, 1, 1), "occurred")
    ]
    # An acting envoy founds nothing: he meets.
    text = "روس کے قائم مقام سفیر نے آج پاکستانی وزیر سے ملاقات کی۔"
    assert [c.kind for c in candidates(text, "ur")] == ["meeting"]
    # A body that has stood since a year tells no founding.
    text = "یاد رہے کہ پاکستان اور روس کا تجارتی کونسل 2009 سے قائم ہے۔"
    assert candidates(text, "ur") == []


def test_an_urdu_date_naming_an_earlier_happening_after_it_leaves_the_report_its_day():
    text = (
        "روسی صدر ولادیمیر پیوٹن نے شہباز شریف سے ٹیلیفونک رابطہ کیا ہے۔\n"
        "پیوٹن نے شہباز شریف کے ساتھ 2 مئی 2024 کی ملاقات میں ہونے والی بات چیت کا جائزہ لیا۔"
    )
    assert sorted((c.start_date, c.kind) for c in candidates(text, "ur")) == [
        (dt.date(2024, 5, 2), "meeting"),
        (PUBLISHED, "meeting"),
    ]


def test_urdu_matters_of_mutual_interest_are_talked_over_not_wished_for():
    text = "ولادیمیر پیوٹن نے شہباز شریف سے ملاقات کی جس میں باہمی دلچسپی کے امور زیر غور آئے۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    # Interest in a deal is a wish, no happening.
    text = "روس پاکستان کے ساتھ گیس کے معاہدے میں دلچسپی رکھتا ہے۔"
    assert candidates(text, "ur") == []


def test_an_urdu_resolve_to_start_work_restated_in_a_meeting_starts_nothing():
    text = (
        "شہباز شریف نے پیوٹن سے ملاقات کی۔ شہباز شریف نے روس کے ساتھ ریلوے منصوبے پر جلد کام"
        " شروع کرنے کے عزم کا اعادہ کیا۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    # A meeting that restated a resolve took place.
    text = (
        "شہباز شریف نے پیوٹن سے ملاقات کی۔ شہباز شریف نے روس کے ساتھ ملاقات کی اور تعاون"
        " بڑھانے کے عزم کا اعادہ کیا۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", PUBLISHED),
        ("meeting", PUBLISHED),
    ]


def test_an_urdu_trip_to_a_country_of_neither_side_is_no_visit_of_theirs():
    text = (
        "اسحاق ڈار نے آج اسلام آباد میں روسی نائب وزیر خارجہ سے ملاقات کی۔\n"
        "اسحاق ڈار اگلے ماہ دو روزہ دورے پر کابل جائیں گے۔"
    )
    assert [c.kind for c in candidates(text, "ur")] == ["meeting"]
    # On a visit to either side's capital it is theirs.
    text = (
        "اسحاق ڈار نے آج اسلام آباد میں روسی نائب وزیر خارجہ سے ملاقات کی۔\n"
        "اسحاق ڈار اگلے ماہ دو روزہ دورے پر ماسکو جائیں گے۔"
    )
    assert [c.kind for c in candidates(text, "ur")] == ["meeting", "visit"]
    text = (
        "پاکستانی وزیر خارجہ اسحاق ڈار اور روسی سفیر کی ملاقات ہوئی۔\n"
        "اسحاق ڈار اگلے ماہ ازبکستان کا دو روزہ دورہ کریں گے۔"
    )
    assert [c.kind for c in candidates(text, "ur")] == ["meeting"]


def test_an_urdu_past_lead_of_another_day_is_dated_by_its_verb_however_far():
    # The subject's describing clause and the long object set the weekday far from the verb.
    text = (
        "پاکستانی وزیر تجارت، جو ان دنوں ماسکو میں ہیں، نے پیر کے روز کریملن کے قریب ایک"
        " بڑے تجارتی مرکز میں روسی کاروباری کونسل کے نائب سربراہ سے ملاقات کی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 13))
    ]


def test_an_urdu_happening_referred_back_to_as_this_or_these_is_no_new_one():
    text = (
        "شہباز شریف نے آج ولادیمیر پیوٹن سے ملاقات کی۔\n"
        "ان ملاقاتوں میں دکھائی گئی گرمجوشی دونوں ممالک کی دوستی کی علامت ہے۔\n"
        "اس ملاقات کی خبر روسی میڈیا نے گزشتہ ہفتے دی تھی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]


def test_taking_part_is_an_urdu_meeting_but_a_part_is_not():
    for text in (
        "پاکستانی بحریہ کے جہازوں نے آج روسی بحریہ کے ساتھ مشقوں میں حصہ لیا۔",
        "روسی سفیر نے پاکستانی حکام کو روس میں تربیتی پروگراموں میں حصہ لینے کی دعوت دی۔",
    ):
        assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    text = "یرغمالیوں کی رہائی روس اور پاکستان کی مشقوں کا سب سے نمایاں حصہ ہے۔"
    assert candidates(text, "ur") == []


@pytest.mark.parametrize(
    ("text", "kind", "start", "status"),
    [
        ("وفاقی کابینہ نے آج روس کے ساتھ تجارتی فریم ورک منظور کر لیا۔", "agreement",
         PUBLISHED, "occurred"),
        ("وفاقی کابینہ نے آج روس سے کھاد خریدنے کی منظوری دیدی۔", "agreement",
         PUBLISHED, "occurred"),
        ("پاکستانی پارلیمان نے گزشتہ ماہ روس کے ساتھ معاہدے کی توثیق کی۔", "agreement",
         dt.date(2024, 4, 1), "occurred"),
        ("روس اگلے ماہ پاکستان کو ایل پی جی سپلائی کرے گا۔", "supply",
         dt.date(2024, 6, 1), "planned"),
        ("روس نے 2015 میں پاکستان کو چار ہیلی کاپٹر فروخت کیے۔", "supply",
         dt.date(2015, 1, 1), "occurred"),
        ("پاکستانی اور روسی دستوں نے آج پبی میں مشترکہ ڈرلز کیں۔", "exercise",
         PUBLISHED, "occurred"),
        ("روسی صدر ولادیمیر پیوٹن نے آج پاکستان میں حملے کی مذمت کی۔", "statement",
         PUBLISHED, "occurred"),
        ("روسی وزیر خارجہ گزشتہ روز اسلام آباد تشریف لائے۔", "visit",
         dt.date(2024, 5, 13), "occurred"),
    ],
)  # fmt: skip
def test_urdu_happenings_in_the_words_of_each_kind(text, kind, start, status):
    (found,) = candidates(text, "ur")
    assert (found.kind, found.start_date, found.status) == (kind, start, status)


def test_urdu_supply_and_approval_words_are_nouns_that_need_their_light_verb():
    text = "روسی سفیر نے آج کہا کہ تیل کی سپلائی پاکستان کی منظور شدہ پالیسی کا حصہ ہے۔"
    assert [c.kind for c in candidates(text, "ur")] == ["statement"]


def test_an_urdu_visit_named_only_as_a_point_of_time_makes_its_side_no_party():
    text = "دورۂ پاکستان سے قبل روسی وزیر خارجہ اگلے ماہ ازبک وزیر خارجہ سے مذاکرات کریں گے۔"
    assert candidates(text, "ur") == []
    # Named as a party besides, the side takes part.
    text = "دورۂ پاکستان سے قبل روسی وزیر خارجہ اگلے ماہ پاکستانی سفیر سے مذاکرات کریں گے۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 6, 1))
    ]


def test_the_two_urdu_ministers_or_delegations_are_both_sides():
    text = (
        "روسی وزیر خارجہ سرگئی لاوروف آج اسلام آباد پہنچ گئے۔\n"
        "وزیر خارجہ اسحاق ڈار نے ہوائی اڈے پر مہمان کا استقبال کیا۔\n"
        "ہوائی اڈے پر ہی دونوں وزرائے خارجہ کے درمیان مختصر ملاقات ہوئی۔"
    )
    found = quoted(candidates(text, "ur"), text)
    assert ("ہوائی اڈے پر ہی دونوں وزرائے خارجہ کے درمیان مختصر ملاقات ہوئی۔",
            PUBLISHED, "occurred") in found  # fmt: skip
    # Two ministers of a third country's story are not the two sides.
    text = (
        "وزیر خارجہ اسحاق ڈار نے ہوائی اڈے پر مہمان کا استقبال کیا۔\n"
        "دونوں وزرائے خارجہ کے درمیان بھارت میں مختصر ملاقات ہوئی۔"
    )
    assert candidates(text, "ur") == []


def test_an_urdu_headline_ending_on_its_noun_reports_the_happening():
    text = "روسی وزیر خارجہ سرگئی لاوروف کی دو روزہ دورے پر پاکستان آمد۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("visit", PUBLISHED, "occurred")
    ]
    # A noun in the middle of a clause still needs its light verb.
    text = "روسی وزیر خارجہ سرگئی لاوروف کی پاکستان آمد اہمیت رکھتی ہے۔"
    assert candidates(text, "ur") == []


def test_an_urdu_comma_after_the_subject_leaves_the_date_after_it_to_the_subject():
    text = "پاکستان اور روس کے درمیان تجارت پر مذاکرات، کل اسلام آباد میں ہوں گے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 15), "planned")
    ]
    # A clause after the comma that tells a happening of its own keeps its date.
    text = "روس اور پاکستان کے درمیان مشقیں، 20 مئی کو سرگئی لاوروف اسحاق ڈار سے ملاقات کریں گے۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 20))
    ]


def test_an_urdu_holding_agreed_on_is_a_plan_for_the_rest_of_the_period():
    text = "روس اور پاکستان نے اس سال اسلام آباد میں مشترکہ کمیشن کے اجلاس کے انعقاد پر اتفاق کیا۔"
    assert [(c.start_date, c.end_date, c.status) for c in candidates(text, "ur")] == [
        (PUBLISHED, dt.date(2024, 12, 31), "planned")
    ]
    # What was agreed in a session this year is done, at any time of the year so far.
    text = "روس اور پاکستان نے اس سال مشترکہ کمیشن کے اجلاس میں تجارت بڑھانے پر اتفاق کیا۔"
    assert [(c.start_date, c.status) for c in candidates(text, "ur")] == [
        (dt.date(2024, 1, 1), "occurred")
    ]


def test_an_urdu_person_introduced_by_a_side_office_names_that_side_again():
    text = (
        "روسی ڈوما کے نائب سربراہ پیوتر تولستوئی آج اسلام آباد پہنچ گئے۔\n"
        "پاکستانی سینیٹ کے حکام نے مہمان کا استقبال کیا۔\n"
        "تولستوئی 20 مئی کو پارلیمانی اجلاس میں شرکت کریں گے جو اسلام آباد میں ہوگا۔"
    )
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")][-1] == (
        "meeting", dt.date(2024, 5, 20), "planned"
    )
    # The head of a body of both sides is of neither: not Pakistan's at a meeting in Moscow.
    text = (
        "روس۔پاکستان دوستی گروپ کے سربراہ پیوتر تولستوئی آج ماسکو پہنچ گئے۔\n"
        "روسی حکام نے مہمان کا استقبال کیا۔\n"
        "تولستوئی 20 مئی کو ماسکو میں پارلیمانی اجلاس میں شرکت کریں گے۔"
    )
    assert dt.date(2024, 5, 20) not in [c.start_date for c in candidates(text, "ur")]


def test_a_russian_report_that_names_a_leader_by_surname_alone_has_both_sides():
    text = "Во вторник Путин принял в Кремле Шахбаза Шарифа."
    (found,) = candidates(text, "ru")
    assert (found.start_date, found.actors) == (
        dt.date(2024, 5, 14), ("Vladimir Putin", "Shehbaz Sharif")
    )


def test_a_russian_noun_whose_beginning_is_reported_is_a_happening():
    text = "Владимир Путин начал переговоры с Шахбазом Шарифом."
    assert quoted(candidates(text, "ru"), text) == [(text, PUBLISHED, "occurred")]


def test_a_russian_sentence_that_recalls_the_day_before_sets_no_frame_for_the_report():
    text = (
        "Путин и Шариф встретились в Пекине\n"
        "Владимир Путин начал переговоры с Шахбазом Шарифом.\n"
        "Накануне Путин и Шариф провели короткую беседу в Тяньцзине.\n"
        "Путин в ходе встречи пригласил гостя в Москву."
    )
    dates = [(c.start_date, text[c.quote_start : c.quote_end][:12]) for c in candidates(text, "ru")]
    day_before = PUBLISHED - dt.timedelta(days=1)
    assert dates == [
        (PUBLISHED, "Путин и Шари"),
        (PUBLISHED, "Владимир Пут"),
        (day_before, "Накануне Пут"),
        (PUBLISHED, "Путин в ходе"),
    ]


def test_a_russian_verb_before_the_comma_of_the_dates_clause_is_not_of_that_date():
    text = "Танкер с российским газом прибыл в Карачи, в четверг начнется его выгрузка."
    found = sorted((c.start_date, c.status) for c in candidates(text, "ru"))
    assert found == [(PUBLISHED, "occurred"), (dt.date(2024, 5, 16), "planned")]


def test_a_russian_infinitive_before_the_dates_clause_tells_nothing_of_its_own():
    text = (
        "Шахбаз Шариф ответил Владимиру Путину на предложение посетить заседание, которое "
        "пройдет в Москве в ноябре."
    )
    assert [(c.start_date.month, c.status) for c in candidates(text, "ru")] == [(11, "planned")]


def test_a_pakistani_citys_adjective_names_pakistan_in_russian():
    text = "Российские военные посетили лахорский кадетский колледж."
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [("visit", PUBLISHED)]


def test_a_russian_batch_of_goods_is_their_delivery_but_not_a_party_or_a_topic():
    batch = "В конце мая в Карачи ждут вторую партию российской пшеницы."
    (found,) = candidates(batch, "ru")
    assert (found.kind, found.status, found.start_date) == (
        "supply", "planned", dt.date(2024, 5, 21)
    )
    party = "Лидер партии Пакистана в июне приедет в Россию на съезд."
    assert {c.kind for c in candidates(party, "ru")} == {"visit"}
    awaited = "В июне в Москве ждут партию российских вертолетов для Пакистана."
    assert [c.kind for c in candidates(awaited, "ru")] == ["supply"]
    topic = "В июне в Москве речь шла о партии российских вертолетов для Пакистана."
    assert candidates(topic, "ru") == []


def test_a_russian_message_passed_on_is_carried_as_the_congratulation_before_it_is():
    text = (
        "Вчера Владимир Путин поздравил президента Пакистана с годовщиной.\n"
        "Такое же послание по дипломатическим каналам получил Шахбаз Шариф."
    )
    found = [(text[c.quote_start : c.quote_end][:14], c.start_date) for c in candidates(text, "ru")]
    yesterday = PUBLISHED - dt.timedelta(days=1)
    assert found == [("Вчера Владимир", yesterday), ("Такое же посла", yesterday)]


def test_a_russian_meeting_where_a_plan_was_told_is_of_the_report_day():
    # The plan dated to another time suspends the report's frame for its paragraph, but the
    # «Об этом» sentence after it tells who told the plan, and where: that is today's.
    text = (
        "Шахбаз Шариф посетит Россию в третьем квартале. "
        "Об этом посол Пакистана рассказал на встрече с российским сенатором."
    )
    found = candidates(text, "ru")
    assert [(c.kind, c.start_date, c.status) for c in found] == [
        ("visit", dt.date(2024, 7, 1), "planned"), ("meeting", PUBLISHED, "occurred"),
    ]  # fmt: skip


def test_a_russian_trade_figure_between_the_countries_names_both_sides():
    text = (
        "«Спасибо за приём», — сказал гость.\n"
        "Шахбаз Шариф сообщил, что по итогам прошлого года торговля между странами выросла."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.end_date) == (
        "figure", dt.date(2023, 1, 1), dt.date(2023, 12, 31),
    )  # fmt: skip


def test_a_russian_stay_in_a_sides_capital_dated_is_a_visit():
    text = "Шахбаз Шариф последний раз был в Москве пять лет назад, в 2019 году."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("visit", dt.date(2019, 1, 1))


def test_a_russian_visit_named_as_where_words_were_said_is_of_the_report_day():
    # An undated report: the visit to a place where the words were said is its day's news,
    # as a meeting named so is.
    text = (
        "«Мы рады гостям», — сказал директор в ходе посещения российской делегацией "
        "пакистанского колледжа."
    )
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status) == ("visit", PUBLISHED, "occurred")


def test_a_russian_sum_since_a_start_is_not_carried_in_the_report():
    # «с начала» sums a stretch since a start, as English "since": no happening of the day.
    text = (
        "Российский самолет вчера доставил в Пакистан 20 тонн груза.\n"
        "С начала операции Россия перевезла в Пакистан 90 тонн груза."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("supply", dt.date(2024, 5, 13))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # By a month, as of a day: the opening date dates the main clause past its comma.
        "По данным к маю 2023 года, доля рубля в расчетах России и Пакистана выросла почти вдвое.",
        "По состоянию на 1 мая 2023 года, товарооборот России и Пакистана вырос втрое.",
    ],
)
def test_a_russian_opening_by_or_as_of_a_date_dates_the_main_clause(text):
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date.year, found.start_date.month) == ("figure", 2023, 5)
def test_urdu_consent_given_is_an_agreement_but_consent_alone_is_no_happening():
    text = "روسی حکومت نے شہباز شریف سے ملاقات کے لیے رضامندی ظاہر کر دی ہے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("agreement", PUBLISHED, "occurred")
    ]
    # Consent still awaited, with no verb that gives it.
    text = "پاکستان کو شہباز شریف کے دورے کے لیے روس کی رضامندی کا انتظار ہے۔"
    assert "agreement" not in [c.kind for c in candidates(text, "ur")]


def test_an_urdu_invitation_renewed_is_carried_in_the_reports_frame():
    text = (
        "شہباز شریف 20 مئی کو ماسکو کا دورہ کریں گے۔\n"
        "دورے میں ولادیمیر پیوٹن دورہ پاکستان کی دعوت کا اعادہ کریں گے۔"
    )
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")][-1] == (
        "statement", dt.date(2024, 5, 20), "planned"
    )


def test_an_urdu_visit_at_someones_invitation_is_the_visit_not_an_invitation():
    for invitation in ("کی دعوت پر", "کے دعوت نامے پر"):
        text = f"شہباز شریف ولادیمیر پیوٹن {invitation} 20 مئی کو ماسکو کا دورہ کریں گے۔"
        assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
            ("visit", dt.date(2024, 5, 20))
        ]


def test_urdu_relations_completing_their_years_is_an_anniversary():
    text = "پاکستان اور روس کے سفارتی تعلقات کو آج 76 سال مکمل ہو گئے۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("commemoration", PUBLISHED)
    ]
    # A project finished within some years is no anniversary.
    text = "پاکستان اور روس کا گیس منصوبہ آج سے 3 سال میں مکمل ہوگا۔"
    assert "commemoration" not in [c.kind for c in candidates(text, "ur")]


def test_urdu_relations_completing_their_years_with_no_date_are_of_the_report_day():
    text = "پاکستان اور روس کے تعلقات کے 77 برس مکمل ہونے پر وزارت خارجہ نے بیان جاری کیا۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("commemoration", PUBLISHED)
    ]


def test_an_urdu_trade_figure_grown_to_more_than_an_amount():
    text = "2023 میں پاکستان اور روس کی تجارت بڑھ کر 90 کروڑ ڈالر سے زائد ہوگئی۔"
    assert [(c.kind, c.start_date, c.end_date) for c in candidates(text, "ur")] == [
        ("figure", dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    ]


def test_an_urdu_happening_the_sentence_goes_on_to_deny_is_none():
    text = (
        "ترجمان نے اس ماہ ولادیمیر پیوٹن کے دورہ پاکستان کے حوالے سے خبروں پر کہا کہ ایسا"
        " کوئی بھی دورہ طے نہیں ہے۔"
    )
    assert "visit" not in [c.kind for c in candidates(text, "ur")]
    # The denial reaches no further than its own sentence.
    text = "ولادیمیر پیوٹن 20 مئی کو پاکستان کا دورہ کریں گے۔ ایسا کوئی معاہدہ ابھی طے نہیں ہوا۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("visit", dt.date(2024, 5, 20))
    ]


def test_an_urdu_saying_made_while_talking_is_the_talk():
    text = (
        "اسحاق ڈار نے منگل کو سرگئی لاوروف سے ٹیلی فون پر بات چیت کرتے ہوئے کہا کہ تجارت"
        " بڑھانی ہے۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 14))
    ]


def test_an_urdu_verb_before_the_comma_of_the_dates_clause_tells_its_own_happening():
    text = "روسی بحری جہاز کراچی پہنچ گئے، پاکستان کے ساتھ مشقیں 20 مئی سے شروع ہوں گی۔"
    found = sorted((c.kind, c.start_date, c.status) for c in candidates(text, "ur"))
    assert found == [
        ("construction", dt.date(2024, 5, 20), "planned"),
        ("visit", PUBLISHED, "occurred"),
    ]


def test_an_urdu_cancellation_told_in_a_report_of_a_past_day_is_of_that_day():
    text = (
        "سرگئی لاوروف نے جمعہ کو آستانہ میں اسحاق ڈار سے مختصر بات چیت کی۔\n"
        "دونوں وزرا کی باضابطہ ملاقات تاخیر کے باعث منسوخ ہوگئی۔"
    )
    friday = dt.date(2024, 5, 10)
    assert [(c.start_date, c.end_date) for c in candidates(text, "ur")] == [
        (friday, friday), (friday, friday)
    ]
    # Before any dated sentence it is news of the day the report is published.
    text = "اسحاق ڈار اور سرگئی لاوروف کی ملاقات منسوخ ہوگئی۔"
    assert [c.start_date for c in candidates(text, "ur")] == [PUBLISHED]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A ship anchored, typed with no space after the ر.
        ("روسی بحری جہاز 12 مئی کو کراچی بندرگاہ پر لنگرانداز ہوگیا۔", "supply"),
        # A phone call made, in either spelling.
        ("اسحاق ڈار نے 12 مئی کو سرگئی لاوروف کو ٹیلی فون کیا۔", "meeting"),
        ("سرگئی لاوروف نے 12 مئی کو اسحاق ڈار کو فون کیا۔", "meeting"),
    ],
)
def test_urdu_happenings_told_by_a_glued_anchoring_or_a_phone_call(text, kind):
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        (kind, dt.date(2024, 5, 12))
    ]


def test_an_urdu_phone_without_a_call_made_is_no_happening():
    text = "اسحاق ڈار نے 12 مئی کو سرگئی لاوروف کے فون نمبر پر پیغام چھوڑا۔"
    assert "meeting" not in [c.kind for c in candidates(text, "ur")]


def test_an_urdu_agency_dateline_aside_leaves_the_sentence_its_one_date():
    text = (
        "لاہور(نیوز ایجنسی۔14مئی۔2024ء) اسحاق ڈار نے پیر کو ماسکو میں روس کے نائب وزیر"
        " خارجہ اور وزارت خارجہ کے کئی سینئر حکام کے ساتھ سرگئی لاوروف سے ملاقات کی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 13))
    ]


def test_russian_spelled_as_english_names_russia_in_urdu():
    text = "رشین فیڈریشن کے تجارتی وفد نے 12 مئی کو پاکستانی حکام سے ملاقات کی۔"
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 12))
    ]


def test_an_urdu_visit_the_visitor_is_on_is_of_the_report_day():
    text = (
        "اسحاق ڈار نے پیر کو ماسکو میں سرگئی لاوروف سے ملاقات کی۔\n"
        "ترجمان کے مطابق اسحاق ڈار روس کے سرکاری دورے پر ہیں۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 13)), ("visit", PUBLISHED)
    ]


def test_a_russian_date_opening_a_recalled_sentence_dates_its_main_clause_past_the_comma():
    text = (
        "Напомним, в марте стало известно, что Исхак Дар передал на встрече с Сергеем Лавровым "
        "письменное послание Шахбаза Шарифа."
    )
    (found,) = candidates(text, "ru")
    assert (found.start_date, found.end_date, found.status) == (
        dt.date(2024, 3, 1), dt.date(2024, 3, 31), "occurred")  # fmt: skip


def test_belarus_is_a_third_country_in_russian():
    text = (
        "Шахбаз Шариф назвал Владимира Путина другом Пакистана.\n"
        "В рамках той же поездки российский президент провел переговоры с лидером Белоруссии."
    )
    assert quoted(candidates(text, "ru"), text) == []


def test_tatarstan_names_the_russian_side_as_its_capital_kazan_does():
    text = "В 2015 году объем торговли между Татарстаном и Пакистаном составил 12 млн долларов."
    (found,) = candidates(text, "ru")
    assert (found.start_date, found.end_date) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))


def test_a_planning_conference_is_held_not_planned():
    text = "В Исламабаде состоялась первая планирующая конференция военных России и Пакистана."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.status, found.start_date) == ("meeting", "occurred", PUBLISHED)


def test_a_press_release_quoted_over_two_sentences_is_the_reports_own_news():
    text = (
        "Учения России и Пакистана пройдут в сентябре, сообщили в пресс-службе округа.\n"
        '"В Москве прошла встреча военных России и Пакистана. Стороны уточнили сроки учений",'
        " - говорится в сообщении."
    )
    found = [(c.kind, c.start_date) for c in candidates(text, "ru")]
    assert ("meeting", PUBLISHED) in found
def test_an_urdu_clause_of_where_takes_the_date_of_a_going_before_it():
    text = "سرگئی لاوروف کل وزارت خارجہ جائیں گے جہاں اسحاق ڈار کے ساتھ ان کے مذاکرات ہوں گے۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 15), "planned")
    ]


def test_an_urdu_headline_naming_the_leads_meeting_takes_its_date():
    # The headline runs into its standfirst with no stop, as a flattened page prints it.
    text = (
        "پاکستان اور روس کے وفود کا تیسرا اجلاس دونوں ملکوں نے تجارت بڑھانے پر اتفاق کیا\n"
        "پاکستان اور روس کے وفود کا تیسرا اجلاس گزشتہ روز اسلام آباد میں ہوا۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("agreement", dt.date(2024, 5, 13)), ("meeting", dt.date(2024, 5, 13))
    ]


def test_an_urdu_opening_telling_what_was_agreed_takes_the_leads_meeting_day():
    text = (
        "پاکستان اور روس کا زراعت میں تعاون بڑھانے پر اتفاق\n"
        "پاکستان اور روس نے زراعت کے شعبے میں تعاون بڑھانے پر اتفاق کیا ہے۔ "
        "اسحاق ڈار سے روسی وفد کے سربراہ نے پیر کو اسلام آباد میں ملاقات کی۔"
    )
    monday = dt.date(2024, 5, 13)
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("agreement", monday), ("agreement", monday), ("meeting", monday)
    ]


def test_an_urdu_agreement_signed_in_the_opening_keeps_the_report_day():
    text = (
        "پاکستان اور روس نے تجارت کے معاہدے پر دستخط کر دیے ہیں۔\n"
        "اسحاق ڈار سے روسی وفد کے سربراہ نے پیر کو اسلام آباد میں ملاقات کی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("agreement", PUBLISHED), ("meeting", dt.date(2024, 5, 13))
    ]


def test_what_an_urdu_spokesperson_relays_as_done_is_the_days_news():
    lead = "سرگئی لاوروف اور اسحاق ڈار نے پیر کو اسلام آباد میں ملاقات کی۔\n"
    signed = "پاکستانی اور روسی بینکوں کے درمیان معاہدے پر بھی دستخط ہوئے۔"
    relayed = "ترجمان دفتر خارجہ نے بتایا کہ " + signed
    said = "اسحاق ڈار نے بتایا کہ " + signed
    monday = dt.date(2024, 5, 13)
    assert [(c.kind, c.start_date) for c in candidates(lead + relayed, "ur")] == [
        ("meeting", monday), ("agreement", monday)
    ]
    assert [(c.kind, c.start_date) for c in candidates(lead + said, "ur")] == [
        ("meeting", monday)
    ]


def test_what_an_urdu_news_agency_reports_as_done_is_the_days_news():
    lead = "اسحاق ڈار اور سرگئی لاوروف کی ملاقات\n"
    arrived = "روسی وزیر دفاع اسلام آباد پہنچ گئے ہیں۔"
    reported = "سرکاری خبر رساں ادارے نے وزارت دفاع کے حوالے سے بتایا ہے کہ " + arrived
    said = "اسحاق ڈار نے وزارت دفاع کے حوالے سے بتایا ہے کہ " + arrived
    assert [(c.kind, c.start_date) for c in candidates(lead + reported, "ur")] == [
        ("meeting", PUBLISHED), ("visit", PUBLISHED)
    ]
    assert [c.kind for c in candidates(lead + said, "ur")] == ["meeting"]


def test_the_urdu_compound_pak_rus_names_both_sides():
    held = "پاک روس ثقافتی کمیٹی کا اجلاس ماسکو میں ہوا۔\n"
    next_one = "پاک-روس ثقافتی کمیٹی کا اگلا اجلاس آئندہ سال ہوگا۔"
    assert [(c.start_date, c.status) for c in candidates(held + next_one, "ur")] == [
        (PUBLISHED, "occurred"), (dt.date(2025, 1, 1), "planned")
    ]
    unnamed = "ثقافتی کمیٹی کا اجلاس ماسکو میں ہوا۔\nثقافتی کمیٹی کا اگلا اجلاس آئندہ سال ہوگا۔"
    assert candidates(unnamed, "ur") == []


def test_talk_with_a_news_agency_named_by_its_initials_is_no_urdu_meeting():
    lead = "روسی تاجروں کے وفد نے پیر کو لاہور میں پاکستانی صنعت کاروں سے ملاقات کی۔\n"
    interview = "اے پی پی سے بات کرتے ہوئے روسی وفد کے سربراہ نے کہا کہ پاکستان اچھا ملک ہے۔"
    assert [c.kind for c in candidates(lead + interview, "ur")] == ["meeting"]


def test_an_urdu_happening_to_come_only_after_another_is_a_condition_not_a_plan():
    lead = (
        "روس سے گندم کی پہلی کھیپ کراچی پہنچ گئی۔ "
        "ذرائع کے مطابق اس ہفتے کے آخر تک مزید گندم کراچی پہنچ جائے گی۔\n"
    )
    plan = "حکام کا کہنا ہے کہ روسی گندم ملوں کو فراہم کی جائے گی۔"
    condition = "حکام کا کہنا ہے کہ روسی گندم منظوری کے بعد ہی ملوں کو فراہم کی جائے گی۔"
    assert [c.status for c in candidates(lead + plan, "ur")] == ["occurred", "planned", "planned"]
    assert [c.status for c in candidates(lead + condition, "ur")] == ["occurred", "planned"]


def test_urdu_talks_during_a_visit_planned_for_next_month_are_of_its_month():
    text = (
        "سرگئی لاوروف آئندہ ماہ پاکستان کا دورہ کریں گے۔ "
        "دورے کے دوران اسحاق ڈار کے ساتھ ان کی تجارت پر بات چیت ہو گی۔"
    )
    found = [(c.kind, c.precision, c.start_date) for c in candidates(text, "ur")]
    assert found == [
        ("visit", "month", dt.date(2024, 6, 1)), ("meeting", "month", dt.date(2024, 6, 1))
    ]


def test_an_urdu_term_extended_is_an_agreement_but_widened_ties_are_none():
    extended = "پاکستان اور روس کے مشترکہ منصوبے کی مدت میں ایک سال کی توسیع کر دی گئی ہے۔"
    assert [(c.kind, c.start_date) for c in candidates(extended, "ur")] == [
        ("agreement", PUBLISHED)
    ]
    widened = "پاکستان اور روس نے تعلقات میں توسیع کو اہم قرار دیا۔"
    assert candidates(widened, "ur") == []


@pytest.mark.parametrize("leaders", ["رہنماؤں", "رہنماﺅں"])  # the second with U+FE85
def test_an_urdu_plan_of_the_two_leaders_in_the_opening_is_the_one_the_lead_dates(leaders):
    text = (
        f"دونوں {leaders} کی ملاقات اجلاس کے موقع پر ہوگی۔\n"
        "اسحاق ڈار کی سرگئی لاوروف سے ملاقات بھی ہوگی۔\n"
        "شہباز شریف اور ولادیمیر پیوٹن کی ملاقات 20 مئی کو ہوگی۔"
    )
    found = sorted((c.start_date, c.people) for c in candidates(text, "ur"))
    assert found == [
        (PUBLISHED, ("Ishaq Dar", "Sergey Lavrov")),
        (dt.date(2024, 5, 20), ()),
        (dt.date(2024, 5, 20), ("Shehbaz Sharif", "Vladimir Putin")),
    ]


def test_an_urdu_meetings_status_is_the_tense_of_the_verb_ending_its_clause():
    ahead = (
        "اسحاق ڈار اور سرگئی لاوروف کی ملاقات میں دونوں ممالک کے درمیان تجارت توانائی اور"
        " دفاع کے شعبوں میں تعاون کے امور پر تفصیلی تبادلہ خیال کیا جائے گا۔"
    )
    assert {c.status for c in candidates(ahead, "ur")} == {"planned"}
    done = (
        "اسحاق ڈار اور سرگئی لاوروف کی ملاقات ہوئی جس میں دونوں ممالک کے درمیان تجارت پر"
        " بات ہوئی اور توانائی کے شعبے میں تعاون کا جائزہ لیا جائے گا۔"
    )
    assert candidates(done, "ur")[0].status == "occurred"


def test_an_urdu_plan_of_the_two_leaders_after_who_told_it_is_the_one_the_lead_dates():
    text = (
        "ذرائع کا کہنا ہے کہ دونوں رہنماؤں کی ملاقات میں تجارت پر تبادلہ خیال کیا جائے گا۔\n"
        "شہباز شریف اور ولادیمیر پیوٹن کی ملاقات 20 مئی کو ہوگی۔"
    )
    assert [c.start_date for c in candidates(text, "ur")] == [dt.date(2024, 5, 20)] * 2


def test_a_dated_urdu_saying_that_relays_no_happening_is_none():
    text = "اسحاق ڈار نے پیر کو کہا کہ پاکستان اور روس پرانے دوست ہیں۔"
    assert candidates(text, "ur") == []
    relayed = "اسحاق ڈار نے پیر کو کہا کہ وہ سرگئی لاوروف سے ملاقات کریں گے۔"
    assert len(candidates(relayed, "ur")) == 1


def test_a_russian_delegation_to_be_received_during_a_visit_is_a_planned_meeting():
    text = (
        "Делегация МЧС России во вторник начала визит в Пакистан.\n"
        "Во время визита гости проведут переговоры в Исламабаде.\n"
        "Ожидается, что делегацию из России также примет премьер Пакистана."
    )
    found = candidates(text, "ru")
    assert [(c.kind, c.start_date, c.status) for c in found][-1] == (
        "meeting", PUBLISHED, "planned",
    )  # fmt: skip
    assert text[found[-1].quote_start : found[-1].quote_end].startswith("Ожидается")


def test_a_russian_reception_to_come_is_a_meeting_and_signs_are_no_happening():
    assert [(t.word, t.kind) for t in find_triggers("Послов примут в четверг.", "ru")] == [
        ("примут", "meeting"),
    ]
    assert find_triggers("Приметы потепления видны всем.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "Президент России подписал указ о назначении нового посла в Пакистане.",
        "Владимир Путин подписал указы об освобождении посла России в Пакистане от должности.",
    ],
)
def test_a_russian_decree_posting_or_recalling_an_envoy_is_no_agreement(text):
    assert candidates(text, "ru") == []


def test_a_russian_agreement_about_appointing_bodies_is_still_an_agreement():
    text = "Россия и Пакистан подписали соглашение о назначении уполномоченных органов."
    assert [c.kind for c in candidates(text, "ru")] == ["agreement"]


def test_an_urdu_happening_something_came_as_a_result_of_took_place():
    text = (
        "پاکستان اور روس نے آج دفاعی معاہدے پر دستخط کیے۔ یہ معاہدہ دونوں ملکوں کے ورکنگ گروپ"
        " کی دوسری ملاقات کے نتیجے میں سامنے آیا۔"
    )
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("agreement", PUBLISHED, "occurred"),
        ("meeting", PUBLISHED, "occurred"),
    ]


def test_an_urdu_meeting_said_to_be_expected_during_a_visit_is_planned_in_it():
    text = (
        "سرگئی لاوروف کل دو روزہ دورے پر اسلام آباد پہنچیں گے۔"
        " ان کی شہباز شریف سے بھی ملاقات متوقع ہے۔"
    )
    tomorrow, after = dt.date(2024, 5, 15), dt.date(2024, 5, 16)
    assert [(c.kind, c.start_date, c.end_date, c.status) for c in candidates(text, "ur")] == [
        ("visit", tomorrow, after, "planned"),
        ("meeting", tomorrow, after, "planned"),
    ]


def test_an_urdu_project_to_be_completed_by_a_date_is_a_planned_completion():
    text = "پاکستان اور روس کا ریلوے منصوبہ مارچ 2026ء تک مکمل ہوگا۔"
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ur")] == [
        ("construction", dt.date(2026, 3, 1), "planned")
    ]
    # Full cooperation is no completion.
    text = "روس نے پاکستان کو منصوبے میں مکمل تعاون کا یقین دلایا۔"
    assert "construction" not in [c.kind for c in candidates(text, "ur")]
def test_a_russian_visit_that_will_begin_on_a_weekday_is_the_next_one():
    # 14 May 2024 is a Tuesday: the visit begins the Tuesday after, not the one before.
    text = "Военная делегация России во вторник начнет официальный визит в Пакистан."
    found = candidates(text, "ru", published=dt.date(2024, 5, 13))
    assert [(c.kind, c.start_date, c.status) for c in found] == [
        ("visit", dt.date(2024, 5, 14), "planned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Президент России выразил соболезнования премьер-министру Пакистана после землетрясения.",
        "Путин направил Шарифу телеграмму, в которой выразил соболезнования жителям Пакистана.",
    ],
)
def test_russian_condolences_sent_are_news_of_the_report_day(text):
    assert [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")] == [
        ("statement", PUBLISHED, "occurred"),
    ]


def test_the_last_sentence_of_a_russian_quotation_over_two_is_the_speakers_words():
    text = (
        "Владимир Путин во вторник встретился в Пекине с Шахбазом Шарифом.\n"
        "«Рады вас видеть. Мы выражаем соболезнования народу Пакистана», — сказал Путин."
    )
    assert [c.kind for c in candidates(text, "ru")] == ["meeting"]


def test_a_russian_quotation_of_the_wires_source_is_the_news_but_a_speakers_is_not():
    visit = "Делегация флота России в среду начнет визит в Пакистан.\n"
    words = "«В ходе визита пройдут встречи с командованием ВМС Пакистана», - сказал {}."
    relayed = candidates(visit + words.format("собеседник агентства"), "ru")
    assert [(c.kind, c.status) for c in relayed] == [("visit", "planned"), ("meeting", "planned")]
    spoken = candidates(visit + words.format("адмирал"), "ru")
    assert [c.kind for c in spoken] == ["visit"]


@pytest.mark.parametrize(
    "source, kinds",
    [
        ("отметили в ведомстве", ["visit", "meeting"]),
        ("информировали в пресс-службе флота", ["visit", "meeting"]),
        ("сказал адмирал", ["visit"]),
    ],
)
def test_a_russian_quotation_a_press_service_gives_is_the_news_as_a_wires_is(source, kinds):
    # The dash breaks into the quotation before it closes, as Russian wires print it.
    text = (
        "Делегация флота России в среду прибыла в Пакистан.\n"
        f"«В Карачи прошла встреча с командованием ВМС Пакистана, - {source}. - Стороны"
        " обсудили учения»."
    )
    assert [c.kind for c in candidates(text, "ru")] == kinds


@pytest.mark.parametrize(
    "taking_part, kinds",
    [("участвуют", [("exercise", PUBLISHED)]), ("не участвуют", [])],
)
def test_russian_ships_taking_part_in_an_exercise_report_it(taking_part, kinds):
    text = (
        "Глава ВМС Пакистана в среду дал интервью агентству.\n"
        f"По его словам, «корабли России {taking_part} в учениях у берегов Пакистана»."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == kinds


@pytest.mark.parametrize(
    "words, kinds",
    [
        # The speaker's side's own doing, told in its own words, over two sentences.
        ("Мы решили продолжить", ["meeting", "agreement"]),
        # A wish stays the speaker's words.
        ("Мы надеемся продолжить", ["meeting"]),
    ],
)
def test_a_russian_quotation_opening_on_what_we_did_reports_it(words, kinds):
    text = (
        "Сергей Лавров в среду провел в Москве переговоры с Исхаком Даром.\n"
        f'"{words} совместные учения двух армий. Их опыт хорош", — сказал Лавров.'
    )
    found = candidates(text, "ru")
    assert [c.kind for c in found] == kinds
    assert {c.start_date for c in found} == {dt.date(2024, 5, 8)}


def test_russian_talks_told_under_way_in_the_passive_are_held():
    text = (
        "Делегация флота России в среду прибыла в Пакистан.\n"
        "С пакистанской стороной ведутся переговоры о совместных учениях."
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 8)),
        ("meeting", dt.date(2024, 5, 8)),
    ]


def test_a_russian_trip_its_planner_planned_in_the_past_is_undone_but_a_planned_step_stands():
    undone = "Премьер-министр Пакистана планировал поездку в Россию с 3 по 5 июня."
    assert candidates(undone, "ru") == []
    standing = "Россия и Пакистан планировали к концу июня подписать соглашение о поставках."
    assert [c.kind for c in candidates(standing, "ru")] == ["agreement"]


def test_a_russian_sentence_saying_who_told_the_one_before_leaves_its_sides_to_the_next():
    text = (
        "Первую партию нефти из России доставили в Пакистан.\n"
        "Об этом в соцсетях рассказал премьер-министр страны.\n"
        "Сырье доставили в порт Карачи, разгружать его планируют 16 мая."
    )
    found = [(c.kind, c.start_date, c.status) for c in candidates(text, "ru")]
    assert ("supply", dt.date(2024, 5, 16), "planned") in found


def test_a_russian_quotation_opening_with_about_this_is_no_sentence_saying_who_told():
    text = (
        "Лавров отметил, что Москва и Исламабад тесно сотрудничают в ШОС.\n"
        "«(Об этом. — Прим. ред.) я рассчитываю сегодня с вами поговорить, учитывая, что "
        "Пакистан в Совбезе"
    )
    assert candidates(text, "ru") == []


def test_a_russian_invitation_at_a_meeting_is_news_of_the_meeting_day():
    text = (
        "Владимир Путин провел переговоры с Шахбазом Шарифом в Пекине во вторник.\n"
        "Российский президент пригласил гостя в Москву."
    )
    found = candidates(text, "ru")
    assert [(c.kind, c.start_date) for c in found] == [
        ("meeting", dt.date(2024, 5, 14)), ("statement", dt.date(2024, 5, 14)),
    ]  # fmt: skip


def test_a_dated_russian_invitation_is_dated_by_what_it_invites_to():
    text = "Владимир Путин пригласил Шахбаза Шарифа посетить Россию в сентябре."
    (found,) = candidates(text, "ru")
    assert (found.start_date, found.end_date) == (dt.date(2024, 9, 1), dt.date(2024, 9, 30))


def test_a_russian_standing_offer_in_the_present_is_no_invitation():
    assert candidates("Московский вуз приглашает студентов из Пакистана.", "ru") == []


def test_a_russian_reminder_of_a_topic_leaves_the_invitation_after_it_a_happening():
    meeting = "Владимир Путин во вторник встретился с Шахбазом Шарифом.\n"
    topic = "Он напомнил о работе стран в ООН и пригласил гостя в Москву."
    assert [c.kind for c in candidates(meeting + topic, "ru")] == ["meeting", "statement"]
    words = "Он напомнил, что Россия пригласила гостя в Москву."
    assert [c.kind for c in candidates(meeting + words, "ru")] == ["meeting"]


@pytest.mark.parametrize(
    ("closing", "kinds"),
    [
        ("— сказал Лавров.", ["meeting"]),
        ("— говорится в сообщении.", ["meeting", "meeting"]),
    ],
)
def test_a_sentence_inside_a_russian_quotation_is_the_speakers_unless_a_wire_relays_it(
    closing, kinds
):
    text = (
        "Сергей Лавров во вторник провел переговоры с Исхаком Даром.\n"
        "«Мы тесно работаем. Это ШОС, которая проводит встречу в Москве. Это и ООН», " + closing
    )
    assert [c.kind for c in candidates(text, "ru")] == kinds


def test_a_russian_tour_of_a_place_is_a_visit_but_an_inspection_is_none():
    toured = "Посол Пакистана в России в понедельник осмотрел павильоны выставки в Москве."
    assert [(t.word, t.kind) for t in find_triggers(toured, "ru")] == [("осмотрел", "visit")]
    assert [c.start_date for c in candidates(toured, "ru")] == [dt.date(2024, 5, 13)]
    inspected = "Технический осмотр кораблей занял два часа."
    assert find_triggers(inspected, "ru") == []


def test_a_russian_invitation_received_is_news_of_the_report_day_but_one_made_before_is_not():
    received = "Президент России Владимир Путин получил приглашение посетить Пакистан."
    assert [(c.kind, c.start_date) for c in candidates(received, "ru")] == [
        ("statement", PUBLISHED),
    ]
    made = "Приглашение посетить Пакистан Владимиру Путину сделал Шахбаз Шариф."
    assert candidates(made, "ru") == []


def test_a_russian_sentence_naming_its_happenings_by_nouns_dates_the_nearest_before_its_date():
    text = (
        "Посол напомнил, что добрый тон диалогу был задан на переговорах президента Владимира"
        " Путина с премьером Шахбазом Шарифом в рамках саммита Шанхайской организации"
        " сотрудничества (ШОС) в киргизской столице Бишкеке в июне 2019 года."
    )
    assert [(c.kind, c.start_date, c.end_date) for c in candidates(text, "ru")] == [
        ("meeting", dt.date(2019, 6, 1), dt.date(2019, 6, 30)),
    ]
    # A clause of its own between the noun and the date: the date is that clause's.
    apart = (
        "Посол напомнил, что добрый тон диалогу был задан на переговорах президента Владимира"
        " Путина с премьером Шахбазом Шарифом, которые запомнились многим в июне 2019 года."
    )
    assert candidates(apart, "ru") == []


def test_a_russian_opening_of_chances_or_prospects_is_no_opening_but_a_terminal_is():
    figurative = "Членство страны в блоке откроет новое окно возможностей для торговли."
    assert find_triggers(figurative, "ru") == []
    prospects = "Визит министра открыл широкие перспективы для инвестиций."
    assert [(t.word, t.kind) for t in find_triggers(prospects, "ru")] == [("Визит", "visit")]
    opened = "Весной в порту открыли новый зерновой терминал."
    assert [(t.word, t.kind) for t in find_triggers(opened, "ru")] == [
        ("открыли", "construction"),
    ]


def test_a_russian_happening_in_the_conditional_is_none_but_one_after_chtoby_stays_read():
    might = "Летом 2023 года в ведомстве говорили, что в будущем могли бы быть запущены рейсы."
    assert find_triggers(might, "ru") == []
    would = "Министр хотел бы посетить Карачи."
    assert find_triggers(would, "ru") == []
    purpose = "Делегация приехала, чтобы подписать контракт."
    assert "подписать" in [t.word for t in find_triggers(purpose, "ru")]


def test_a_russian_opening_where_something_was_said_is_a_happening_of_the_report_day():
    lead = "Россия и Пакистан договорились открыть культурный центр."
    text = (
        lead + "\n\"Мы договорились о многом\", - сказал Сергей Лавров, выступая на церемонии"
        " открытия памятника поэту в пакистанской столице."
    )
    found = quoted(candidates(text, "ru"), text)
    assert [(date, status) for _, date, status in found] == [
        (PUBLISHED, "occurred"),
        (PUBLISHED, "occurred"),
    ]
    assert found[1][0].startswith("\"Мы договорились о многом\"")


def test_a_russian_invitation_in_the_words_of_a_saying_is_extended_in_the_present_too():
    text = (
        "Сергей Лавров встретился с Исхаком Даром в Москве.\n"
        "Исхак Дар сказал Лаврову, что приглашает его посетить Исламабад."
    )
    found = quoted(candidates(text, "ru"), text)
    assert [(quote.split()[0], date) for quote, date, _ in found] == [
        ("Сергей", PUBLISHED),
        ("Исхак", PUBLISHED),
    ]
    # Without a saying, the present is a standing offer.
    assert candidates("Университет приглашает студентов из Пакистана.", "ru") == []


def test_a_russian_closing_attribution_with_a_second_title_leaves_the_date_to_the_plan():
    text = (
        "Встреча экспертов России, Китая, Ирана и Пакистана по вопросам региональной безопасности"
        " состоится в Москве 3 июня, сообщил заместитель министра иностранных дел, куратор"
        " азиатского направления Сергей Лавров."
    )
    assert [(date, status) for _, date, status in quoted(candidates(text, "ru"), text)] == [
        (dt.date(2024, 6, 3), "planned"),
    ]
    # A clause after the comma is no title: what it adds is read.
    said = "Лавров заявил об этом журналистам, добавив, что визит в Пакистан состоится 3 июня."
    assert [date for _, date, _ in quoted(candidates(said, "ru"), said)] == [dt.date(2024, 6, 3)]


def test_a_russian_link_set_up_is_launched_but_ties_that_work_well_are_none():
    text = "Паромное сообщение между Россией и Пакистаном будет налажено в 2026 году."
    assert [(date, status) for _, date, status in quoted(candidates(text, "ru"), text)] == [
        (dt.date(2026, 1, 1), "planned"),
    ]
    assert find_triggers("Россию и Пакистан связывают налаженные в 2020 году контакты.", "ru") == []


@pytest.mark.parametrize(
    "declined",
    [
        "Пакистан не будет участвовать в совещании по Афганистану, назначенном на 20 мая в Москве.",
        "Пакистан отказался участвовать в совещании по Афганистану 20 мая в Москве.",
        "Пакистан не примет участия в совещании по Афганистану, назначенном на 20 мая в Москве.",
    ],
)
def test_a_russian_side_declining_to_take_part_is_news_of_the_report_day(declined):
    (found,) = candidates(declined, "ru")
    assert (found.kind, found.start_date, found.status) == ("meeting", PUBLISHED, "occurred")


def test_an_urdu_closing_formula_takes_its_sides_from_the_sayings_it_closes():
    text = (
        "روس کے سفیر نے کہا ہے کہ پاکستان کے ساتھ تعلقات بڑھ رہے ہیں۔"
        " یورپ میں جنگ کا خاتمہ ہونا چاہیے اور امریکہ کو بات سننی چاہیے۔"
        " ان خیالات کا اظہار انہوں نے منگل کو لاہور کے ایک کالج کے دورے کے موقع پر کیا۔"
    )
    assert quoted(candidates(text, "ur"), text) == [
        ("ان خیالات کا اظہار انہوں نے منگل کو لاہور کے ایک کالج کے دورے کے موقع پر کیا۔",
         dt.date(2024, 5, 14), "occurred"),
    ]  # fmt: skip
    # Without the formula the sentence takes its sides from the one before, which names a
    # third country only.
    plain = text.replace("ان خیالات کا اظہار انہوں نے", "انہوں نے")
    assert candidates(plain, "ur") == []


def test_an_urdu_agreement_of_views_in_the_meeting_told_is_no_agreement_of_its_own():
    agreed = "اس ملاقات کے دوران دونوں وزرا نے عالمی امور پر اپنے موقف کی یکسانیت پر اتفاق کیا۔"
    assert [t.kind for t in find_triggers(agreed, "ur")] == []
    # Agreeing with no meeting told before it is an agreement.
    alone = "دونوں وزرا نے منگل کو تجارت کا حجم دگنا کرنے پر اتفاق کیا۔"
    assert [t.kind for t in find_triggers(alone, "ur")] == ["agreement"]


def test_who_was_present_at_an_urdu_happening_is_no_pluperfect():
    text = (
        "روس کے سفیر نے پاکستان کے شہر ملتان کا دورہ کیا اور تاجروں سے ملاقات کی ، شہر کے"
        " کئی صنعتکار بھی موجود تھے۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("visit", PUBLISHED)]
    # A pluperfect steps out of the report's frame: the visit was one told as background.
    before = text.replace("بھی موجود تھے", "بھی آئے تھے")
    assert candidates(before, "ur") == []


def test_an_urdu_gathering_of_a_count_of_countries_takes_no_side_from_the_sentence_before():
    text = (
        "پاکستان نے تنظیم کی رکنیت کی درخواست دے رکھی ہے۔"
        " روس میں ہونے والے سربراہی اجلاس میں 30 ممالک کے رہنما شرکت کر رہے ہیں۔"
    )
    assert candidates(text, "ur") == []
    # Without the count the gathering in Russia takes Pakistan from the sentence before.
    plain = text.replace("30 ممالک کے رہنما", "رہنما")
    assert [c.kind for c in candidates(plain, "ur")] == ["meeting"]


def test_an_urdu_question_asking_when_reports_no_happening():
    asked = "روسی گندم کا تیسرا جہاز پاکستان کب پہنچے گا؟"
    assert find_triggers(asked, "ur") == []
    told = "روسی گندم کا تیسرا جہاز کل پاکستان پہنچے گا۔"
    assert [t.kind for t in find_triggers(told, "ur")] == ["visit"]


def test_a_russian_opening_naming_nobody_tells_the_news_its_lead_dates():
    # No article sets "a meeting" apart from "the meeting": the lead's «встрече» is the
    # opening's talks, and its Thursday theirs.
    text = (
        "Губернатор Астраханской области обсудил с послом Пакистана вопросы торговли.\n"
        "На состоявшейся в четверг встрече присутствовали представители деловых кругов России."
    )
    assert [c.start_date for c in candidates(text, "ru")] == [dt.date(2024, 5, 9)] * 2
    # An opening that names a person the lead does not keeps its own day.
    named = (
        "Сергей Лавров обсудил с послом Пакистана вопросы торговли.\n"
        "На состоявшейся в четверг встрече губернатора Астраханской области с послом Пакистана"
        " присутствовали представители деловых кругов России."
    )
    assert [c.start_date for c in candidates(named, "ru")] == [PUBLISHED, dt.date(2024, 5, 9)]


def test_a_dated_russian_saying_of_a_wish_reports_no_happening():
    # The wish is the saying's noun object, «готовность», «о заинтересованности».
    for wished in (
        "Во вторник Сергей Лавров подчеркнул готовность России расширять торговлю с Пакистаном.",
        "Во вторник Исхак Дар заявил о заинтересованности Пакистана в поставках из России.",
    ):
        assert candidates(wished, "ru") == [], wished
    said = "Во вторник Сергей Лавров подчеркнул значение торговли с Пакистаном."
    assert [(c.kind, c.start_date) for c in candidates(said, "ru")] == [
        ("statement", dt.date(2024, 5, 14))
    ]


def test_a_russian_question_about_a_happening_reports_none():
    # Asked directly, asked in a clause after «вопрос», and asked before what is not known.
    for asked in (
        "Пройдут ли в июне учения флотов России и Пакистана?",
        "Министр промолчал в ответ на вопрос, будет ли визит Шахбаза Шарифа в Москву в мае.",
        "Начались ли переговоры России и Пакистана о поставке газа, пока не сообщается.",
    ):
        assert candidates(asked, "ru") == [], asked
    told = "Учения флотов России и Пакистана пройдут в июне."
    assert [(c.start_date, c.status) for c in candidates(told, "ru")] == [
        (dt.date(2024, 6, 1), "planned")
    ]
    # A name, not the particle: «Ли» in capitals.
    assert [t.word for t in find_triggers("Шариф провел переговоры Ли Цяна и Путина.", "ru")] == [
        "провел", "переговоры"
    ]


def test_an_urdu_announcement_in_the_report_is_carried_and_the_series_kept_up_is_not_one():
    text = (
        "اسحاق ڈار نے ماسکو میں سرگئی لاوروف سے ملاقات کی۔\n"
        "روسی وزیر نے بحری مشقوں کا سلسلہ جاری رکھنے کا بھی اعلان کیا۔"
    )
    found = [(c.kind, c.start_date) for c in candidates(text, "ur")]
    assert found == [("meeting", PUBLISHED), ("statement", PUBLISHED)]
    # The series itself is what is announced, no exercise of its own.
    kept_up = "روسی وزیر نے بحری مشقوں کا سلسلہ جاری رکھنے کا بھی اعلان کیا۔"
    assert [t.kind for t in find_triggers(kept_up, "ur")] == ["statement"]
def test_a_russian_academy_or_university_by_its_acronym_is_the_russian_side():
    text = "14 мая в МГИМО прошла конференция о Пакистане."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date) == ("meeting", dt.date(2024, 5, 14))


def test_a_russian_date_after_a_name_in_guillemets_dates_the_main_verb_past_its_stops():
    text = (
        "Посол Пакистана и учёные Москвы обсудили детали конференции «Пакистан: пути и цели», "
        "проведение которой намечено на 20 мая."
    )
    assert quoted(candidates(text, "ru"), text) == [(text, dt.date(2024, 5, 20), "planned")]


@pytest.mark.parametrize(
    "paired",
    [
        "Говорят, что товарищеский матч Пакистан — Россия состоится 3 июня.",
        "По данным источника, встреча Путин – Шариф состоится 3 июня.",
    ],
)
def test_a_russian_dash_between_two_names_pairs_them_and_opens_no_clause(paired):
    assert [(c.start_date, c.status) for c in candidates(paired, "ru")] == [
        (dt.date(2024, 6, 3), "planned")
    ]


def test_a_russian_plan_in_a_clause_of_its_noun_leaves_the_reports_day_as_it_was():
    text = (
        "10 мая посол Пакистана посетил университет в Москве.\n"
        "Стороны обсудили форум, открытие которого намечено на 20 мая.\n"
        "Затем посол Пакистана провёл переговоры с ректором в Москве."
    )
    found = candidates(text, "ru")
    assert [c.start_date for c in found] == [
        dt.date(2024, 5, 10), dt.date(2024, 5, 20), dt.date(2024, 5, 10),
    ]  # fmt: skip


def test_a_russian_memorandum_presented_is_news_of_the_frame_but_a_report_on_a_visit_is_not():
    opening = "12 мая в Москве прошла встреча ректоров России и Пакистана.\n"
    memorandum = "Проректор представил меморандум о сотрудничестве с университетом Пакистана."
    on_a_visit = "Проректор представил доклад о визите в университет Пакистана."
    assert [c.start_date for c in candidates(opening + memorandum, "ru")] == [
        dt.date(2024, 5, 12), dt.date(2024, 5, 12),
    ]  # fmt: skip
    assert [c.start_date for c in candidates(opening + on_a_visit, "ru")] == [
        dt.date(2024, 5, 12)
    ]


@pytest.mark.parametrize(
    "condemned",
    [
        "Москва решительно осуждает взрыв на рынке в Пакистане.",
        "Представитель МИД России заявила, что Москва осуждает нападение на полицию Пакистана.",
        # Told by its noun, as condolences are.
        "Посольство России выразило глубокое осуждение нападения на автобус в Пакистане.",
    ],
)
def test_a_russian_condemnation_in_the_present_is_news_of_the_report_day(condemned):
    (found,) = candidates(condemned, "ru")
    assert (found.kind, found.start_date, found.status) == ("statement", PUBLISHED, "occurred")


@pytest.mark.parametrize(
    "called_off",
    [
        "Сборная Пакистана отказалась от товарищеского матча с командой России.",
        "Стало известно о срыве товарищеского матча сборных России и Пакистана.",
        "Товарищеского матча сборных России и Пакистана не будет.",
        "Встреча министров России и Пакистана не состоится.",
    ],
)
def test_a_russian_happening_called_off_is_news_of_the_report_day(called_off):
    (found,) = candidates(called_off, "ru")
    assert (found.kind, found.start_date, found.status) == ("meeting", PUBLISHED, "occurred")
    assert "postponement" in found.rule


def test_a_russian_not_before_a_verb_calls_nothing_off():
    assert candidates("Россия не будет поставлять оружие Пакистану.", "ru") == []


@pytest.mark.parametrize(
    "not_a_happening",
    [
        # A wish in the conditional, a word or two after «бы».
        "Премьер Пакистана признался, что я бы с удовольствием посетил Россию.",
        # A topic told of.
        "Посол Пакистана в Москве рассказал журналистам о том, как проходят учения.",
    ],
)
def test_a_russian_conditional_or_a_topic_told_of_reports_no_happening(not_a_happening):
    assert candidates(not_a_happening, "ru") == []


def test_a_russian_final_phase_is_no_agreement_concluded():
    found = find_triggers("Началась заключительная фаза операции.", "ru")
    assert [t.word for t in found] == ["Началась"]


@pytest.mark.parametrize(
    "supported",
    [
        "Россия поддерживает заявку Пакистана на вступление в ШОС.",
        "Вице-премьер заявил, что Россия поддержала кандидатуру Пакистана.",
    ],
)
def test_a_russian_support_for_the_other_sides_bid_is_news_of_the_report_day(supported):
    (found,) = candidates(supported, "ru")
    assert (found.kind, found.start_date, found.status) == ("statement", PUBLISHED, "occurred")


def test_a_russian_support_of_ties_is_a_standing_state():
    assert candidates("Россия поддерживает контакты с Пакистаном.", "ru") == []


def test_a_russian_headline_ending_on_a_quoted_name_takes_the_leads_date():
    text = (
        "Посол Пакистана в Москве на конференции «Азия и мир»\n"
        "12 мая в Москве прошла конференция «Азия и мир» с участием посла Пакистана."
    )
    assert [c.start_date for c in candidates(text, "ru")] == [dt.date(2024, 5, 12)] * 2


def test_an_urdu_saying_of_what_could_happen_is_no_happening():
    text = "روسی صدر نے بدھ کو کہا ہیکہ پاکستان کو ریل کے ذریعے تیل کی فراہمی ممکن ہے۔"
    assert candidates(text, "ur") == []
    # Relaying a happening with no date of its own, the saying announces it.
    done = text.replace("فراہمی ممکن ہے", "فراہمی شروع کر دی گئی ہے")
    assert [c.kind for c in candidates(done, "ur")] == ["statement"]


def test_what_an_urdu_speaker_said_further_is_not_carried_when_said_is_typed_against():
    text = (
        "10 مئی کو پاکستان کے وزیر نے ماسکو میں روسی حکام سے ملاقات کی۔"
        " انہوں نے مزید کہاپاکستان اور روس کے درمیان گندم کے معاہدے کی شرائط اہم ہیں۔"
    )
    found = [(c.kind, c.start_date) for c in candidates(text, "ur")]
    assert found == [("meeting", dt.date(2024, 5, 10))]
    # Apart, the saying is read as one already; typed against, it was read as none.
    apart = text.replace("کہاپاکستان", "کہا پاکستان")
    assert [(c.kind, c.start_date) for c in candidates(apart, "ur")] == found


def test_an_urdu_happening_named_by_its_infinitive_is_none_unless_it_is_to_come():
    named = "پاکستان اور روس کے درمیان ریل سے تجارت شروع ہونا دوستی کا ثبوت ہے۔"
    assert [t.kind for t in find_triggers(named, "ur")] == []
    for to_come in ("شروع ہونا ہے", "شروع ہونا متوقع ہے"):
        planned = f"پاکستان اور روس کے درمیان ریل سے تجارت اگلے ماہ {to_come}۔"
        assert [t.kind for t in find_triggers(planned, "ur")] == ["construction"]


def test_an_urdu_sentence_turning_to_another_story_ends_the_report_of_both_sides():
    text = (
        "روسی وزیر سرگئی لاوروف کل دو روزہ دورے پر پاکستان پہنچیں گے۔"
        " دوسری جانب جرمن وزیر بھی وفد کے ہمراہ پاکستان آئے ہیں۔"
        " وزیر پاکستان کی قیادت سے ملاقاتیں کریں گے۔"
    )
    assert [c.kind for c in candidates(text, "ur")] == ["visit"]
    # Without the turn, the meetings are read as the Russian visit's.
    plain = text.replace("دوسری جانب ", "")
    assert [c.kind for c in candidates(plain, "ur")] == ["visit", "meeting"]


def test_what_is_taken_part_in_on_an_urdu_occasion_told_is_part_of_it():
    on_it = "اس موقع پر روسی وفد مختلف نمائشوں، مباحثوں اور محافل میں شرکت کرے گا۔"
    assert find_triggers(on_it, "ur") == []
    # Taking part in a gathering not told before is a happening of its own.
    own = "روسی وفد اسلام آباد میں ہونے والی نمائش میں شرکت کرے گا۔"
    assert [t.kind for t in find_triggers(own, "ur")] == ["meeting"]


def test_journalists_met_by_an_urdu_side_official_in_the_other_country_is_a_meeting():
    text = (
        "لاہور میں روسی ثقافتی مرکز کے سربراہ نے صحافیوں سے ملاقات کی"
        " اور وظائف کے بارے میں بتایا۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [("meeting", PUBLISHED)]
    # Talk with the media is an interview, no meeting.
    interview = "روسی سفیر نے لاہور میں میڈیا سے گفتگو کرتے ہوئے کہا کہ تعلقات اچھے ہیں۔"
    assert [t.kind for t in find_triggers(interview, "ur") if t.kind == "meeting"] == []


def test_the_start_of_an_urdu_cargo_unloading_is_no_happening_of_its_own():
    unloading = "روسی جہاز سے گندم اتارنے کا کام شروع کر دیا گیا۔"
    assert find_triggers(unloading, "ur") == []
    # The start of a work that is itself a happening is one.
    building = "روس کے تعاون سے پائپ لائن کی تعمیر کا کام شروع کر دیا گیا۔"
    assert [t.kind for t in find_triggers(building, "ur")] == ["construction", "construction"]


def test_urdu_talks_confirmed_are_said_not_held():
    text = (
        "10 مئی کو اسحاق ڈار نے ماسکو میں سرگئی لاوروف سے ملاقات کی۔"
        " روسی وزارت خارجہ نے پاکستان اور روس کے درمیان ریل منصوبے پر مذاکرات کی تصدیق کر دی۔"
    )
    assert [(c.kind, c.start_date) for c in candidates(text, "ur")] == [
        ("meeting", dt.date(2024, 5, 10))
    ]
    # Talks told with their light verb are held, and carried in the report.
    held = text.replace("مذاکرات کی تصدیق کر دی", "مذاکرات کیے")
    assert [c.kind for c in candidates(held, "ur")] == ["meeting", "meeting"]


def test_a_russian_sentence_opening_with_a_name_in_quotes_is_no_quotation():
    # Undated, it is of the report's day unless it is someone's words.
    text = "«Газпром» и пакистанская компания подписали меморандум."
    assert quoted(candidates(text, "ru"), text) == [(text, PUBLISHED, "occurred")]
    said = "«Мы подписали меморандум с Пакистаном», — сказал он."
    assert candidates(said, "ru") == []


def test_a_russian_use_allowed_is_approved():
    text = "Власти Пакистана разрешили ввоз российского препарата."
    assert quoted(candidates(text, "ru"), text) == [(text, PUBLISHED, "occurred")]


def test_beginning_told_in_the_perfective_future_is_a_plan_of_the_coming_month():
    # Without a future marker the bare month was read as the March already gone.
    text = "Исламабад приступит в марте к закупкам российского угля."
    assert [(c.start_date, c.status) for c in candidates(text, "ru")] == [
        (dt.date(2025, 3, 1), "planned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Российский министр вернулся из Исламабада 12 мая.",
        "Вернувшийся 12 мая из Карачи посол России выступил перед журналистами.",
    ],
)
def test_coming_back_from_pakistan_ends_a_russian_trip(text):
    assert [(c.kind, c.start_date) for c in candidates(text, "ru")] == [
        ("visit", dt.date(2024, 5, 12))
    ]


def test_returning_a_debt_is_no_trip():
    found = candidates("Пакистан вернул России долг 12 мая.", "ru")
    assert "visit" not in [c.kind for c in found]


def test_talks_a_russian_speaker_relays_as_under_way_are_the_days_news():
    text = "Министр энергетики заявил, что Москва ведет переговоры с Исламабадом о поставках нефти."
    found = candidates(text, "ru")
    assert [(c.kind, c.start_date, c.status) for c in found] == [
        ("meeting", PUBLISHED, "occurred")
    ]


def test_talks_a_russian_speaker_denies_wishes_or_makes_conditional_are_no_news():
    for text in (
        "Министр энергетики заявил, что Москва не ведет переговоров с Исламабадом о поставках.",
        "Сергей Лавров сообщил, что Россия готова вести переговоры с Пакистаном о поставках нефти.",
        "По словам Лаврова, поставки начнутся после того, как Исламабад подпишет контракт.",
    ):
        assert candidates(text, "ru") == [], text


def test_the_short_name_of_tatarstan_names_the_russian_side():
    text = "Вчера министр экономики РТ провел встречу с торговой делегацией Пакистана."
    assert quoted(candidates(text, "ru"), text) == [
        (text, dt.date(2024, 5, 13), "occurred"),
    ]


def test_the_druzhba_exercise_names_both_sides_for_the_sentence_after_it():
    text = (
        "Министр напомнил об учениях «Дружба» в горах.\n"
        "Предыдущие учения прошли в сентябре прошлого года на Северном Кавказе."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Предыдущие учения прошли в сентябре прошлого года на Северном Кавказе.",
         dt.date(2023, 9, 1), "occurred"),
    ]  # fmt: skip


def test_the_druzhba_oil_pipeline_names_no_side():
    text = (
        "Поставки по нефтепроводу «Дружба» сократились.\n"
        "Ремонт трубы прошел в сентябре прошлого года."
    )
    assert candidates(text, "ru") == []


def test_a_russian_federal_service_names_the_russian_side():
    text = "Россельхознадзор вчера ввел запрет на ввоз риса из Пакистана."
    assert quoted(candidates(text, "ru"), text) == [
        (text, dt.date(2024, 5, 13), "occurred"),
    ]


def test_russian_machines_handed_over_are_a_delivery():
    text = "В марте Россия передала Пакистану два транспортных самолета."
    assert quoted(candidates(text, "ru"), text) == [(text, dt.date(2024, 3, 1), "occurred")]


def test_a_russian_message_handed_over_is_no_delivery():
    text = "В марте Путин передал Шарифу послание с приглашением."
    assert [c.kind for c in candidates(text, "ru")] == ["statement"]


def test_a_russian_decision_to_do_something_is_a_happening():
    text = "Россия и Пакистан решили создать совместную рабочую группу по науке."
    assert quoted(candidates(text, "ru"), text) == [(text, PUBLISHED, "occurred")]


def test_a_russian_decision_told_in_the_first_person_after_the_talks_is_its_own_happening():
    text = (
        "Сергей Лавров провел переговоры с Исхаком Даром.\n"
        "Мы решили продолжить проведение учений «Дружба» в горах."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Сергей Лавров провел переговоры с Исхаком Даром.", PUBLISHED, "occurred"),
        ("Мы решили продолжить проведение учений «Дружба» в горах.", PUBLISHED, "occurred"),
    ]  # fmt: skip


def test_a_russian_problem_solved_is_no_decision():
    text = "Россия и Пакистан решили вопрос старых долгов."
    assert candidates(text, "ru") == []


def test_a_russian_parenthetic_word_between_a_date_and_its_happening_breaks_no_clause():
    text = (
        "Путин провел встречу с Шарифом.\n"
        "«За месяцы этого года, по-моему, в вашу страну отправлено полмиллиона тонн угля. "
        "Мы готовы и дальше», — сказал Путин."
    )
    found = candidates(text, "ru")
    assert [(text[c.quote_start : c.quote_end], c.start_date, c.end_date) for c in found] == [
        ("Путин провел встречу с Шарифом.", PUBLISHED, PUBLISHED),
        ("«За месяцы этого года, по-моему, в вашу страну отправлено полмиллиона тонн угля.",
         dt.date(2024, 1, 1), PUBLISHED),
    ]  # fmt: skip


def test_a_russian_happening_like_the_reports_takes_its_sides():
    text = (
        "В среду, 15 мая, в Москве пройдет встреча Путина и Шарифа.\n"
        "Позднее запланированы переговоры Путина с президентом Таджикистана.\n"
        "Первая аналогичная встреча состоялась летом 2009 года в Душанбе."
    )
    assert quoted(candidates(text, "ru"), text)[-1] == (
        "Первая аналогичная встреча состоялась летом 2009 года в Душанбе.",
        dt.date(2009, 6, 1), "occurred",
    )  # fmt: skip


def test_a_russian_happening_like_the_reports_in_another_country_is_not_the_reports():
    text = (
        "В среду, 15 мая, в Москве пройдет встреча Путина и Шарифа.\n"
        "Позднее запланированы переговоры Путина с президентом Таджикистана.\n"
        "Аналогичная встреча в Индии состоялась летом 2009 года."
    )
    assert all(start.year == 2024 for _, start, _ in quoted(candidates(text, "ru"), text))


def test_a_russian_sentence_opening_on_the_happening_again_is_of_the_report():
    text = (
        "Фрегат Черноморского флота сегодня прибыл в порт Карачи.\n"
        "На борту моряки России и Пакистана обсудят совместное учение.\n"
        "Ожидается, что учение будет проведено в открытом море."
    )
    assert quoted(candidates(text, "ru"), text)[-1] == (
        "Ожидается, что учение будет проведено в открытом море.", PUBLISHED, "planned",
    )  # fmt: skip


def test_a_russian_happening_named_again_with_another_country_is_not_the_reports():
    text = (
        "Фрегат Черноморского флота сегодня прибыл в порт Карачи.\n"
        "На борту моряки России и Пакистана обсудят совместное учение.\n"
        "Учение флота с Индией пройдет в открытом море."
    )
    assert all("Индией" not in q for q, _, _ in quoted(candidates(text, "ru"), text))


def test_a_russian_meeting_a_saying_followed_is_of_the_report_day():
    text = (
        "Россия и Пакистан расширят военное сотрудничество.\n"
        "Сразу после переговоров с Исхаком Даром Сергей Лавров сказал журналистам, "
        "что стороны договорились о многом."
    )
    assert quoted(candidates(text, "ru"), text)[-1] == (
        "Сразу после переговоров с Исхаком Даром Сергей Лавров сказал журналистам, "
        "что стороны договорились о многом.", PUBLISHED, "occurred",
    )  # fmt: skip


def test_a_russian_meeting_with_another_country_a_saying_followed_is_not_the_reports():
    text = (
        "Россия и Пакистан расширят военное сотрудничество.\n"
        "После переговоров в Индии Сергей Лавров сказал журналистам, что Пакистан важен."
    )
    assert all("Индии" not in q for q, _, _ in quoted(candidates(text, "ru"), text))


def test_a_russian_happening_naming_nobody_takes_the_sides_two_sentences_before():
    # The sentence between goes on telling the deliveries, naming neither side.
    text = (
        "Россия и Пакистан договорились о поставках пшеницы.\n"
        "Тем временем поставки уже идут.\n"
        "Сухогруз доставил зерно по назначению 3 мая."
    )
    assert ("Сухогруз доставил зерно по назначению 3 мая.", dt.date(2024, 5, 3), "occurred") in (
        quoted(candidates(text, "ru"), text)
    )


def test_a_russian_sentence_between_with_another_country_keeps_the_sides_before_out_of_reach():
    text = (
        "Россия и Пакистан договорились о поставках пшеницы.\n"
        "Тем временем поставки в Индию уже идут.\n"
        "Сухогруз доставил зерно по назначению 3 мая."
    )
    assert all(c.start_date != dt.date(2024, 5, 3) for c in candidates(text, "ru"))


def test_a_russian_caption_between_keeps_the_sides_before_out_of_reach():
    # A caption tells no happening: the story's sides do not reach past it.
    text = (
        "Россия и Пакистан договорились о поставках пшеницы.\n"
        "Фото: архив редакции.\n"
        "Сухогруз доставил зерно по назначению 3 мая."
    )
    assert all(c.start_date != dt.date(2024, 5, 3) for c in candidates(text, "ru"))


def test_a_russian_thing_sent_to_a_sides_country_is_a_delivery():
    text = "Россия направила в Пакистан два транспортных самолета с палатками."
    (found,) = candidates(text, "ru")
    assert (found.kind, found.start_date, found.status) == ("supply", PUBLISHED, "occurred")


def test_a_russian_aim_or_a_message_sent_is_no_delivery():
    aimed = "Учения России и Пакистана направлены на укрепление доверия."
    assert all(c.kind != "supply" for c in candidates(aimed, "ru"))
    message = "Путин направил в адрес Шахбаза Шарифа теплое письмо."
    assert all(c.kind != "supply" for c in candidates(message, "ru"))


def test_a_russian_agreement_reached_is_a_happening():
    reached = "Россия и Пакистан достигли договоренностей о поставках зерна."
    (found,) = candidates(reached, "ru")
    assert (found.kind, found.start_date) == ("agreement", PUBLISHED)
    passive = "Договоренности Москвы и Исламабада по цене достигнуты."
    assert [c.kind for c in candidates(passive, "ru")] == ["agreement"]


def test_a_russian_progress_made_after_an_agreement_is_no_agreement_reached():
    text = "Путин отметил прогресс, достигнутый после договоренностей с Шахбазом Шарифом."
    assert all(c.kind != "agreement" for c in candidates(text, "ru"))


def test_a_russian_happening_naming_one_side_takes_the_other_two_sentences_before():
    text = (
        "Россия и Пакистан договорились о поставках пшеницы.\n"
        "Тем временем поставки уже идут.\n"
        "Российский сухогруз доставил зерно по назначению 3 мая."
    )
    assert ("Российский сухогруз доставил зерно по назначению 3 мая.", dt.date(2024, 5, 3),
            "occurred") in quoted(candidates(text, "ru"), text)  # fmt: skip


def test_a_russian_meeting_whose_topic_will_be_named_is_planned():
    text = (
        "Сергей Лавров прибудет в Исламабад во вторник.\n"
        "Одной из главных тем переговоров Лаврова с Исхаком Даром станет торговля."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Сергей Лавров прибудет в Исламабад во вторник.", PUBLISHED, "planned"),
        ("Одной из главных тем переговоров Лаврова с Исхаком Даром станет торговля.",
         PUBLISHED, "planned"),
    ]  # fmt: skip


def test_a_russian_meeting_whose_topic_was_named_was_held():
    text = (
        "Исхак Дар прибыл в Москву во вторник.\n"
        "Энергетика и торговля стали главными темами его переговоров с Сергеем Лавровым."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Исхак Дар прибыл в Москву во вторник.", PUBLISHED, "occurred"),
        ("Энергетика и торговля стали главными темами его переговоров с Сергеем Лавровым.",
         PUBLISHED, "occurred"),
    ]  # fmt: skip


def test_a_russian_meeting_whose_topic_is_talked_about_is_no_happening():
    text = (
        "Исхак Дар прибыл в Москву во вторник.\n"
        "Эксперты давно спорят о теме переговоров Исхака Дара с Сергеем Лавровым."
    )
    assert quoted(candidates(text, "ru"), text) == [
        ("Исхак Дар прибыл в Москву во вторник.", PUBLISHED, "occurred"),
    ]
