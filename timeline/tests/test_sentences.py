import datetime as dt

import pytest

from timeline.sentences import body_sentences, is_hard_wrapped, split_sentences


def sentences(text):
    return [sentence.text for sentence in split_sentences(text)]


def test_sentences_keep_offsets_into_the_text():
    text = "  Lavrov arrived on Tuesday. He met Khan on Wednesday.  "
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lavrov met Mr. Qureshi in Islamabad.",
        "The U.S. Secretary of State spoke on Sept. 30 in Washington.",
        "Talks were held on Apr. 8 and ended on the same day.",
        "Gen. Asim Munir met Dr. Fehmida Mirza.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_a_stop_left_without_its_space_still_ends_a_sentence():
    assert sentences("The festival opens in Kazan on May 3.The envoy said ties were good.") == [
        "The festival opens in Kazan on May 3.", "The envoy said ties were good."]  # fmt: skip
    # A decimal, a number, an abbreviation and a domain stay inside their sentence.
    for text in ("Trade grew by 1.5 percent and Rs.500 was paid to Mr.Khan at No.10 today.",
                 "The report is on dawn.com and the site pakobserver.net today."):
        assert sentences(text) == [text]


def test_a_quoted_remark_keeps_its_attribution():
    text = "“We will supply equipment,” Lavrov said. Qureshi agreed."
    assert sentences(text) == ["“We will supply equipment,” Lavrov said.", "Qureshi agreed."]


def test_a_quotation_of_several_sentences_is_several_sentences():
    text = "“We made progress in trade. Russia supplied wheat last year.” He smiled."
    assert sentences(text) == [
        "“We made progress in trade.",
        "Russia supplied wheat last year.”",
        "He smiled.",
    ]


def test_a_sentence_ending_inside_a_closing_quote_ends_there():
    text = "He concluded by raising the slogan “Pakistan-Roosi dosti zindabad.” Then he left."
    assert sentences(text) == [
        "He concluded by raising the slogan “Pakistan-Roosi dosti zindabad.”",
        "Then he left.",
    ]


def test_only_the_requested_range_is_split():
    text = "First one. Second one.\nThird one."
    third = text.index("Third")
    assert [s.text for s in split_sentences(text, third, len(text))] == ["Third one."]


def test_lowercase_after_a_full_stop_does_not_start_a_sentence():
    assert sentences("It rose 4.5 percent. it fell.") == ["It rose 4.5 percent. it fell."]


def test_a_line_break_ends_a_sentence_without_a_full_stop():
    text = "Russia and Pakistan sign grain deal\nThe two ministers signed it on Monday."
    assert sentences(text) == [
        "Russia and Pakistan sign grain deal",
        "The two ministers signed it on Monday.",
    ]


def test_a_dotted_acronym_does_not_end_a_sentence():
    text = "Talks in the U.A.E. Capital were held on Monday."
    assert sentences(text) == [text]


def test_the_resolver_reads_tense_within_the_same_sentences():
    # The resolver asks the splitter where a sentence starts: the future clue in the first
    # sentence must not reach the date in the second, which is past.
    from timeline.dates import resolve_dates

    text = "Dr. Khan will travel on a later date.\nThe envoy met him on Tuesday."
    (tuesday,) = [m for m in resolve_dates(text, dt.date(2024, 5, 10)) if m.text == "Tuesday"]
    assert tuesday.value == "2024-05-07"


def test_a_line_break_in_hard_wrapped_copy_does_not_end_a_sentence():
    text = (
        "ISLAMABAD, Apr 06 (Wire): The minister held a bilateral meeting with the\n"
        "Russian minister of industry in Moscow on the sidelines of the annual\n"
        "International Security Conference. The two ministers lead the commission on\n"
        "trade and economic cooperation between the two countries."
    )
    first_stop = text.index("Conference.") + len("Conference.")
    assert sentences(text) == [text[:first_stop], text[first_stop + 1 :]]


