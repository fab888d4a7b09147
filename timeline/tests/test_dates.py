"""The date resolver, case by case: news sentences, their publication date, the expected reading.

Expected values were worked out by hand from the calendar (publication weekdays are noted
next to each constant), never by running the resolver.
"""

import datetime
import json

import pytest

from timeline.dates import DateMention, resolve_dates

date = datetime.date

KHAN_VISIT = date(2022, 2, 22)  # Tuesday
LAVROV_VISIT = date(2021, 4, 8)  # Thursday
OIL_CARGO = date(2023, 6, 13)  # Tuesday
ASHRAF_MEETING = date(2012, 10, 4)  # Thursday
NEW_YEAR_MONDAY = date(2023, 1, 2)  # Monday
NEW_YEAR_TUESDAY = date(2023, 1, 3)  # Tuesday
AFTER_LEAP_DAY = date(2024, 3, 5)  # Tuesday
MARCH_2023 = date(2023, 3, 10)  # Friday
MID_NOVEMBER = date(2019, 11, 15)  # Friday
YEAR_END_FRIDAY = date(2022, 12, 30)  # Friday
SUNDAY = date(2024, 6, 16)  # Sunday


def find_mention(sentence: str, published: datetime.date, text: str) -> DateMention:
    mentions = resolve_dates(sentence, published)
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r}; found {[m.text for m in mentions]}"
    return found[0]


def check(published, sentence, text, value, start, end, precision):
    mention = find_mention(sentence, published, text)
    assert sentence[mention.start : mention.end] == text
    assert mention.value == value, mention.rule
    assert mention.start_date == (date.fromisoformat(start) if start else None), mention.rule
    assert mention.end_date == (date.fromisoformat(end) if end else None), mention.rule
    assert mention.precision == precision


def day(published, sentence, text, iso):
    return pytest.param(
        published, sentence, text, iso, iso, iso, "day", id=f"{text}|{sentence[:30]}"
    )


def span(published, sentence, text, value, start, end, precision):
    return pytest.param(
        published, sentence, text, value, start, end, precision, id=f"{text}|{sentence[:30]}"
    )


def vague(published, sentence, text, value, precision="duration"):
    return pytest.param(
        published, sentence, text, value, None, None, precision, id=f"{text}|{sentence[:30]}"
    )


CASE_FIELDS = "published,sentence,text,value,start,end,precision"

