"""Urdu temporal expressions, resolved like English ones.

Urdu puts the postposition after the date ("پیر کو", "ستمبر میں"), writes numbers in Latin,
Urdu or Arabic-Indic digits (Python's int reads all three), often against the next word
("2015میں"), and says yesterday and tomorrow with one word, "کل": the verb's tense decides.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from timeline.languages.urdu import FUTURE_MARKERS, HOLDING_AGREED, PAST_MARKERS, RELATIVE_CLAUSE

from . import calendar_values as cv
from .by_language import MONTH_NAMES, LanguageResolver, normalised, year_reading
from .tense import Tense

_MONTHS = {"جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "مئ": 5, "جون": 6,
           "جولائی": 7, "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12}  # fmt: skip
# A year may touch its month ("اکتوبر2015 میں"), as a day does ("15ستمبر"): no letter may.
MONTH = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})(?![^\W\d])"
_WEEKDAYS = {"پیر": 0, "سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "جمعے": 4,
             "ہفتہ": 5, "ہفتے": 5, "اتوار": 6}  # fmt: skip
# ھ (do-chashmi he) only aspirates the letter before it and never begins a word: a space
# before it is a typing slip inside one word, "بد ھ کے روز" for "بدھ کے روز" (on Wednesday).
_SPELT_WITH_SLIPS = [
    name.replace("ھ", r"\s?ھ") for name in sorted(_WEEKDAYS, key=len, reverse=True)
]
WEEKDAY = rf"(?:{'|'.join(_SPELT_WITH_SLIPS)})(?!\w)"
_SHIFTS = {"گزشتہ": -1, "گذشتہ": -1, "پچھلے": -1, "پچھلی": -1, "پچھلا": -1, "اگلے": 1,
           "اگلی": 1, "اگلا": 1, "آئندہ": 1, "رواں": 0, "اس": 0, "موجودہ": 0}  # fmt: skip
SHIFT = rf"(?:{'|'.join(sorted(_SHIFTS, key=len, reverse=True))})"
_UNITS = {"سال": "year", "برس": "year", "ماہ": "month", "مہینے": "month", "مہینہ": "month",
          "ہفتے": "week", "ہفتہ": "week"}  # fmt: skip
_NUMBERS = {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8,
            "نو": 9, "دس": 10, "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15,
            "سولہ": 16, "سترہ": 17, "اٹھارہ": 18, "انیس": 19, "بیس": 20, "اکیس": 21,
            "بائیس": 22, "تئیس": 23, "چوبیس": 24, "پچیس": 25, "چھبیس": 26, "ستائیس": 27,
            "اٹھائیس": 28, "انتیس": 29, "تیس": 30, "اکتیس": 31}  # fmt: skip
NUMBER = rf"(?:{'|'.join(sorted(_NUMBERS, key=len, reverse=True))})"
# Year sign ("2015ء") and the postpositions that make a bare number a time.
_YEAR_SIGN = r"(?:\s*[ءئ])?"
_POSTPOSITION = r"(?=\s*(?:میں|سے|تک|کے|کی|کا|کو|کےدوران|،|۔|,|\)|$))"
# A number after کل is a total ("کل 5 معاہدے"), unless it counts the days of a stay:
# "کل 2 روزہ دورے پر" is tomorrow, on a two-day visit. "کل پاکستان" is all-Pakistan, unless
# a coming or an arrival follows: "کل پاکستان پہنچیں گے" is tomorrow.
_NOT_TIME_AFTER_KAL = (
    r"(?!\s*(?:تعداد|رقم|مالیت|لاگت|حجم|آبادی|ملا|جماعتی|پاکستان(?!\s+(?:پہنچ|آ|روانہ|کے|کی|کا))"
    r"|\d(?!\d*\s*روزہ)))"
)

# The day in digits or, as some outlets write it, in words: "بارہ جون" (12 June), "اکتیس
# اکتوبر". A word stands apart from the month; digits may touch it ("15ستمبر").
_DAY = rf"(?:\d{{1,2}}|{NUMBER}(?=\s))"
DAY_MONTH = re.compile(
    rf"(?<![\d\w])(?P<day>{_DAY})(?:\s*(?:سے|تا|-|–)\s*(?P<day2>{_DAY}))?\s*"
    # Datelines join month and year with ۔: "04 دسمبر۔2015ء".
    rf"(?P<month>{MONTH})(?:(?:[\s،,]*|۔)(?P<year>\d{{4}}){_YEAR_SIGN})?"
)
# Each day with its month: "15ستمبر سے 27 ستمبر تک", "28 ستمبر سے 2 اکتوبر".
DAY_RANGE_ACROSS_MONTHS = re.compile(
    rf"(?<![\d\w])(?P<d1>{_DAY})\s*(?P<m1>{MONTH})\s*(?:سے|تا|-|–)\s*(?P<d2>{_DAY})\s*"
    rf"(?P<m2>{MONTH})(?:[\s،,]*(?P<year>\d{{4}}){_YEAR_SIGN})?"
)
# Sites print their date lines in English: "November 5, 2020", "Sep 14, 2021".
_LATIN_MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
LATIN_MONTH_DAY = re.compile(
    rf"(?<![\w])(?P<month>(?:{'|'.join(MONTH_NAMES)})|(?:{'|'.join(n[:3] for n in MONTH_NAMES)}"
    r")t?\.?)\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
_WEEKS = {"پہلے": 1, "دوسرے": 2, "تیسرے": 3, "چوتھے": 4, "آخری": 5}
_WEEK_MIDDLE = {1: 4, 2: 11, 3: 18, 4: 25, 5: 28}
# "رواں سال کے آغاز میں": the start of the year, as "early this year"; also its middle and end.
# A year's digits are often typed against کے ("2020کے وسط تک", by the middle of 2020).
_PARTS = {"آغاز": "early", "شروع": "early", "اوائل": "early", "وسط": "mid", "آخر": "late",
          "اواخر": "late", "اختتام": "late"}  # fmt: skip
PART = rf"(?:\s*کے\s+(?P<part>{'|'.join(_PARTS)})(?!\w))?"
# A month with its year ("مارچ 2024"), a week or a part of it ("ستمبر کے وسط میں", mid
# September), or the year named by its distance before it ("گزشتہ سال دسمبر میں", December
# of last year).
MONTH_MENTION = re.compile(
    rf"(?<!\w)(?:(?P<year_shift>{SHIFT})\s+(?:سال|برس)\s+)?"
    rf"(?P<month>{MONTH})(?:(?:[\s،,]*(?P<year>\d{{4}}){_YEAR_SIGN})"
    rf"|\s+کے\s+(?P<week>{'|'.join(_WEEKS)})\s+ہفتے(?!\w)"
    rf"|\s+کے\s+(?P<month_part>{'|'.join(_PARTS)})(?!\w)"
    rf"|(?P<of_month>\s+کے\s+مہینے)|{_POSTPOSITION})"
)
# Months from one to another: "جولائی سے اگست 2022 میں", "جنوری تا مارچ" (a trade figure's
# period), as Russian «в январе-июле».
MONTH_SPAN = re.compile(
    rf"(?<!\w)(?P<m1>{MONTH})\s*(?:سے|تا|-|–)\s*(?P<m2>{MONTH})"
    rf"(?:(?:[\s،,]*(?P<year>\d{{4}}){_YEAR_SIGN})|{_POSTPOSITION})"
)
# A year may be typed against a word ending in a letter that never joins the next:
# "معاہدے پر2015میں".
YEAR = re.compile(
    rf"(?:(?<!\w)(?P<word>سال|برس)\s+)?(?<!\d)(?:(?<!\w)|(?<=[اآدڈذرڑزژوے]))"
    rf"(?P<year>\d{{4}})(?P<sign>{_YEAR_SIGN})"
    rf"(?:(?<=[ءئ])|{_POSTPOSITION}){PART}"
)
# Years from one to another: "1970 اور 1990 کے درمیان" (between), "2015 سے 2018 تک", "2010 تا
# 2012", the first year typed against a word as a year alone may be.
YEAR_SPAN = re.compile(
    r"(?:(?<!\w)|(?<=[اآدڈذرڑزژوے]))(?<!\d)(?P<first>\d{4})\s*(?:ء\s*)?"
    r"(?:(?P<between>اور)|سے|تا|-|–)\s*(?P<last>\d{4})\s*(?:ء\s*)?"
    r"(?(between)کے\s+(?:درمیان|مابین|بیچ)|(?:تک|کے\s+دوران|میں))(?!\w)"
)
# "دوستی 2017", "دروزبا-2017", "امن مشقیں 2017" (AMAN-17), "امن مشقیں دو ہزار سترہ میں روس کے
# جہاز" (Russia's ships in AMAN 2017): a year after an exercise's name, with the word for
# exercises between or not, is part of the name, no date. Only a name does this: "پہلی مشق
# 2016 میں" (the first exercise in 2016) is dated.
EXERCISE_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:دوستی|دروزبا|دروزبہ|دروژبا|امن)(?:\s+(?:مشقیں|مشق|مشقوں))?\s*[-–]?\s*$"
)
# A year written out: "دوہزار سولہ میں" (2016), "دو ہزار میں" (2000).
YEAR_IN_WORDS = re.compile(
    rf"(?<!\w)دو\s*ہزار(?:\s+(?P<units>{NUMBER}))?{_YEAR_SIGN}{_POSTPOSITION}"
)
# Pakistan's fiscal year, July to June, by both its years: "مالی سال 2023-24 میں".
FISCAL_YEAR = re.compile(
    r"(?<!\w)(?:مالی|مالیاتی)\s+سال\s*(?P<first>\d{4})\s*[-–/]\s*(?P<second>\d{4}|\d{2})(?!\d)"
)
# "کل جمعرات کو": کل (yesterday or tomorrow) names the weekday it falls on, which says which.
# A weekday ending in a letter that never joins the next is often typed against its
# postposition: "پیرکے روز", "اتوارکو".
# "بروز جمعرات" (on Thursday) and "آئندہ جمعرات" (next Thursday) need no postposition after,
# but "آئندہ ہفتے" is next week.
WEEKDAY_MENTION = re.compile(
    rf"(?<!\w)(?:(?P<rel>{SHIFT})\s+|(?P<kal>کل)\s+|(?P<on>بروز)\s+)?"
    rf"(?P<weekday>{WEEKDAY}|(?:پیر|سوموار|اتوار)(?=کو|کے))"
    r"(?:(?=\s*(?:کو|کے\s+روز|کے\s+دن|کی\s+صبح|کی\s+شام|کی\s+رات|،))"
    r"|(?(rel)(?!\w)(?<!ہفتے)(?<!ہفتہ)|(?(on)(?!\w)|(?!))))"
)
# Only کل is also "all" ("کل تعداد", "کل پاکستان"): "آج پاکستان پہنچ رہے ہیں" is today.
# آج and کل only begin a word, so after a letter that never joins the next each is a word
# typed against the one before ("وفدآج", "دورے پرکل"). A paper names its day in brackets
# ("آج (پیر)"), and sites post the morning paper's copy the evening before or the day
# after: the weekday says which day "today" is. "گزشتہ شام" is yesterday evening, as "گزشتہ
# شب" is last night (شام alone is also Syria, never after گزشتہ). "آج کل" (these days) is
# no date of a state ("آج کل تجارت کم ہے"), but dates a stay or a progressive under way as
# the report is written: "آج کل روس کے دورے پر ہیں" (is on a visit to Russia these days).
DAY_WORD = re.compile(
    r"(?:(?<!\w)|(?<=[اآدڈذرڑزژوے]))"
    rf"(?P<word>آج(?!\s*کل)(?:\s*\(\s*(?P<weekday>{WEEKDAY})\s*\))?"
    r"|آج\s*کل(?=[^۔؟،,]{0,60}?\s(?:دورے\s+پر|رہے|رہی|رہا)\s+(?:ہیں|ہے)(?:[۔؟،,\s]|$))"
    rf"|(?<!آج\s)(?<!آج)کل(?!\w){_NOT_TIME_AFTER_KAL}|پرسوں"
    r"|گزشتہ\s+روز|گذشتہ\s+روز|گزشتہ\s+شب|گذشتہ\s+شب|گزشتہ\s+شام|گذشتہ\s+شام)(?!\w)"
)
# "اگلے ماہ کے پہلے ہفتے" (the first week of next month), "رواں ماہ کی 25 تاریخ کو" (the
# 25th of this month): a week or a day of a month named by its distance. Before the days
# it holds ("آئندہ ہفتے 6 سے 7 اپریل تک") the distance only leads up to them: they date.
RELATIVE_UNIT = re.compile(
    rf"(?<!\w)(?P<rel>{SHIFT})\s+(?P<unit>{'|'.join(_UNITS)})(?!\w)(?!\s*(?:کو|کے\s+روز))"
    rf"(?![\s،,]*{_DAY}\s*(?:(?:سے|تا|-|–)\s*{_DAY}\s*)?{MONTH}){PART}"
    rf"(?:(?<=ماہ|ینے)(?:\s+کے\s+(?P<week>{'|'.join(_WEEKS)})\s+ہفتے(?!\w)"
    r"|\s+کی\s+(?P<day>\d{1,2})\s*(?:تاریخ|تاریخوں)(?!\w)))?"
)
DISTANCE = re.compile(
    rf"(?<!\w)(?P<num>\d+|{NUMBER})\s*(?P<unit>سال|برس|ماہ|مہینے|ہفتے|دن|روز)"
    r"\s+(?:قبل|پہلے)(?!\w)"
)
# "چند روز قبل", "کچھ دن پہلے" (a few days ago): two to nine days before the report. Not
# "کانفرنس سے چند روز قبل" (a few days before the conference), counted from something else.
FEW_DAYS_AGO = re.compile(r"(?<!\w)(?<!سے\s)(?:چند|کچھ)\s+(?:روز|دن|دنوں)\s+(?:قبل|پہلے)(?!\w)")
# "دو روزہ دورہ", "15روزہ مشقیں": the length of a stay (pairing widens the stay by it).
STAY_LENGTH = re.compile(rf"(?<![\d\w])(?P<num>\d+|{NUMBER})\s*روزہ(?!\w)")
# "ستمبر میں دورہ پاکستان کی دعوت دی": a date before an invitation dates the visit invited
# to, still ahead however the inviting is told; "کی دعوت پر" (at the invitation of) is not one.
_INVITED = re.compile(r"[^،,۔]{0,40}?(?<!\w)دعوت(?!\w)(?!\s*پر(?!\w))")
# So does one before the holding agreed on: "اس سال ماسکو میں … اجلاس کے انعقاد سے اتفاق کیا"
# agrees now to a session later this year.
_HOLDING_AGREED = re.compile(rf"[^،,۔]{{0,100}}?{HOLDING_AGREED}")
# "اعلان کیا کہ … 30 مارچ تک پہنچ جائے گی": کہ opens a clause with its own verb, last in
# it as Urdu puts verbs; the saying before کہ tells nothing of a date after it. So does ،
# between the clauses of a chain ("تیل منتقل کیا جائے گا، 11 جون کو پہلا جہاز آیا تھا").
# A relative pronoun too ("ملاقات کی جس کے بعد … نومبر میں … جائیں گے": RELATIVE_CLAUSE),
# and اور after the auxiliary that ends a clause ("اجازت دے دی ہے اور جمعرات کو وفد جائے
# گا": the giving is past, the going ahead).
_THAT = re.compile(
    rf"(?<!\w)کہ(?!\w)|،|{RELATIVE_CLAUSE.pattern}"
    r"|(?<!\w)(?:ہے|ہیں|تھا|تھی|تھے|تھیں)\s+اور(?!\w)"
)
SAME_PERIOD = re.compile(
    r"(?<!\w)(?P<x>اسی\s+روز|اسی\s+دن|اگلے\s+روز|اگلے\s+دن|اسی\s+سال|تب)(?!\w)"
)


class UrduResolver(LanguageResolver):
    language = "ur"

    def tense_clues(self, sentence_start, sentence_end):
        for pattern, tense in ((PAST_MARKERS, Tense.PAST), (FUTURE_MARKERS, Tense.FUTURE)):
            for match in pattern.finditer(self.text, sentence_start, sentence_end):
                yield match.start(), tense

    def tense(self, start, end):
        if _INVITED.match(self.text, end) or _HOLDING_AGREED.match(self.text, end):
            return Tense.FUTURE
        return super().tense(start, end)

    def clause_start(self, sentence_start, start):
        ends = [that.end() for that in _THAT.finditer(self.text, sentence_start, start)]
        return ends[-1] if ends else sentence_start

    def day_month(self, m):
        first_day = _number(m["day"])
        last_day = _number(m["day2"]) if m["day2"] else first_day
        year = int(m["year"]) if m["year"] else None
        reading = self.month_day_reading(
            _MONTHS[m["month"]], first_day, last_day, year, m.start(), m.end()
        )
        if reading is not None:
            yield m.start(), m.end(), reading

    def day_range_across_months(self, m):
        first = (_MONTHS[m["m1"]], _number(m["d1"]))
        last = (_MONTHS[m["m2"]], _number(m["d2"]))
        yield from self.range_across_months(m, first, last, m.start())

    def latin_month_day(self, m):
        month, day = _LATIN_MONTHS[m["month"][:3].lower()], int(m["day"])
        reading = self.month_day_reading(month, day, day, int(m["year"]), m.start(), m.end())
        if reading is not None:
            yield m.start(), m.end(), reading

    def month_span(self, m):
        first, last = _MONTHS[m["m1"]], _MONTHS[m["m2"]]
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        else:
            # The last month's year, as for that month alone.
            closing = self.month_reading(last, None, m.start(), m.end())
            year, how = closing.start_date.year, closing.rule
        yield m.start(), m.end(), self.months_from_to(first, last, year, how, bool(m["year"]))

    def month_mention(self, m):
        month = _MONTHS[m["month"]]
        if m["year"]:
            yield m.start(), m.end(), cv.month(int(m["year"]), month).because("month and year")
            return
        shift = _SHIFTS[m["year_shift"]] if m["year_shift"] else None
        if m["week"]:
            # The week's year: "اکتوبر کے آخری ہفتے" in a plan of mid-October is this one's.
            week = _WEEKS[m["week"]]
            reading = self.month_reading(month, shift, m.start(), m.end(), _WEEK_MIDDLE[week])
            reading = _week_of_month(reading, week)
        elif m["month_part"]:
            part = _PARTS[m["month_part"]]
            middle = {"early": 5, "mid": 15, "late": 25}[part]
            reading = self.month_reading(month, shift, m.start(), m.end(), middle)
            reading = self.part_of_month(reading, part)
        else:
            reading = self.month_reading(month, shift, m.start(), m.end())
        yield m.start(), m.end(), reading

    def names_an_exercise(self, start: int) -> bool:
        return bool(EXERCISE_NAME_BEFORE.search(self.text, max(0, start - 40), start))

    def year_mention(self, m):
        if self.names_an_exercise(m.start()):
            return
        reading = year_reading(int(m["year"]), normalised(m["word"] or m["sign"] or "میں"))
        if reading is not None and m["part"]:
            reading = self.part_of_year(reading, _PARTS[m["part"]])
        if reading is not None:
            yield m.start(), m.end(), reading

    def year_span(self, m):
        first, last = int(m["first"]), int(m["last"])
        if first < last:
            reading = cv.year(first)
            yield m.start(), m.end(), replace(
                reading, end_date=cv.year(last).end_date, rule="years from one to another"
            )

    def year_in_words(self, m):
        if self.names_an_exercise(m.start()):
            return
        year = 2000 + (_NUMBERS[m["units"]] if m["units"] else 0)
        yield m.start(), m.end(), year_reading(year, normalised(m.group()))

    def fiscal_year(self, m):
        first, second = int(m["first"]), int(m["second"])
        if second < 100:
            second += first - first % 100
        if second == first + 1:
            yield m.start(), m.end(), cv.split_fiscal_year(second).because("fiscal year")

    def weekday(self, m):
        weekday = _WEEKDAYS[_without_slips(m["weekday"])]
        if m["kal"]:
            # Yesterday or tomorrow, whichever falls on the weekday named: a Wednesday
            # report's "کل جمعرات" is tomorrow whatever the verb.
            for days in (1, -1):
                if (self.published + datetime.timedelta(days=days)).weekday() == weekday:
                    words = f"کل {m['weekday']}"
                    yield m.start(), m.end(), self.day_offset_reading(days, words)
                    return
        shift = _SHIFTS[m["rel"]] if m["rel"] else None
        reading = self.weekday_reading(weekday, shift, m.start(), m.end())
        yield m.start(), m.end(), reading.because(f"“{normalised(m.group())}”: {reading.rule}")

    def day_word(self, m):
        word = normalised(m["word"])
        if word in ("کل", "پرسوں"):
            # The same word says yesterday and tomorrow: the verb's tense says which.
            tense = self.tense(m.start(), m.end())
            if tense is Tense.NONE or tense is Tense.PRESENT:
                return
            days = (1 if word == "کل" else 2) * (1 if tense is Tense.FUTURE else -1)
            how = f"{word} ({tense.value} tense)"
        elif word.startswith("آج") and word.endswith("کل"):
            days, how = 0, f"{word} (present)"
        elif m["weekday"]:
            weekday = _WEEKDAYS[_without_slips(m["weekday"])]
            days = next(
                (d for d in (0, 1, -1)
                 if (self.published + datetime.timedelta(days=d)).weekday() == weekday),
                0,
            )  # fmt: skip
            how = word
        else:
            days = 0 if word == "آج" else -1
            how = word
        reading = self.day_offset_reading(days, how)
        yield m.start(), m.end(), reading

    def relative_unit(self, m):
        unit = _UNITS[m["unit"]]
        reading = self.relative_unit_reading(unit, _SHIFTS[m["rel"]], normalised(m.group()))
        if m["part"] and unit in ("year", "month"):
            part = _PARTS[m["part"]]
            reading = (self.part_of_year if unit == "year" else self.part_of_month)(reading, part)
        if unit == "month" and m["week"]:
            reading = _week_of_month(reading, _WEEKS[m["week"]])
        elif unit == "month" and m["day"]:
            first = reading.start_date
            day = min(int(m["day"]), reading.end_date.day)
            reading = cv.day(first.replace(day=day)).because(
                f"day {day} of {reading.rule}", relative=True
            )
        elif (
            unit in ("year", "month")
            and _SHIFTS[m["rel"]] == 0
            and not m["part"]
            and self.tense(m.start(), m.end()) is Tense.FUTURE
        ):
            # A plan for "اس سال" or "رواں ماہ" is for what is left of it, from the report's
            # day, as English "later this year"; the TimeML value keeps the whole period. On
            # a month's last day nothing is left of it but the day, which a plan would call
            # "آج": the copy was written for the next day's paper, whose month is the next.
            if unit == "month" and (self.published + datetime.timedelta(days=1)).day == 1:
                reading = self.relative_unit_reading(unit, 1, normalised(m.group()))
            reading = replace(
                reading,
                start_date=max(reading.start_date, self.published),
                rule=f"{reading.rule}, from publication (future tense)",
            )
        yield m.start(), m.end(), reading

    def stay_length(self, m):
        days = _number(m["num"])
        yield m.start(), m.end(), cv.duration(f"P{days}D").because(normalised(m.group()))

    def distance(self, m):
        amount = _number(m["num"])
        unit = {"سال": "year", "برس": "year", "ماہ": "month", "مہینے": "month",
                "ہفتے": "week"}.get(m["unit"], "day")  # fmt: skip
        reading = self.distance_reading(-amount, unit, normalised(m.group()))
        if reading is not None:
            yield m.start(), m.end(), reading

    def few_days_ago(self, m):
        first = self.published - datetime.timedelta(days=9)
        last = self.published - datetime.timedelta(days=2)
        rule = f"“{normalised(m.group())}”: 2 to 9 days before {self.published}"
        yield m.start(), m.end(), cv.day_range(first, last).because(rule, relative=True)

    def same_period(self, m):
        words = normalised(m["x"])
        if words == "تب":
            yield m.start(), m.end(), self.anaphor(words, None)
            return
        unit = "year" if words.endswith("سال") else "day"
        shift = 1 if words.startswith("اگلے") else 0
        yield m.start(), m.end(), self.anaphor(words, unit, shift, fallback=shift != 0)

    recognisers = [
        (FISCAL_YEAR, fiscal_year),
        (DAY_RANGE_ACROSS_MONTHS, day_range_across_months),
        (DAY_MONTH, day_month),
        (LATIN_MONTH_DAY, latin_month_day),
        (MONTH_SPAN, month_span),
        (MONTH_MENTION, month_mention),
        (YEAR_SPAN, year_span),
        (YEAR, year_mention),
        (YEAR_IN_WORDS, year_in_words),
        (WEEKDAY_MENTION, weekday),
        (DAY_WORD, day_word),
        (RELATIVE_UNIT, relative_unit),
        (DISTANCE, distance),
        (FEW_DAYS_AGO, few_days_ago),
        (SAME_PERIOD, same_period),
        (STAY_LENGTH, stay_length),
    ]


def _without_slips(word: str) -> str:
    """The word as the tables spell it: no space typed before its ھ."""
    return re.sub(r"\s+(?=ھ)", "", word)


def _number(word: str) -> int:
    """A number in digits of any script, or written out ("بارہ")."""
    return int(word) if word.isdigit() else _NUMBERS[word]


def _week_of_month(reading, number: int):
    """ "اپریل کے پہلے ہفتے": days 1–7 of the month, 8–14 for the second …, the last seven
    for "آخری". The TimeML value stays the month's; the range narrows."""
    first, last = reading.start_date, reading.end_date
    if number == 5:
        start = last - datetime.timedelta(days=6)
    else:
        start = first + datetime.timedelta(days=7 * (number - 1))
    end = start + datetime.timedelta(days=6)
    rule = f"week {number if number < 5 else 'last'} of {reading.rule}"
    return replace(reading, start_date=start, end_date=end, rule=rule)


def resolve_urdu(text: str, published, anchor=None) -> list:
    return UrduResolver(text, published, anchor).run()