def test_body_sentences_join_a_wrapped_sentence_under_the_line_it_starts_on():
    lines = [
        "MOSCOW, May 2 (Wire): A trade delegation from Karachi arrived here for talks with",
        "the Russian ministry of economic development on shipping and banking links between",
        "the two countries. The talks run for three days and end on Friday with a protocol.",
        "A second round is planned in Islamabad before the end of the year, officials said.",
    ]
    text = "\n".join(lines)
    passages = []
    for line in lines:
        start = text.index(line)
        passages.append((start, start + len(line)))
    found = [(index, sentence.text) for index, sentence in body_sentences(text, passages)]
    first_stop = text.index("countries.") + len("countries.")
    assert found[0] == (0, text[:first_stop])
    assert found[1:] == [(2, lines[2][len("the two countries. "):]), (3, lines[3])]


def test_copy_wrapped_with_blank_lines_joins_a_sentence_across_them():
    # Old agency copy double-spaced its wrapped lines: a line left open on a function word,
    # or followed by one in lower case, goes on across the blank line; a headline does not.
    lines = [
        "Ties With Moscow Set To Grow, Says Governor",
        "LAHORE, Mar 4 (Wire): The province values its old friendship with Russia and",
        "wants to widen it in trade and culture, the governor said here on",
        "Monday.",
        "Meeting the Russian consul general, Igor Petrov, at his office in a",
        "farewell call, he praised the diplomat for his services to friendship.",
    ]
    text = "\n\n".join(lines)
    passages = []
    for line in lines:
        start = text.index(line)
        passages.append((start, start + len(line)))
    found = [sentence.text for _, sentence in body_sentences(text, passages)]
    assert found == [lines[0], "\n\n".join(lines[1:4]), "\n\n".join(lines[4:])]


def test_a_headline_without_a_full_stop_ends_at_its_line_break():
    text = (
        "Pakistan and Russia to launch a cargo train service and explore an air link\n"
        "The two countries agreed on Thursday to start the service next year."
    )
    assert sentences(text) == text.split("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В. В. Путин принял гостя в Кремле. Переговоры продлились два часа.",
            ["В. В. Путин принял гостя в Кремле.", "Переговоры продлились два часа."],
        ),
        (
            "Договор подписан в 2015 г. в Москве. Т. е. он действует давно.",
            ["Договор подписан в 2015 г. в Москве.", "Т. е. он действует давно."],
        ),
        (
            "Стороны обсудили поставки газа, нефти и т. д. Визит завершился в пятницу.",
            ["Стороны обсудили поставки газа, нефти и т. д. Визит завершился в пятницу."],
        ),
        (
            "«Мы готовы к сотрудничеству», — сказал министр. Он улетел вечером.",
            ["«Мы готовы к сотрудничеству», — сказал министр.", "Он улетел вечером."],
        ),
        (
            "Сумма составила 2 млрд. рублей. Контракт рассчитан на пять лет!",
            ["Сумма составила 2 млрд. рублей.", "Контракт рассчитан на пять лет!"],
        ),
        # A page that lost the space after a stop; an abbreviation glued to a name stays.
        (
            "Посольство открыто в 1950 году.В марте 2010 года его перестроили на ул.Ленина.",
            ["Посольство открыто в 1950 году.", "В марте 2010 года его перестроили на ул.Ленина."],
        ),
        # And one whose next sentence opens a quotation straight after the stop.
        (
            "Переговоры назначены на май, сообщил посол.«Мы ждем гостей», — добавил он.",
            ["Переговоры назначены на май, сообщил посол.", "«Мы ждем гостей», — добавил он."],
        ),
        # A model's name ends in a capital glued to digits, no initial; «г.» glued to a year
        # is still the year word.
        (
            "Армия получила два танка Т-90С. Их испытали летом. Завод основан в 1932г. в Туле.",
            ["Армия получила два танка Т-90С.", "Их испытали летом.",
             "Завод основан в 1932г. в Туле."],
        ),
    ],
)
def test_russian_abbreviations_and_initials(text, expected):
    assert [s.text for s in split_sentences(text, language="ru")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وزیر خارجہ ماسکو پہنچ گئے۔ انہوں نے مذاکرات کیے۔",
            ["وزیر خارجہ ماسکو پہنچ گئے۔", "انہوں نے مذاکرات کیے۔"],
        ),
        (
            "کیا معاہدہ ہوگا؟ حکام پرامید ہیں! 2015 میں بھی بات ہوئی تھی۔",
            ["کیا معاہدہ ہوگا؟", "حکام پرامید ہیں!", "2015 میں بھی بات ہوئی تھی۔"],
        ),
        ("قیمت 3.5 ارب ڈالر ہے۔", ["قیمت 3.5 ارب ڈالر ہے۔"]),
        (
            "افسران نے شرکت کی۔مشقیں جاری رہیں۔",
            ["افسران نے شرکت کی۔", "مشقیں جاری رہیں۔"],
        ),
        # ۔ spelling out an acronym letter by letter ends nothing; typed against the next
        # sentence's word it still ends one.
        (
            "وزرا ایس۔سی۔او کے اجلاس میں ملے۔وفد واپس آگیا۔",
            ["وزرا ایس۔سی۔او کے اجلاس میں ملے۔", "وفد واپس آگیا۔"],
        ),
        # ۔ inside a dateline's bracket separates its parts.
        (
            "لاہور (نمائندہ - اے پی پی۔12 مارچ۔2019ء) روسی وفد لاہور پہنچ گیا۔ "
            "وفد نے ملاقاتیں کیں۔",
            ["لاہور (نمائندہ - اے پی پی۔12 مارچ۔2019ء) روسی وفد لاہور پہنچ گیا۔",
             "وفد نے ملاقاتیں کیں۔"],
        ),
    ],
)  # fmt: skip
def test_urdu_sentences_end_at_urdu_punctuation(text, expected):
    assert [s.text for s in split_sentences(text, language="ur")] == expected