ABSOLUTE_DATES = [
    day(LAVROV_VISIT, "April 8, 2021\n2 mins read\nPakistan, Russia to step up ties",
        "April 8, 2021", "2021-04-08"),
    day(LAVROV_VISIT, "The accord was signed on 8 April 2021 in Islamabad.", "8 April 2021",
        "2021-04-08"),
    day(LAVROV_VISIT, "The talks were held on 8th April in Islamabad.", "8th April", "2021-04-08"),
    day(LAVROV_VISIT, "Lavrov arrived on Apr. 6 for talks.", "Apr. 6", "2021-04-06"),
    day(LAVROV_VISIT, "The deadline is Sept. 30, officials said.", "Sept. 30", "2021-09-30"),
    day(LAVROV_VISIT, "The document is dated 2021-04-08.", "2021-04-08", "2021-04-08"),
    day(LAVROV_VISIT, "The deal was signed on April 7.", "April 7", "2021-04-07"),
    day(LAVROV_VISIT, "Parliament will vote on Oct. 12.", "Oct. 12", "2021-10-12"),
    day(LAVROV_VISIT, "The session ends on Dec 15, 2021.", "Dec 15, 2021", "2021-12-15"),
    day(LAVROV_VISIT, "The treaty signed on 2 August 1991 still stands.", "2 August 1991",
        "1991-08-02"),
    day(ASHRAF_MEETING, "By-election trends\nUpdated 22 Apr, 2024\n", "22 Apr, 2024", "2024-04-22"),
    day(ASHRAF_MEETING, "Privatising PIA\n23 Apr, 2024\n\nFINANCE Minister", "23 Apr, 2024",
        "2024-04-23"),
    day(LAVROV_VISIT, "Wednesday, April 7, 2021, was the final day of the visit.",
        "Wednesday, April 7, 2021", "2021-04-07"),
    day(LAVROV_VISIT, "The conference opened on Jan. 15, 2020 in Davos.", "Jan. 15, 2020",
        "2020-01-15"),
    day(OIL_CARGO, "Pure Point is seen anchored at the port in Karachi, Pakistan JUNE 13, 2023.",
        "JUNE 13, 2023", "2023-06-13"),
    day(LAVROV_VISIT, "The ceremony is due on the 8th of April.", "the 8th of April", "2021-04-08"),
    day(LAVROV_VISIT, "The meeting took place on 14 March 2021.", "14 March 2021", "2021-03-14"),
    day(LAVROV_VISIT, "The mission ended on 31 December 2022.", "31 December 2022", "2022-12-31"),
    span(date(2022, 3, 5), "The operation began on the evening of February 23.",
         "the evening of February 23", "2022-02-23TEV", "2022-02-23", "2022-02-23", "day"),
    span(date(2021, 12, 6), "Updated December 6, 2021\n\n5:40 pm: Putin left for Moscow.",
         "5:40 pm", "2021-12-06T17:40", "2021-12-06", "2021-12-06", "day"),
    span(LAVROV_VISIT, "The talks began on 7 April 2021 at 10.30 a.m. in Islamabad.", "10.30 a.m.",
         "2021-04-07T10:30", "2021-04-07", "2021-04-07", "day"),
    span(LAVROV_VISIT, "The ministers will sign the accord at noon.", "noon", "2021-04-08T12:00",
         "2021-04-08", "2021-04-08", "day"),
    day(date(1989, 11, 2), "The merger closed on 10/25/89, the company said.", "10/25/89",
        "1989-10-25"),
    span(date(1989, 11, 2), "Profit rose 12% in fiscal 1989.", "fiscal 1989", "1989", "1989-01-01",
         "1989-12-31", "year"),
    span(date(2023, 10, 12), "Trade reached $920 million in the fiscal year 2022-23.",
         "fiscal year 2022-23", "2023", "2022-07-01", "2023-06-30", "year"),
    span(date(1989, 11, 2), "1987's results were weak.", "1987", "1987", "1987-01-01",
         "1987-12-31", "year"),
    span(date(2011, 5, 13), "Timeline\n1974: Bhutto visits Moscow.", "1974", "1974", "1974-01-01",
         "1974-12-31", "year"),
    span(date(2018, 10, 7), "The goodwill did not survive 1971. Moscow backed India.", "1971",
         "1971", "1971-01-01", "1971-12-31", "year"),
    span(date(2021, 12, 6), "The pact extends cooperation for ten years, to 2031.", "2031", "2031",
         "2031-01-01", "2031-12-31", "year"),
    span(KHAN_VISIT, "The visit is planned for February 23-24.", "February 23-24", "2022-02-23",
         "2022-02-23", "2022-02-24", "day"),
    span(OIL_CARGO, "The exhibition runs from 3 to 5 June.", "3 to 5 June", "2023-06-03",
         "2023-06-03", "2023-06-05", "day"),
    span(LAVROV_VISIT, "Khan met Putin at the SCO summit in Bishkek in June 2019.", "June 2019",
         "2019-06", "2019-06-01", "2019-06-30", "month"),
    span(LAVROV_VISIT, "Sharif visited Moscow in December 1999.", "December 1999", "1999-12",
         "1999-12-01", "1999-12-31", "month"),
    span(LAVROV_VISIT, "The agreement signed in September, 2020, was reviewed.", "September, 2020",
         "2020-09", "2020-09-01", "2020-09-30", "month"),
    # A deadline may fall any time before it: the whole month.
    span(LAVROV_VISIT, "By the end of June 2019, the deal was done.", "the end of June 2019",
         "2019-06", "2019-06-01", "2019-06-30", "month"),
    span(KHAN_VISIT, "Former premier Nawaz Sharif travelled to Moscow in 1999.", "1999", "1999",
         "1999-01-01", "1999-12-31", "year"),
    span(KHAN_VISIT, "The two countries have been holding joint military exercises since 2016.",
         "2016", "2016", "2016-01-01", "2016-12-31", "year"),
    span(LAVROV_VISIT, "Trade grew steadily between 2016 and 2018.", "2016", "2016", "2016-01-01",
         "2016-12-31", "year"),
    span(LAVROV_VISIT, "Trade grew steadily between 2016 and 2018.", "2018", "2018", "2018-01-01",
         "2018-12-31", "year"),
    span(LAVROV_VISIT, "From 2001 to 2021, US troops stayed in Afghanistan.", "2021", "2021",
         "2021-01-01", "2021-12-31", "year"),
    # A part of a year narrows the range to its third (as in Russian and Urdu); the value
    # keeps the year.
    span(LAVROV_VISIT, "The pipeline deal was signed in mid-2015.", "mid-2015", "2015",
         "2015-05-01", "2015-08-31", "year"),
    span(LAVROV_VISIT, "The project started in late 2019.", "late 2019", "2019", "2019-09-01",
         "2019-12-31", "year"),
    span(LAVROV_VISIT, "Relations cooled after the year 2000.", "the year 2000", "2000",
         "2000-01-01", "2000-12-31", "year"),
    span(LAVROV_VISIT, "Exports rose in 2016-18, officials said.", "2016", "2016", "2016-01-01",
         "2016-12-31", "year"),
    span(LAVROV_VISIT, "Exports rose in 2016-18, officials said.", "18", "2018", "2018-01-01",
         "2018-12-31", "year"),
    span(LAVROV_VISIT, "The 2019 election changed the government.", "2019", "2019", "2019-01-01",
         "2019-12-31", "year"),
    span(AFTER_LEAP_DAY, "The 1999 Kargil conflict soured ties.", "1999", "1999", "1999-01-01",
         "1999-12-31", "year"),
    span(LAVROV_VISIT, "In 1971, war broke out between the neighbours.", "1971", "1971",
         "1971-01-01", "1971-12-31", "year"),
    span(LAVROV_VISIT, "She joined the class of 2019 at the academy.", "2019", "2019",
         "2019-01-01", "2019-12-31", "year"),
    span(LAVROV_VISIT, "The dispute dates from 1947.", "1947", "1947", "1947-01-01", "1947-12-31",
         "year"),
    span(LAVROV_VISIT, "Trade will triple by 2030.", "2030", "2030", "2030-01-01", "2030-12-31",
         "year"),
    span(LAVROV_VISIT, "The Taliban were toppled in a US-led invasion in 2001.", "2001", "2001",
         "2001-01-01", "2001-12-31", "year"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, ABSOLUTE_DATES)
def test_absolute_dates_resolve_as_written(published, sentence, text, value, start, end, precision):
    check(published, sentence, text, value, start, end, precision)


YEARLESS_DATES = [
    # No year: the nearest occurrence, leaning with the tense of the sentence.
    day(LAVROV_VISIT, "The United States set a May 1 deadline for the withdrawal.", "May 1",
        "2021-05-01"),
    day(LAVROV_VISIT, "Biden has said the May 1 deadline will be hard to meet.", "May 1",
        "2021-05-01"),
    day(NEW_YEAR_TUESDAY, "The ceasefire was agreed on December 28.", "December 28", "2022-12-28"),
    day(LAVROV_VISIT, "Elections will be held on March 9.", "March 9", "2022-03-09"),
    day(LAVROV_VISIT, "The report was published on March 30.", "March 30", "2021-03-30"),
    day(AFTER_LEAP_DAY, "The leap-day summit took place on February 29.", "February 29",
        "2024-02-29"),
    day(MARCH_2023, "The census was taken on 29 February.", "29 February", "2020-02-29"),
    day(MARCH_2023, "The ministers will meet on February 29.", "February 29", "2024-02-29"),
    span(KHAN_VISIT, "Khan visited China in February for the Winter Olympics.", "February",
         "2022-02", "2022-02-01", "2022-02-28", "month"),
    span(KHAN_VISIT, "Khan will visit Moscow in March.", "March", "2022-03", "2022-03-01",
         "2022-03-31", "month"),
    span(NEW_YEAR_TUESDAY, "Exports rose sharply in December.", "December", "2022-12",
         "2022-12-01", "2022-12-31", "month"),
    span(MID_NOVEMBER, "The minister will travel to Kabul in January.", "January", "2020-01",
         "2020-01-01", "2020-01-31", "month"),
    span(date(2021, 1, 10), "In May, the ministers met in Moscow.", "May", "2020-05", "2020-05-01",
         "2020-05-31", "month"),
    # A past-tense clue that belongs to another event: the month is the coming one.
    span(date(2024, 7, 10), "Modi has been invited to the BRICS summit in Kazan in October.",
         "October", "2024-10", "2024-10-01", "2024-10-31", "month"),
    day(date(1999, 4, 27), "All missions had been asked to report by June 30.", "June 30",
        "1999-06-30"),
    day(date(1999, 4, 27), "Pakistan tested nuclear devices on May 28 last year.",
        "May 28 last year", "1998-05-28"),
    span(KHAN_VISIT, "The war began in 1971. India signed a treaty in August that year.",
         "August that year", "1971-08", "1971-08-01", "1971-08-31", "month"),
    # Told in the past, "the month" is the one the passage spoke of last, and its end its
    # last ten days; with no month before it, the publication's month stays whole.
    span(date(2023, 12, 9), "The first tanker docked in mid-June. Later, at the end of the "
         "month, a second one unloaded.", "the end of the month", "2023-06", "2023-06-21",
         "2023-06-30", "month"),
    span(date(2023, 12, 9), "The ministers met at the end of the month.", "the end of the month",
         "2023-12", "2023-12-01", "2023-12-31", "month"),
    span(KHAN_VISIT, "Talks opened in March 2019. At the beginning of the year, a deal had "
         "been drafted.", "the beginning of the year", "2019", "2019-01-01", "2019-04-30",
         "year"),
    # A plan told in the past lies on either side of the report (KHAN_VISIT is 22 February).
    day(KHAN_VISIT, "The freighter was due to dock on February 15 but came a week late.",
        "February 15", "2022-02-15"),
    day(KHAN_VISIT, "The talks, which were scheduled to open on March 2, have been called off.",
        "March 2", "2022-03-02"),
    span(date(2023, 7, 27), "Refinery profits rose in the April-June quarter.",
         "the April-June quarter", "2023-Q2", "2023-04-01", "2023-06-30", "quarter"),
    span(date(2019, 12, 31), "Trade is likely to pass $800 million by the end of the year.",
         "the end of the year", "2019", "2019-01-01", "2019-12-31", "year"),
    span(date(1989, 11, 2), "The bank expects to book the gain at year-end.", "year-end", "1989",
         "1989-01-01", "1989-12-31", "year"),
    span(date(1998, 2, 27), "Profit fell 12% from the year-earlier period.", "year-earlier",
         "1997", "1997-01-01", "1997-12-31", "year"),
    span(date(2019, 12, 31), "The outgoing year was rich in contacts.", "The outgoing year",
         "2019", "2019-01-01", "2019-12-31", "year"),
    span(LAVROV_VISIT, "Shares have gained 38% since the start of the year.",
         "the start of the year", "2021", "2021-01-01", "2021-12-31", "year"),
    day(date(2026, 1, 1), "The ambassador spoke at a reception on New Year's Eve.",
        "New Year's Eve", "2025-12-31"),
    day(date(2017, 12, 28), "The office will be closed for New Year's Day.", "New Year's Day",
        "2018-01-01"),
    span(LAVROV_VISIT, "The deal may be signed in May.", "May", "2021-05", "2021-05-01",
         "2021-05-31", "month"),
    # A month alone in brackets names no verb or person.
    span(date(2021, 1, 20), "Pakistani rowers raced in Kazan (May) and Sochi (August).", "May",
         "2020-05", "2020-05-01", "2020-05-31", "month"),
    span(ASHRAF_MEETING, "The agreement expired in August.", "August", "2012-08", "2012-08-01",
         "2012-08-31", "month"),
    # Months from one to another, as Pakistan counts its trade: across a new year the span
    # opens the year before; "the current fiscal year" runs from July to June.
    span(date(2024, 5, 15), "Exports to Russia rose during July-March of the current fiscal "
         "year.", "July-March of the current fiscal year", "2023-07", "2023-07-01",
         "2024-03-31", "month"),
    span(date(2024, 8, 15), "Imports from Russia fell in July-March last fiscal year.",
         "July-March last fiscal year", "2023-07", "2023-07-01", "2024-03-31", "month"),
    span(date(2024, 5, 15), "Trade with Moscow grew in January-March.", "January-March",
         "2024", "2024-01-01", "2024-03-31", "month"),
    span(date(2024, 5, 15), "Wheat imports rose in July-December 2023.", "July-December 2023",
         "2023", "2023-07-01", "2023-12-31", "month"),
    # A slash between the months, spaced or not, is the same span.
    span(date(2021, 9, 1), "A trade mission had been planned for May / June 2021.",
         "May / June 2021", "2021", "2021-05-01", "2021-06-30", "month"),
    span(date(2021, 9, 1), "Citrus exports peaked in December/January.", "December/January",
         "2020-12", "2020-12-01", "2021-01-31", "month"),
    # A part of a month narrows the range to its days 1-10, 11-20 or 21 to the end.
    span(LAVROV_VISIT, "In early April, the ministers met in Moscow.", "early April", "2021-04",
         "2021-04-01", "2021-04-10", "month"),
    span(LAVROV_VISIT, "Talks are expected in mid-May.", "mid-May", "2021-05", "2021-05-11",
         "2021-05-20", "month"),
    span(LAVROV_VISIT, "The second tanker reached Karachi at the end of March.",
         "the end of March", "2021-03", "2021-03-21", "2021-03-31", "month"),
    span(KHAN_VISIT, "In April last year, Russian foreign minister Lavrov visited Islamabad.",
         "April last year", "2021-04", "2021-04-01", "2021-04-30", "month"),
    span(KHAN_VISIT, "Lavrov visited Islamabad last April.", "last April", "2021-04", "2021-04-01",
         "2021-04-30", "month"),
    span(KHAN_VISIT, "The summit is planned for next April.", "next April", "2022-04",
         "2022-04-01", "2022-04-30", "month"),
    span(ASHRAF_MEETING, "Fehmida Mirza will visit Russia in April next year.", "April next year",
         "2013-04", "2013-04-01", "2013-04-30", "month"),
    span(LAVROV_VISIT, "Trade in the first quarter of 2021 rose by 46 percent.",
         "the first quarter of 2021", "2021-Q1", "2021-01-01", "2021-03-31", "quarter"),
    span(LAVROV_VISIT, "Growth slowed in the third quarter.", "the third quarter", "2020-Q3",
         "2020-07-01", "2020-09-30", "quarter"),
    span(LAVROV_VISIT, "Results for Q2 2021 are due in July.", "Q2 2021", "2021-Q2", "2021-04-01",
         "2021-06-30", "quarter"),
    span(LAVROV_VISIT, "The deal will close in the second half of 2021.", "the second half of 2021",
         "2021-H2", "2021-07-01", "2021-12-31", "quarter"),
    span(LAVROV_VISIT, "Exports rose last quarter.", "last quarter", "2021-Q1", "2021-01-01",
         "2021-03-31", "quarter"),
    span(LAVROV_VISIT, "The ministry expects growth this quarter.", "this quarter", "2021-Q2",
         "2021-04-01", "2021-06-30", "quarter"),
    span(LAVROV_VISIT, "The dam was completed in the summer of 2019.", "the summer of 2019",
         "2019-SU", "2019-06-01", "2019-08-31", "season"),
    span(LAVROV_VISIT, "Sales of wheat rose last summer.", "last summer", "2020-SU", "2020-06-01",
         "2020-08-31", "season"),
    span(MID_NOVEMBER, "The leaders will meet this winter.", "this winter", "2019-WI", "2019-12-01",
         "2020-02-29", "season"),
    span(LAVROV_VISIT, "Floods hit the region in spring 2022.", "spring 2022", "2022-SP",
         "2022-03-01", "2022-05-31", "season"),
    span(MID_NOVEMBER, "Prices fell in the autumn.", "the autumn", "2019-FA", "2019-09-01",
         "2019-11-30", "season"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, YEARLESS_DATES)
def test_dates_without_year_take_the_nearest_year_leaning_by_tense(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


WEEKDAYS = [
    day(LAVROV_VISIT, "Lavrov arrived in Pakistan on Tuesday for a two-day visit.", "Tuesday",
        "2021-04-06"),
    day(LAVROV_VISIT, "Lavrov on Wednesday said Moscow and Islamabad will boost ties.", "Wednesday",
        "2021-04-07"),
    day(ASHRAF_MEETING, "Prime Minister Raja Pervez Ashraf said Thursday that relations should be "
        "further strengthened.", "Thursday", "2012-10-04"),
    day(ASHRAF_MEETING, "Both ministers had good discussion during their meeting earlier on "
        "Thursday.", "Thursday", "2012-10-04"),
    day(KHAN_VISIT, "Imran Khan will travel to Russia on Wednesday on a two-day visit.",
        "Wednesday", "2022-02-23"),
    day(KHAN_VISIT, "The minister is set to visit Beijing on Friday.", "Friday", "2022-02-25"),
    day(KHAN_VISIT, "The delegation is expected to arrive on Monday.", "Monday", "2022-02-28"),
    day(KHAN_VISIT, "The Russian minister is due in Islamabad on Monday.", "Monday",
        "2022-02-28"),
    day(KHAN_VISIT, "The federal cabinet met on Monday.", "Monday", "2022-02-21"),
    day(NEW_YEAR_MONDAY, "Officials said on Friday that the talks had stalled.", "Friday",
        "2022-12-30"),
    day(NEW_YEAR_MONDAY, "The talks were held on Sunday in Doha.", "Sunday", "2023-01-01"),
    day(NEW_YEAR_MONDAY, "Markets will reopen on Wednesday.", "Wednesday", "2023-01-04"),
    day(YEAR_END_FRIDAY, "The minister will visit Kabul on Monday.", "Monday", "2023-01-02"),
    day(KHAN_VISIT, "He plans to visit Kabul on Thursday.", "Thursday", "2022-02-24"),
    day(KHAN_VISIT, "The summit is due to open on Saturday.", "Saturday", "2022-02-26"),
    day(KHAN_VISIT, "The President will address parliament on Tuesday.", "Tuesday", "2022-02-22"),
    day(KHAN_VISIT, "A statement on Tuesday said the visit went well.", "Tuesday", "2022-02-22"),
    day(KHAN_VISIT, "He said he would travel on Friday.", "Friday", "2022-02-25"),
    day(KHAN_VISIT, "The minister is visiting China on Monday.", "Monday", "2022-02-28"),
    day(KHAN_VISIT, "Khan visited the shrine last Tuesday.", "last Tuesday", "2022-02-15"),
    day(KHAN_VISIT, "The vote is scheduled for next Friday.", "next Friday", "2022-02-25"),
    day(KHAN_VISIT, "The ministers will meet this Friday.", "this Friday", "2022-02-25"),
    day(KHAN_VISIT, "The ministers met this past Sunday.", "this past Sunday", "2022-02-20"),
    day(SUNDAY, "The accord was signed on Saturday.", "Saturday", "2024-06-15"),
    day(LAVROV_VISIT, "The deal was signed late Tuesday.", "late Tuesday", "2021-04-06"),
    day(LAVROV_VISIT, "He said Thursday's meeting was useful.", "Thursday", "2021-04-08"),
    day(LAVROV_VISIT, "Lavrov arrived in Pakistan on Tuesday from India.", "Tuesday", "2021-04-06"),
    span(KHAN_VISIT, "Peskov on Sunday night confirmed the visit.", "Sunday night",
         "2022-02-20TNI", "2022-02-20", "2022-02-20", "day"),
    span(KHAN_VISIT, "Talks will resume on Monday morning.", "Monday morning", "2022-02-28TMO",
         "2022-02-28", "2022-02-28", "day"),
    # The present of a schedule looks ahead (KHAN_VISIT is a Tuesday).
    day(KHAN_VISIT, "The talks open Thursday in Moscow.", "Thursday", "2022-02-24"),
    day(KHAN_VISIT, "Lavrov arrives Monday for two days of talks.", "Monday", "2022-02-28"),
    day(KHAN_VISIT, "Khan meets Putin on Tuesday, his office says.", "Tuesday", "2022-02-22"),
    # A plan's participle next to the weekday does not make it past.
    day(KHAN_VISIT, "The frigate will join the drills scheduled on Friday off Karachi.", "Friday",
        "2022-02-25"),
    day(KHAN_VISIT, "Delegates will attend a session slated for Thursday.", "Thursday",
        "2022-02-24"),
    day(KHAN_VISIT, "The talks were scheduled on Monday but did not take place.", "Monday",
        "2022-02-21"),
    # A decision is done before its infinitive and looks ahead after it.
    day(KHAN_VISIT, "The two sides on Monday agreed to meet again in spring.", "Monday",
        "2022-02-21"),
    day(KHAN_VISIT, "The ministers have decided to meet on Friday.", "Friday", "2022-02-25"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, WEEKDAYS)
def test_weekday_direction_follows_the_tense_of_the_sentence(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


WEEKDAYS_WITH_DAY_OF_MONTH = [
    day(KHAN_VISIT, "PRIME minister Imran Khan will travel to Russia on Wednesday (23) on a "
        "two-day visit.", "Wednesday (23)", "2022-02-23"),
    day(KHAN_VISIT, "Pakistan's foreign office said in a statement on Monday (21) that they would "
        "also discuss Islamophobia.", "Monday (21)", "2022-02-21"),
    day(KHAN_VISIT, "Russian presidential spokesman Dmitry Peskov on Sunday (20) confirmed that "
        "preparations were underway.", "Sunday (20)", "2022-02-20"),
    day(KHAN_VISIT, "The ministry said on Thursday (17) that the visit was on.", "Thursday (17)",
        "2022-02-17"),
    day(date(2022, 3, 2), "The team returned on Monday (28).", "Monday (28)", "2022-02-28"),
    day(date(2022, 2, 25), "Talks will open on Tuesday (1).", "Tuesday (1)", "2022-03-01"),
    # The day of the month pins the date even against the tense.
    day(KHAN_VISIT, "The delegation arrived on Friday (25).", "Friday (25)", "2022-02-25"),
    day(KHAN_VISIT, "Khan will leave on Wednesday (23rd) for Moscow.", "Wednesday (23rd)",
        "2022-02-23"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, WEEKDAYS_WITH_DAY_OF_MONTH)
def test_weekday_with_day_of_month_picks_that_date(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


RELATIVE_TO_PUBLICATION = [
    span(OIL_CARGO, "Russia has become a major supplier of wheat to Pakistan, with shipments "
         "exceeding one million tonnes last year.", "last year", "2022", "2022-01-01",
         "2022-12-31", "year"),
    span(LAVROV_VISIT, "The commission, due to meet in Moscow later this year, will pursue the "
         "proposals.", "later this year", "2021", "2021-04-09", "2021-12-31", "year"),
    span(ASHRAF_MEETING, "He referred to the visit of the Speaker to Russia early next year.",
         "early next year", "2013", "2013-01-01", "2013-04-30", "year"),
    span(LAVROV_VISIT, "The first cargo left the Russian port early this month.",
         "early this month", "2021-04", "2021-04-01", "2021-04-10", "month"),
    span(LAVROV_VISIT, "Russia hosted an international conference on Afghanistan in Moscow last "
         "month.", "last month", "2021-03", "2021-03-01", "2021-03-31", "month"),
    # "later in the month" is "later this month": the rest of it after publication.
    span(LAVROV_VISIT, "Talks on gas will be held in Moscow later in the month.",
         "later in the month", "2021-04", "2021-04-09", "2021-04-30", "month"),
    span(LAVROV_VISIT, "Earlier this month, the ministers met in Doha.", "Earlier this month",
         "2021-04", "2021-04-01", "2021-04-08", "month"),
    span(OIL_CARGO, "The first shipment carrying discounted Russian oil reached Karachi Port last "
         "weekend.", "last weekend", "2023-W23-WE", "2023-06-10", "2023-06-11", "week"),
    span(KHAN_VISIT, "Talks will take place this weekend.", "this weekend", "2022-W08-WE",
         "2022-02-26", "2022-02-27", "week"),
    span(NEW_YEAR_MONDAY, "The talks resumed over the weekend.", "the weekend", "2022-W52-WE",
         "2022-12-31", "2023-01-01", "week"),
    span(KHAN_VISIT, "The ministers will meet over the weekend.", "the weekend", "2022-W08-WE",
         "2022-02-26", "2022-02-27", "week"),
    span(KHAN_VISIT, "The market closed lower last week.", "last week", "2022-W07", "2022-02-14",
         "2022-02-20", "week"),
    span(KHAN_VISIT, "The delegation arrives next week.", "next week", "2022-W09", "2022-02-28",
         "2022-03-06", "week"),
    span(KHAN_VISIT, "Inflation eased this month.", "this month", "2022-02", "2022-02-01",
         "2022-02-28", "month"),
    span(NEW_YEAR_TUESDAY, "The plan will be finalised next month.", "next month", "2023-02",
         "2023-02-01", "2023-02-28", "month"),
    span(NEW_YEAR_MONDAY, "Elections are due next year.", "next year", "2024", "2024-01-01",
         "2024-12-31", "year"),
    span(OIL_CARGO, "Trade has doubled this year.", "this year", "2023", "2023-01-01",
         "2023-12-31", "year"),
    span(LAVROV_VISIT, "Profit will rise in the current fiscal year.", "the current fiscal year",
         "2021", "2021-01-01", "2021-12-31", "year"),
    span(KHAN_VISIT, "He left office 23 years ago.", "23 years ago", "1999", "1999-01-01",
         "1999-12-31", "year"),
    span(OIL_CARGO, "The dam was built a decade ago.", "a decade ago", "201", "2010-01-01",
         "2019-12-31", "decade"),
    day(LAVROV_VISIT, "The talks collapsed two days ago.", "two days ago", "2021-04-06"),
    # A few days back: within the week before the report, as a few days ahead is the week on.
    span(LAVROV_VISIT, "The cargo left the port a few days back.", "a few days back",
         "2021-04-01", "2021-04-01", "2021-04-07", "day"),
    span(LAVROV_VISIT, "Envoys met a few days ago in Moscow.", "a few days ago", "2021-04-01",
         "2021-04-01", "2021-04-07", "day"),
    # A few weeks or months back: from six weeks to a week, or six months to a month, before.
    span(LAVROV_VISIT, "The port was dredged a few weeks ago.", "a few weeks ago", "2021-02-25",
         "2021-02-25", "2021-04-01", "day"),
    span(LAVROV_VISIT, "The two sides agreed a deal a few months back.", "a few months back",
         "2020-10-08", "2020-10-08", "2021-03-08", "day"),
    vague(LAVROV_VISIT, "Some days back the rain stopped.", "Some days back", "PAST_REF", "ref"),
    span(LAVROV_VISIT, "The minister resigned three months ago.", "three months ago", "2021-01",
         "2021-01-01", "2021-01-31", "month"),
    span(KHAN_VISIT, "They met a week ago.", "a week ago", "2022-W07", "2022-02-14", "2022-02-20",
         "week"),
    span(KHAN_VISIT, "Five years from now, trade will double.", "Five years from now", "2027",
         "2027-01-01", "2027-12-31", "year"),
    day(KHAN_VISIT, "Khan arrived in Beijing yesterday.", "yesterday", "2022-02-21"),
    day(KHAN_VISIT, "The agreement will be signed tomorrow.", "tomorrow", "2022-02-23"),
    day(KHAN_VISIT, "The results were announced today.", "today", "2022-02-22"),
    day(KHAN_VISIT, "The deal was struck the day before yesterday.", "the day before yesterday",
        "2022-02-20"),
    span(KHAN_VISIT, "The prime minister will address the nation tonight.", "tonight",
         "2022-02-22TNI", "2022-02-22", "2022-02-22", "day"),
    span(KHAN_VISIT, "Protests erupted in Karachi last night.", "last night", "2022-02-21TNI",
         "2022-02-21", "2022-02-21", "day"),
    span(KHAN_VISIT, "The minister said this morning that talks were over.", "this morning",
         "2022-02-22TMO", "2022-02-22", "2022-02-22", "day"),
    span(KHAN_VISIT, "Yesterday morning the cabinet met.", "Yesterday morning", "2022-02-21TMO",
         "2022-02-21", "2022-02-21", "day"),
    # A comma between the month and its year words, as reporters often write it.
    span(KHAN_VISIT, "In April, last year, the envoy visited Islamabad.", "April, last year",
         "2021-04", "2021-04-01", "2021-04-30", "month"),
    # A week of a month narrows to those seven days; its value is the ISO week of its middle.
    span(KHAN_VISIT, "The visit is planned for the first week of March.",
         "the first week of March", "2022-W09", "2022-03-01", "2022-03-07", "week"),
    span(KHAN_VISIT, "Talks were held in the last week of October 2021.",
         "the last week of October 2021", "2021-W43", "2021-10-25", "2021-10-31", "week"),
    # A half month has no TimeML value: it keeps its month's, and its own days.
    span(KHAN_VISIT, "The envoy expects the tour in the first half of March.",
         "the first half of March", "2022-03", "2022-03-01", "2022-03-15", "month"),
    span(KHAN_VISIT, "Talks took place in the second half of February 2020.",
         "the second half of February 2020", "2020-02", "2020-02-16", "2020-02-29", "month"),
    # Half of a year is still a half-year.
    span(KHAN_VISIT, "Trade grew in the first half of 2021.", "the first half of 2021",
         "2021-H1", "2021-01-01", "2021-06-30", "quarter"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, RELATIVE_TO_PUBLICATION)
def test_relative_expressions_count_from_publication(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


VAGUE_REFERENCES = [
    vague(KHAN_VISIT, "A Russian delegation was in Pakistan recently to negotiate.", "recently",
          "PAST_REF", "ref"),
    vague(OIL_CARGO, "Nowadays, our relations are advanced and based on trust.", "Nowadays",
          "PRESENT_REF", "ref"),
    vague(LAVROV_VISIT, "Both countries are currently discussing a new protocol.", "currently",
          "PRESENT_REF", "ref"),
    vague(LAVROV_VISIT, "Now, Russia is concerned about Afghan instability.", "Now",
          "PRESENT_REF", "ref"),
    vague(OIL_CARGO, "the largest steel mill in Karachi (now called Pakistan Steel Mills)", "now",
          "PRESENT_REF", "ref"),
    vague(LAVROV_VISIT, "At present, trade is small.", "At present", "PRESENT_REF", "ref"),
    vague(LAVROV_VISIT, "They will meet twice a year from now on.", "now", "PRESENT_REF", "ref"),
    vague(LAVROV_VISIT, "That was unthinkable a generation ago.", "a generation ago", "PAST_REF",
          "ref"),
    vague(LAVROV_VISIT, "Both sides hope to meet again in the future.", "the future",
          "FUTURE_REF", "ref"),
    vague(LAVROV_VISIT, "A decision on the pipeline is expected soon.", "soon", "FUTURE_REF",
          "ref"),
    vague(KHAN_VISIT, "Ties have moved past Cold War hostilities in recent years.", "recent years",
          "PAST_REF", "ref"),
    vague(LAVROV_VISIT, "The projects will be completed in the coming months.",
          "the coming months", "FUTURE_REF", "ref"),
    vague(KHAN_VISIT, "Russia is keen to sell arms, something it avoided in the past.",
          "the past", "PAST_REF", "ref"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, VAGUE_REFERENCES)
def test_vague_references_have_no_calendar_range(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


DECADES_AND_CENTURIES = [
    span(OIL_CARGO, "Soviet specialists helped build the steel mill in the 1980s.", "the 1980s",
         "198", "1980-01-01", "1989-12-31", "decade"),
    span(LAVROV_VISIT, "In the 1990s, the pipeline was first proposed.", "the 1990s", "199",
         "1990-01-01", "1999-12-31", "decade"),
    span(LAVROV_VISIT, "Relations thawed in the early 2000s.", "the early 2000s", "200",
         "2000-01-01", "2009-12-31", "decade"),
    span(LAVROV_VISIT, "The policy dates back to the '80s.", "the '80s", "198", "1980-01-01",
         "1989-12-31", "decade"),
    span(LAVROV_VISIT, "The songs of the eighties are back.", "the eighties", "198", "1980-01-01",
         "1989-12-31", "decade"),
    span(KHAN_VISIT, "Ties have moved past hostilities dating to the mid-1990s.", "the mid-1990s",
         "199", "1990-01-01", "1999-12-31", "decade"),
    span(ASHRAF_MEETING, "Pakistan Steel Mills, a symbol of the friendship in the 20th century, "
         "will now serve as a bridge.", "the 20th century", "19", "1900-01-01", "1999-12-31",
         "century"),
    span(ASHRAF_MEETING, "to further intensify relations in the 21st century.",
         "the 21st century", "20", "2000-01-01", "2099-12-31", "century"),
    span(LAVROV_VISIT, "The treaty dates from the nineteenth century.", "the nineteenth century",
         "18", "1800-01-01", "1899-12-31", "century"),
    span(LAVROV_VISIT, "The wars of the last century shaped the region.", "the last century",
         "19", "1900-01-01", "1999-12-31", "century"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, DECADES_AND_CENTURIES)
def test_decades_and_centuries(published, sentence, text, value, start, end, precision):
    check(published, sentence, text, value, start, end, precision)


STEEL_MILL = (
    "“The participation of Soviet specialists in the construction of the largest steel mill in "
    "Karachi (now called Pakistan Steel Mills) in the 1980s, despite the conflict raging in "
    "Afghanistan at the time, is clear evidence of this. The Guddu Thermal Power Plant, then the "
    "largest in your country, was also commissioned at that time,” according to Lavrov."
)
ANAPHORA = [
    span(OIL_CARGO, STEEL_MILL, "that time", "198", "1980-01-01", "1989-12-31", "decade"),
    span(OIL_CARGO, STEEL_MILL, "the time", "198", "1980-01-01", "1989-12-31", "decade"),
    span(OIL_CARGO, STEEL_MILL, "then", "198", "1980-01-01", "1989-12-31", "decade"),
    day(LAVROV_VISIT, "The agreement was signed on 12 May 2014. The following day, the ministers "
        "met again.", "The following day", "2014-05-13"),
    day(LAVROV_VISIT, "Lavrov arrived on Tuesday. He met Khan the next day.", "the next day",
        "2021-04-07"),
    day(LAVROV_VISIT, "Talks were held on Tuesday morning. He addressed traders later in the day.",
        "later in the day", "2021-04-06"),
    span(LAVROV_VISIT, "The pact was signed in 2016. That year, trade doubled.", "That year",
         "2016", "2016-01-01", "2016-12-31", "year"),
    day(KHAN_VISIT, "Khan met Putin on February 24, 2022. On the same day, Russia invaded "
        "Ukraine.", "the same day", "2022-02-24"),
    span(LAVROV_VISIT, "Sharif travelled to Moscow in 1999. At the time, ties were cool.",
         "the time", "1999", "1999-01-01", "1999-12-31", "year"),
    day(KHAN_VISIT, "The next day, talks resumed in Moscow.", "The next day", "2022-02-23"),
    day(LAVROV_VISIT, "The summit opened on 3 June 2019. Two days later, the leaders signed the "
        "deal.", "Two days later", "2019-06-05"),
    day(LAVROV_VISIT, "The delegation arrived on 5 March 2021. Later that day, it met the "
        "president.", "Later that day", "2021-03-05"),
    span(LAVROV_VISIT, "The pact was signed in March 2020. The previous year, talks had failed.",
         "The previous year", "2019", "2019-01-01", "2019-12-31", "year"),
    span(LAVROV_VISIT, "Talks opened on Monday, June 3, 2019; the following week, they collapsed.",
         "the following week", "2019-W24", "2019-06-10", "2019-06-16", "week"),
    day(LAVROV_VISIT, "The summit opened on 3 June 2019. The next day, aides met. The following "
        "day, leaders signed.", "The following day", "2019-06-05"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, ANAPHORA)
def test_anaphora_takes_the_previous_date_of_the_passage(
    published, sentence, text, value, start, end, precision
):
    check(published, sentence, text, value, start, end, precision)


DURATIONS = [
    # The article of an adjectival duration is part of the TimeML extent.
    vague(LAVROV_VISIT, "Lavrov arrived for a two-day visit.", "a two-day", "P2D"),
    vague(LAVROV_VISIT, "The 12-day games open in Kazan.", "The 12-day", "P12D"),
    vague(LAVROV_VISIT, "The squad endured an 11-hour flight.", "an 11-hour", "PT11H"),
    vague(LAVROV_VISIT, "About 15,000 soldiers died in the decade-long war.", "decade-long",
          "P1DE"),
    vague(LAVROV_VISIT, "The vaccine was approved on January 23, days after the trial ended.",
          "days", "PXD"),
    vague(LAVROV_VISIT, "Appointments are booked weeks in advance.", "weeks", "PXW"),
    vague(date(2019, 12, 31), "Trade grew 20 percent in the first nine months of 2019.",
          "the first nine months of 2019", "P9M"),
    vague(OIL_CARGO, "He said there had been different periods in bilateral relations over the "
          "past three-quarters of a century.", "the past three-quarters of a century", "P75Y"),
    vague(LAVROV_VISIT, "It was the first visit by a Russian foreign minister in nine years.",
          "nine years", "P9Y"),
    vague(KHAN_VISIT, "It is the first by a Pakistan premier in more than two decades.",
          "more than two decades", "P2DE"),
    vague(KHAN_VISIT, "Khan will become the first Pakistan premier to visit Russia in 23 years "
          "after former premier Nawaz Sharif travelled to Moscow in 1999.", "23 years", "P23Y"),
    vague(LAVROV_VISIT, "to bring an end to the decades-long war.", "decades-long", "PXDE"),
    vague(LAVROV_VISIT, "They marked half a century of friendship.", "half a century", "P50Y"),
    vague(LAVROV_VISIT, "The programme will run for 18 months.", "18 months", "P18M"),
    vague(LAVROV_VISIT, "Unions called a 24-hour strike.", "a 24-hour", "PT24H"),
    vague(LAVROV_VISIT, "The talks lasted three hours.", "three hours", "PT3H"),
    vague(LAVROV_VISIT, "It came after a year and a half of negotiations.", "a year and a half",
          "P18M"),
    vague(LAVROV_VISIT, "The war has raged for years.", "years", "PXY"),
    vague(LAVROV_VISIT, "Trade grew over the past three years.", "the past three years", "P3Y"),
    vague(LAVROV_VISIT, "Trade grew over the past year.", "the past year", "P1Y"),
    vague(LAVROV_VISIT, "The 23-year-old student was arrested.", "The 23-year-old", "P23Y"),
    vague(LAVROV_VISIT, "The envoy was 59 years old.", "59 years old", "P59Y"),
    vague(KHAN_VISIT, "Lavrov visited Islamabad after a gap of almost nine years.",
          "almost nine years", "P9Y"),
    vague(LAVROV_VISIT, "Relations have been frozen for a quarter of a century.",
          "a quarter of a century", "P25Y"),
    vague(LAVROV_VISIT, "The deal came after several weeks of talks.", "several weeks", "PXW"),
    vague(LAVROV_VISIT, "The deal will be valid for five years.", "five years", "P5Y"),
    vague(LAVROV_VISIT, "The ten-day exercise began on Monday.", "The ten-day", "P10D"),
    vague(LAVROV_VISIT, "A decision is expected within 48 hours.", "48 hours", "PT48H"),
    vague(LAVROV_VISIT, "The project was delayed for two and a half years.",
          "two and a half years", "P30M"),
    vague(LAVROV_VISIT, "The ministers will meet again in a fortnight.", "a fortnight", "P2W"),
    vague(LAVROV_VISIT, "They celebrated twenty-five years of ties.", "twenty-five years", "P25Y"),
    vague(LAVROV_VISIT, "Talks will continue over the next two weeks.", "the next two weeks",
          "P2W"),
    vague(LAVROV_VISIT, "In the next few days, the deal will be signed.", "the next few days",
          "PXD"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, DURATIONS)
def test_durations_are_lengths_not_dates(published, sentence, text, value, start, end, precision):
    check(published, sentence, text, value, start, end, precision)


RECURRENCES = [
    vague(LAVROV_VISIT, "The commission meets every year.", "every year", "P1Y"),
    vague(LAVROV_VISIT, "Joint drills are held every other year.", "every other year", "P2Y"),
    vague(LAVROV_VISIT, "The forum is held annually in Moscow.", "annually", "P1Y"),
    vague(LAVROV_VISIT, "Flights between Karachi and Moscow operate twice a week.",
          "twice a week", "P1W"),
    vague(LAVROV_VISIT, "The market is closed on Fridays.", "Fridays", "XXXX-WXX-5"),
    vague(LAVROV_VISIT, "The spokesperson said at her weekly briefing that talks went well.",
          "weekly", "P1W"),
    vague(LAVROV_VISIT, "The annual summit will be held in Moscow.", "annual", "P1Y"),
    vague(LAVROV_VISIT, "The committee meets daily to review the situation.", "daily", "P1D"),
    vague(LAVROV_VISIT, "The sides will hold consultations twice a year from now on.",
          "twice a year", "P1Y"),
]  # fmt: skip


@pytest.mark.parametrize(CASE_FIELDS, RECURRENCES)
def test_recurrences_are_sets(published, sentence, text, value, start, end, precision):
    check(published, sentence, text, value, start, end, precision)
    assert find_mention(sentence, published, text).timex_type == "SET"


NOT_DATES = [
    ("The pipeline will carry 1.6 billion cubic feet per day of gas.", "1.6 billion cubic feet"),
    ("Russia has shipped one million tonnes of wheat.", "one million tonnes"),
    ("We intend to provide 150,000 more doses.", "150,000"),
    ("We have provided 50,000 doses of anti Covid vaccine to Pakistan.", "50,000"),
    ("Lavrov welcomed a 46 percent increase in trade.", "46 percent"),
    ("Views were exchanged on the Covid-19 pandemic.", "Covid-19"),
    ("Views were exchanged on the COVID-19 pandemic.", "COVID-19"),
    ("Khan congratulated Russia on its Sputnik-V vaccine.", "Sputnik-V"),
    ("The leaders met at the G20 summit.", "G20"),
    ("Pakistan flies F-16 jets.", "F-16"),
    ("He is the sole survivor of the Air India Flight 171 crash.", "Flight 171"),
    ("Flight 2021 landed safely in Karachi.", "2021"),
    ("“We feel we may continue in the path toward peace.”", "We feel we may"),
    ("Thousands march in Lahore every day.", "march"),
    ("May God bless Pakistan, he said.", "May"),
    ("Russia (May supply wheat) and Pakistan talked.", "May"),
    ("March organisers said the rally would go ahead.", "March"),
    ("An August gathering of scholars met in Lahore.", "August"),
    ("Siddiq is linked to a £3.9 billion embezzlement.", "£3.9 billion"),
    ("Police said 1,999 people attended the rally.", "1,999"),
    ("Police arrested 2000 people in Karachi.", "2000"),
    ("The batsman has scored 2019 runs.", "2019"),
    ("Room 1999 was booked for the delegation.", "1999"),
    ("The visa costs $2021 now.", "$2021"),
    ("Section 144 was imposed in Islamabad.", "144"),
    ("He is in his 40s.", "40s"),
    ("Lavrov made these remarks on the 75th anniversary of relations.", "75th anniversary"),
    ("The Guddu plant, then the largest in your country, was built by Soviet engineers.", "then"),
    ("The ministers talked, and then the delegations left.", "then"),
    ("At that time, relations were cool.", "that time"),
    ("He said the time has come for peace.", "the time"),
    ("Protests marked the first anniversary of the Arab Spring uprising.", "Spring"),
    ("Prices may spring back quickly.", "spring"),
    ("After the fall of Kabul, refugees arrived.", "fall"),
    ("The Sunday Times reported the story.", "Sunday"),
    ("The 21st century has given us a second chance.", "a second"),
    ("The Daily Times ran the story.", "Daily"),
    ("Sharif travelled to Moscow in 1999.\nAt the time, ties were cool.", "the time"),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_DATES, ids=[w for _, w in NOT_DATES])
def test_quantities_names_and_words_are_not_dates(sentence, words):
    start = sentence.rindex(words)
    end = start + len(words)
    overlapping = [
        m.text for m in resolve_dates(sentence, LAVROV_VISIT) if m.start < end and start < m.end
    ]
    assert overlapping == []


def test_mentions_are_sorted_and_their_offsets_index_the_text():
    text = (
        "Lavrov arrived on Tuesday.\r\n“In April last year,” he said — the first visit in nine "
        "years — “we met in 1999.”\nNext week the commission meets."
    )
    mentions = resolve_dates(text, KHAN_VISIT)
    assert [m.text for m in mentions] == [
        "Tuesday",
        "April last year",
        "nine years",
        "1999",
        "Next week",
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_as_dict_is_json_ready_with_iso_dates():
    mention = find_mention("Khan will travel on Wednesday (23).", KHAN_VISIT, "Wednesday (23)")
    as_dict = mention.as_dict()
    assert set(as_dict) == {
        "start",
        "end",
        "text",
        "value",
        "start_date",
        "end_date",
        "precision",
        "rule",
    }
    assert as_dict["start_date"] == as_dict["end_date"] == "2022-02-23"
    assert "23" in as_dict["rule"]
    assert json.loads(json.dumps(as_dict)) == as_dict


def test_durations_have_no_dates_in_as_dict():
    as_dict = find_mention("a two-day visit", KHAN_VISIT, "a two-day").as_dict()
    assert (as_dict["start_date"], as_dict["end_date"], as_dict["precision"]) == (
        None,
        None,
        "duration",
    )


def test_mentions_are_frozen():
    mention = find_mention("in 1999", KHAN_VISIT, "1999")
    with pytest.raises(AttributeError):
        mention.value = "2000"


def test_relative_mentions_are_flagged_and_absolute_ones_are_not():
    text = "On April 8, 2021 he said he had visited last year and would return on Friday."
    flags = {m.text: m.is_relative for m in resolve_dates(text, LAVROV_VISIT)}
    assert flags == {"April 8, 2021": False, "last year": True, "Friday": True}


def test_anaphora_does_not_reach_into_another_paragraph():
    text = "The pact was signed in 2016.\nThe following day, trade resumed."
    following = find_mention(text, LAVROV_VISIT, "The following day")
    assert following.start_date == date(2021, 4, 9)  # counted from publication, not from 2016


def test_empty_and_dateless_texts_give_no_mentions():
    assert resolve_dates("", KHAN_VISIT) == []
    assert resolve_dates("Pakistan and Russia enjoy friendly relations.", KHAN_VISIT) == []


def test_an_anaphor_with_no_date_before_it_counts_from_the_storys_day():
    (mention,) = resolve_dates("The talks were held a day earlier.", date(2024, 9, 20),
                               anchor=date(2024, 9, 19))  # fmt: skip
    assert mention.value == "2024-09-18"
    (mention,) = resolve_dates("The talks were held a day earlier.", date(2024, 9, 20))
    assert mention.value == "2024-09-19"



def test_a_title_cased_headline_year_after_of_is_read_without_failing():
    # Headlines capitalise every word: "Of" is the same preposition as "of".
    mentions = resolve_dates("Imports Doubled In Months Of 2024 - Officials", SUNDAY)
    assert [m.value for m in mentions if m.text == "2024"] == ["2024"]


def test_a_day_range_under_way_at_publication_is_this_years_whatever_the_tense():
    # Published on Sunday 16 June 2024: the visit runs from Friday to Monday.
    check(SUNDAY, "The minister is visiting Moscow (14-17 June) with a trade team.",
          "14-17 June", "2024-06-14", "2024-06-14", "2024-06-17", "day")


@pytest.mark.parametrize(
    "sentence, text, value, start, end",
    [
        ("Exports reached $90 million in FY24.", "FY24", "2024", "2023-07-01", "2024-06-30"),
        ("The deficit narrowed in FY2021.", "FY2021", "2021", "2020-07-01", "2021-06-30"),
        ("Imports in FY 2019-20 fell.", "FY 2019-20", "2020", "2019-07-01", "2020-06-30"),
    ],
)
def test_a_fiscal_year_code_runs_from_july_to_june(sentence, text, value, start, end):
    check(SUNDAY, sentence, text, value, start, end, "year")