def test_a_language_without_rules_is_split_as_english():
    found = split_sentences("Mr. Lavrov arrived. He met Khan.", language="fr")
    assert [s.text for s in found] == ["Mr. Lavrov arrived.", "He met Khan."]


def test_urdu_lines_that_end_on_urdu_stops_are_not_hard_wrapped():
    # A page whose long lines end on ۔ or ؟ was not wrapped at a fixed width, so its headline,
    # which stops without a full stop, is a sentence of its own and not the lead's opening.
    headline = "روسی سفیر کا تجارتی ایوان کا دورہ اور تعاون بڑھانے پر زور"
    lines = [
        headline,
        "روسی سفیر نے منگل کو شہر کے تجارتی ایوان کا دورہ کیا اور تاجروں سے ملاقات کی۔",
        "انہوں نے کہا کہ دونوں ملکوں کے درمیان تجارت میں اضافے کی بہت گنجائش موجود ہے۔",
        "کیا آئندہ برس تجارتی وفود کے تبادلے میں اضافہ ہوگا اور نئی منڈیاں کھلیں گی؟",
    ]
    text = "\n".join(lines)
    assert not is_hard_wrapped(text)
    assert [s.text for s in split_sentences(text, language="ur")] == lines


def test_paragraphs_that_end_without_a_stop_are_not_a_fixed_width_wrap():
    # A page whose paragraphs run far past any sender's wrap width, some ending without a
    # full stop, was not hard-wrapped: its headline and standfirst end at their line breaks.
    lines = [
        "Russian envoy tours the dry port and praises its cargo links",
        "The ambassador met traders and customs officials and promised more direct shipments "
        + "in the season ahead",
        "The visit took in the new rail siding, where the first containers from Astrakhan "
        + "were unloaded last month, and the warehouses built for fruit and textiles bound "
        + "for the Russian market",
        "Officials briefed the guests on the clearance times and the plans for a second "
        + "terminal that would double the port's capacity within three years.",
    ]
    text = "\n".join(lines)
    assert not is_hard_wrapped(text)
    assert sentences(text) == lines
