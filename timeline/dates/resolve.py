"""Find and resolve temporal expressions in one pass of compiled patterns.

Every pattern proposes candidate spans; where candidates overlap the longest wins (then the
earlier pattern in `_RECOGNISERS`). Deictic expressions ("last year", "on Tuesday") are
resolved against the publication date as they are found; anaphoric ones ("at that time",
"the following day") afterwards, in reading order, against the previous resolved date of
the same passage.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from . import calendar_values as cv
from . import patterns as p
from .calendar_values import ONE_DAY, Date, Reading
from .mention import DateMention
from .tense import SentenceIndex, Tense
from .vocabulary import (
    AMBIGUOUS_MONTHS,
    DECADE_WORDS,
    MONTH_NUMBERS,
    ORDINALS,
    WEEKDAY_NUMBERS,
    duration_value,
    number_value,
    unit_singular,
)

# Words before a bare year or month that make it a date: "in 1999", "since May".
_DATE_PREPOSITIONS = {
    "in", "since", "by", "until", "till", "from", "before", "after", "during", "through",
    "throughout", "around", "circa", "between", "early", "late", "mid", "year", "fiscal",
    "spring", "summer", "autumn", "fall", "winter", "of", "to", "and", "or", "last", "next",
    "this", "as", "on", "for", "than",
}  # fmt: skip
# Between a preposition and a year these need another year close before: "between 2016 and
# 2018", "from 2016 to 2018".
_LIST_WORDS = {"and", "or", "through", "than"}
_POSSESSIVES = {"the", "their", "his", "her", "its", "our", "my", "your", "these", "those"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "s"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
# The words of a part modifier (patterns.PART_MODIFIER) that name a part of the period.
_PART_WORDS = {
    "early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
    "late": "late", "end": "late",
}  # fmt: skip
# A deadline ("by the end of June") may fall any time before the end, and a span "since the
# start of the year" runs on from it: both keep the whole period.
_WHOLE_PERIOD_AFTER = frozenset({"by", "until", "till", "before", "since"})
# Nouns after which "of" introduces a date: "the end of 2019", "the summer of 1999".
_PERIOD_NOUNS = {
    "end", "beginning", "start", "middle", "half", "quarter", "spring", "summer", "autumn",
    "fall", "winter", "month", "months", "year", "part", "rest", "class", "course", "elections",
    "election", "budget", "session", "period", "season",
}  # fmt: skip
_QUANTITY_NOUNS = {
    "people", "persons", "troops", "soldiers", "tonnes", "tons", "dollars", "rupees", "euros",
    "pounds", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "units",
    "cases", "deaths", "doses", "votes", "seats", "members", "workers", "students", "children",
    "men", "women", "families", "houses", "homes", "vehicles", "cars", "barrels", "megawatts",
    "mw", "acres", "hectares", "points", "runs", "jobs", "refugees", "kg", "mm", "cm", "m",
    "percent", "per", "hours", "minutes", "days", "years",
}  # fmt: skip
_PLAIN_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s'’-]*$")
_WORD_AFTER = re.compile(r"[\s,]*([A-Za-z]+)")
_NEAR_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")
_FREQUENCY_ADJECTIVES = {
    "daily": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M",
    "annual": "P1Y", "hourly": "PT1H",
}  # fmt: skip
# Words before a bare season that make it a time: "in summer", "during the winter".
_SEASON_PREPOSITIONS = {"in", "during", "over", "through", "since", "until", "by", "this", "last",
                        "next"}  # fmt: skip
_NEWLINE = re.compile("\n")
_WEEKDAY_NAMES = [name.capitalize() for name in WEEKDAY_NUMBERS]


@dataclass(frozen=True)
class _Anaphor:
    """A date given relative to an earlier mention, resolved once that mention is known."""

    words: str
    precision: str | None  # None: exactly the antecedent's period ("at that time")
    shift: int = 0
    part_of_day: str | None = None
    # "the next day" still means something without an earlier date; "at that time" does not.
    falls_back_to_publication: bool = False
    month: int | None = None  # "August that year"
    clock: tuple[int, int] | None = None  # "5:40 pm" on the day in question
    part: str | None = None  # "at the end of the month": "early", "mid" or "late" in it


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    meaning: Reading | _Anaphor


Proposal = tuple[int, int, Reading | _Anaphor]


def resolve_dates(
    text: str, published: datetime.date, anchor: datetime.date | None = None
) -> list[DateMention]:
    """All temporal expressions in `text`, resolved against the publication date.

    `anchor` is the day the story is at where the text begins, if the text before it said
    so: "a day earlier" or "the next day" with no date before it in the text counts from
    that day, else from the publication date."""
    return _Resolver(text, published, anchor).run()


class _Resolver:
    def __init__(self, text: str, published: Date, anchor: Date | None = None):
        self.text = text
        self.published = published
        self.anchor = anchor
        self.sentences = SentenceIndex(text)

    def run(self) -> list[DateMention]:
        candidates = []
        windows = _windows_by_trigger_family(self.text, self.sentences.lowered)
        for order, (pattern, family, build) in enumerate(_RECOGNISERS):
            for match in _matches_in_windows(pattern, self.text, windows.get(family, [])):
                for start, end, meaning in build(self, match) or ():
                    candidates.append(_Candidate(start, end, order, meaning))
        return self._resolve_in_reading_order(_without_overlaps(candidates))

    def named_part(self, m: re.Match) -> str | None:
        """The part of a month or year its modifier names ("mid-June", "the end of March",
        "early 2020", "early this month"), to narrow the range to as the Russian and Urdu
        readings do, unless a deadline or a span keeps the whole period."""
        words = _normalised(m["mod"]).removeprefix("the ").removeprefix("very ")
        part = _PART_WORDS.get(re.split(r"[\s-]", words, maxsplit=1)[0])
        if part is None or self.word_before(m.start()) in _WHOLE_PERIOD_AFTER:
            return None
        return part

    @staticmethod
    def part_of_month(reading: Reading, part: str) -> Reading:
        """ "early", "mid" or "late" in the month: days 1–10, 11–20, 21 to the end; its first
        or second half: days 1–15, 16 to the end. The TimeML value stays the month's; the range
        narrows."""
        first, last = reading.start_date, reading.end_date
        start, end = {
            "early": (first, first.replace(day=10)),
            "mid": (first.replace(day=11), first.replace(day=20)),
            "late": (first.replace(day=21), last),
            "first half": (first, first.replace(day=15)),
            "second half": (first.replace(day=16), last),
        }[part]
        return replace(reading, start_date=start, end_date=end, rule=f"{part} {reading.rule}")

    @staticmethod
    def part_of_year(reading: Reading, part: str) -> Reading:
        """ "early", "mid" or "late" in the year: January–April, May–August,
        September–December; its halves January–June and July–December. The TimeML value stays
        the year's; the range narrows."""
        year = reading.start_date.year
        start, end = {
            "early": (Date(year, 1, 1), Date(year, 4, 30)),
            "mid": (Date(year, 5, 1), Date(year, 8, 31)),
            "late": (Date(year, 9, 1), Date(year, 12, 31)),
            "first half": (Date(year, 1, 1), Date(year, 6, 30)),
            "second half": (Date(year, 7, 1), Date(year, 12, 31)),
        }[part]
        return replace(reading, start_date=start, end_date=end, rule=f"{part} {reading.rule}")

    # --- context helpers -------------------------------------------------------------

    def tense(self, start: int, end: int) -> Tense:
        return self.sentences.tense_at(start, end)

    def word_before(self, position: int) -> str:
        found = _PLAIN_WORD_BEFORE.search(self.text, max(0, position - 30), position)
        return found.group(1).lower() if found else ""

    def word_after(self, position: int) -> str:
        found = _WORD_AFTER.match(self.text, position, position + 30)
        return found.group(1) if found else ""

    def year_shortly_before(self, position: int) -> bool:
        return bool(_NEAR_YEAR.search(self.text, max(0, position - 30), position))

    # --- absolute calendar dates -----------------------------------------------------

    def numeric_date(self, m: re.Match) -> Iterator[Proposal]:
        year = int(m["year"])
        if len(m["year"]) == 2:
            # Two-digit years: the century that puts the date nearest to publication.
            year += self.published.year // 100 * 100
            if year > self.published.year + 20:
                year -= 100
        try:
            d = Date(year, int(m["mon"]), int(m["day"]))
        except ValueError:
            return
        yield m.start(), m.end(), cv.day(d).because("numeric date, month first")

    def iso_date(self, m: re.Match) -> Iterator[Proposal]:
        try:
            d = Date(int(m["year"]), int(m["mon"]), int(m["day"]))
        except ValueError:
            return
        yield m.start(), m.end(), cv.day(d).because("ISO 8601 date")

    def calendar_day(self, m: re.Match) -> Iterator[Proposal]:
        month = MONTH_NUMBERS[m["month"].rstrip(".").lower()]
        first_day = int(m["day"])
        last_day = int(m["day2"]) if m["day2"] else first_day
        if last_day < first_day:
            return
        weekday = WEEKDAY_NUMBERS[m["weekday"].lower()] if m["weekday"] else None
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        elif m["relyear"]:
            relyear = _normalised(m["relyear"]).split(" ")[0]
            year = self.published.year + {"last": -1, "this": 0, "next": 1}[relyear]
            how = f"{relyear} year"
        elif self._runs_through_publication(month, first_day, last_day):
            # "She is leading a visit (27-29 October)" on the 29th: the present tense may
            # read as future, but the range under way is this year's, not next year's.
            year, how = self.published.year, "the range under way at publication"
        else:
            found = self._year_for_month_day(month, first_day, weekday, m.start(), m.end())
            if found is None:
                return
            year, how = found
        try:
            first, last = Date(year, month, first_day), Date(year, month, last_day)
        except ValueError:
            return
        reading = cv.day(first) if first == last else cv.day_range(first, last)
        if m["part"]:
            reading = cv.part_of_day(first, m["part"].lower())
        what = "day range" if first != last else "month and day"
        yield m.start(), m.end(), reading.because(f"{what}, {how}", relative=not m["year"])

    def _runs_through_publication(self, month: int, first_day: int, last_day: int) -> bool:
        pub = self.published
        return pub.month == month and first_day < last_day and first_day <= pub.day <= last_day

    def holiday(self, m: re.Match) -> Iterator[Proposal]:
        name = _normalised(m["holiday"]).replace("’", "'")
        month, day_of_month = {"new year's eve": (12, 31), "new year's day": (1, 1),
                               "christmas eve": (12, 24)}.get(name, (12, 25))  # fmt: skip
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        else:
            found = self._year_for_month_day(month, day_of_month, None, m.start(), m.end())
            if found is None:
                return
            year, how = found
        reading = cv.day(Date(year, month, day_of_month))
        yield m.start(), m.end(), reading.because(f"{name}, {how}", relative=not m["year"])

    def month_span_quarter(self, m: re.Match) -> Iterator[Proposal]:
        first = MONTH_NUMBERS[m["month"].rstrip(".").lower()]
        last = MONTH_NUMBERS[m["last_month"].rstrip(".").lower()]
        if last != first + 2 or first % 3 != 1:
            return
        number = first // 3 + 1
        year = int(m["year"]) if m["year"] else self._year_of_quarter(number, m.start(), m.end())
        reading = cv.quarter(year, number)
        yield m.start(), m.end(), reading.because("quarter named by its months", relative=True)

    def month_span(self, m: re.Match) -> Iterator[Proposal]:
        first = MONTH_NUMBERS[m["month"].rstrip(".").lower()]
        last = MONTH_NUMBERS[m["last_month"].rstrip(".").lower()]
        if first == last:
            return
        pub = self.published
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        elif m["fiscal"]:
            # The fiscal year that ends in June of `closing`; the span's last month is in it.
            closing = pub.year + (pub.month >= 7)
            closing -= m["fiscal"].lower() in ("last", "previous")
            year, how = closing - (last >= 7), f"{m['fiscal'].lower()} fiscal year"
        else:
            # The last month's year, as for that month alone.
            found = self._year_for_month_day(last, 15, None, m.start(), m.end())
            year, how = found or (pub.year, "publication year")
        yield m.start(), m.end(), self.months_from_to(first, last, year, how, bool(m["year"]))

    def months_from_to(self, first: int, last: int, year: int, how: str, written: bool):
        """The months from `first` to `last`, the last in `year` (a span across a new year
        starts in the year before)."""
        reading = cv.month_span(year - (last < first), first, year, last)
        rule = f"months {MONTH_NAMES[first - 1]} to {MONTH_NAMES[last - 1]}, {how}"
        return reading.because(rule, relative=not written)

    def _year_of_quarter(self, number: int, start: int, end: int) -> int:
        pub = self.published
        current = (pub.month - 1) // 3 + 1
        tense = self.tense(start, end)
        if tense is Tense.PAST and number > current:
            return pub.year - 1
        if tense is Tense.FUTURE and number < current:
            return pub.year + 1
        return pub.year

    def _year_for_month_day(
        self, month: int, day: int, weekday: int | None, start: int, end: int
    ) -> tuple[int, str] | None:
        """The year that puts a month-day nearest to publication, leaning with the tense."""
        pub = self.published
        options = []
        for year in range(pub.year - 4, pub.year + 5):
            try:
                options.append(Date(year, month, day))
            except ValueError:
                continue  # 29 February outside leap years
        if weekday is not None:
            matching = [d for d in options if d.weekday() == weekday]
            if matching:
                best = min(matching, key=lambda d: abs(d - pub))
                return best.year, f"year in which it falls on {_WEEKDAY_NAMES[weekday]}"
        before = [d for d in options if d <= pub]
        after = [d for d in options if d >= pub]
        if not before or not after:
            return None
        latest, earliest = before[-1], after[0]
        tense = self.tense(start, end)
        if tense is Tense.FUTURE:
            return earliest.year, "next occurrence (future tense)"
        if tense is Tense.PAST:
            # A date 9+ months back would have been written with its year; a near future one
            # in a past-tense sentence is a deadline or plan ("signed ... a May 1 withdrawal").
            if (pub - latest).days > 270 and (earliest - pub).days <= 92:
                return earliest.year, "next occurrence (the past one is too far back)"
            return latest.year, "last occurrence (past tense)"
        if pub - latest <= earliest - pub:
            return latest.year, "occurrence nearest to publication"
        return earliest.year, "occurrence nearest to publication"

    def month_of_year(self, m: re.Match) -> Iterator[Proposal]:
        month = MONTH_NUMBERS[m["month"].rstrip(".").lower()]
        reading = cv.month(int(m["year"]), month).because("month and year")
        yield m.start(), m.end(), self._part_of_named_month(m, reading)

    def month_alone(self, m: re.Match) -> Iterator[Proposal]:
        name = m["month"]
        rel = _normalised(m["rel"])
        relyear_words = _normalised(m["relyear"]).lstrip(", ").split(" ")
        relyear = relyear_words[0]
        # "regattas held in Moscow (May) and Vladivostok (September)": a month alone in
        # brackets is no verb or name.
        bracketed = self.text[max(0, m.start() - 1) : m.start()] == "(" and self.text[
            m.end() : m.end() + 1
        ] == ")"
        has_context = (
            bool(rel or relyear or m["mod"])
            or bracketed
            or self.word_before(m.start()) in _DATE_PREPOSITIONS
        )
        # "May", "March" and "August" are also words; any month may be a first name.
        if not has_context and (
            name.capitalize() in AMBIGUOUS_MONTHS or self.word_after(m.end())[:1].isupper()
        ):
            return
        month = MONTH_NUMBERS[name.lower()]
        pub = self.published
        if relyear in ("that", "the"):  # "August that year", "May the following year"
            shift = 1 if "following" in relyear_words else -1 if "previous" in relyear_words else 0
            words = _normalised(m.group())
            yield m.start(), m.end(), _Anaphor(words, "year", shift, month=month)
            return
        if relyear:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[relyear]
            how = f"{relyear} year"
        elif rel in ("last", "this past"):
            year = pub.year if month < pub.month else pub.year - 1
            how = "the latest before the publication month"
        elif rel in ("next", "this coming"):
            year = pub.year if month > pub.month else pub.year + 1
            how = "the first after the publication month"
        elif rel == "this":
            year, how = pub.year, "publication year"
        else:
            tense = self.tense(m.start(), m.end())
            # As for month-days: a month 9+ months back would carry its year, so a past-tense
            # clue ("has been invited to the summit in October") then refers to something else.
            if tense is Tense.PAST and month > pub.month and month - pub.month <= 3:
                year, how = pub.year, "the next one (the past one is too far back)"
            elif tense is Tense.PAST and month > pub.month:
                year, how = pub.year - 1, "the latest before publication (past tense)"
            elif tense is Tense.FUTURE and month < pub.month:
                year, how = pub.year + 1, "the next one (future tense)"
            else:
                year, how = pub.year, "publication year"
        reading = cv.month(year, month).because(f"month {name.rstrip('.')}, {how}", relative=True)
        yield m.start(), m.end(), self._part_of_named_month(m, reading)

    def _part_of_named_month(self, m: re.Match, month: cv.Reading) -> cv.Reading:
        part = self.named_part(m)
        return self.part_of_month(month, part) if part else _week_or_half_of_month(m, month)

    def year_mention(self, m: re.Match) -> Iterator[Proposal]:
        year = int(m["year"])
        if not (m["mod"] or m["yearword"] or self._is_year_context(m, year)):
            return
        second = int(m["year2"] or 0)
        if m["year2"] and len(m["year2"]) == 2:
            second += year - year % 100
        # "fiscal year 2022-23" is one year, from July to June, not two calendar years.
        if m["yearword"] and "fiscal" in m["yearword"].lower() and second == year + 1:
            yield m.start(), m.end(), cv.split_fiscal_year(second).because("split fiscal year")
            return
        reading = cv.year(year).because("year")
        part = self.named_part(m)
        yield m.start(), m.end("year"), self.part_of_year(reading, part) if part else reading
        if second > year:
            yield (
                m.start("year2"),
                m.end("year2"),
                cv.year(second).because(f"year ending the range from {year}"),
            )

    def _is_year_context(self, m: re.Match, year: int) -> bool:
        start = m.start("year")
        before = self.word_before(start)
        after = self.word_after(m.end("year")).lower()
        if after in _QUANTITY_NOUNS:
            return False
        if self.text[start - 1 : start] == "(" and self.text[m.end() : m.end() + 1] == ")":
            return 1800 <= year <= 2100  # a bracketed year: "(1999)"
        if before in _LIST_WORDS:
            return self.year_shortly_before(start)
        if before == "of":
            # word_before lowers its word, and a headline capitalises it: "Months Of 2023".
            of_start = self.text.lower().rindex("of", 0, start)
            return self.word_before(of_start) in _PERIOD_NOUNS
        if before in _DATE_PREPOSITIONS:
            return 1900 <= year <= 2100 if before == "to" else True
        if self.text[m.end() : m.end() + 2] in ("'s", "’s"):
            return True  # "1987's results"
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[line_start:start].strip():
            return self.text[m.end() : m.end() + 1] in (":", " ")  # a timeline entry, "1974: ..."
        if self.text[m.end() : m.end() + 1] in (".", ";") and 1900 <= year <= 2100:
            return True  # a year ending a sentence: "The goodwill did not survive 1971."
        # "the 2019 election", "a 2013 report": a year used as a modifier.
        return before in _DETERMINERS and 1900 <= year <= 2100 and after.isalpha()

    def decade(self, m: re.Match) -> Iterator[Proposal]:
        if m["digits"]:
            first_year = int(m["digits"])
        elif m["short"]:
            # "the '80s": the latest such decade not after publication.
            if not (m["the"] or m.group().lstrip().startswith(("'", "’"))):
                return  # "in his 40s" is an age
            first_year = self.published.year // 100 * 100 + int(m["short"])
            if first_year > self.published.year:
                first_year -= 100
        else:
            if not m["the"]:
                return
            first_year = DECADE_WORDS[m["words"].lower()]
        yield m.start(), m.end(), cv.decade(first_year).because(f"the decade from {first_year}")

    def century(self, m: re.Match) -> Iterator[Proposal]:
        number = int(m["number"]) if m["number"] else ORDINALS[m["ordinal"].lower()]
        if not 1 <= number <= 22:
            return
        reading = cv.century(number - 1).because(f"century number {number}")
        yield m.start(), m.end(), reading

    def relative_century(self, m: re.Match) -> Iterator[Proposal]:
        rel = _normalised(m["rel"]).split(" ")[-1]
        shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[rel]
        reading = cv.century(self.published.year // 100 + shift)
        yield m.start(), m.end(), reading.because(f"{rel} century", relative=True)

    # --- weekdays and days relative to publication -----------------------------------

    def weekday(self, m: re.Match) -> Iterator[Proposal]:
        name = m["weekday"].capitalize()
        weekday = WEEKDAY_NUMBERS[name.lower()]
        rel = _normalised(m["rel"])
        if not (rel or m["dom"] or m["part"]) and self._is_in_a_name(m.start(), m.end()):
            return
        pub = self.published
        d = None
        if m["dom"]:
            d = self._weekday_with_day_of_month(weekday, int(m["dom"]))
            how = f'weekday "{name}" with day of month {int(m["dom"])}, nearest such day to {pub}'
        if d is None:
            if rel in ("last", "this past", "past"):
                d = pub - datetime.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
                how = f'"{rel} {name}": the last before {pub}'
            elif rel in ("next", "this coming", "coming"):
                d = pub + datetime.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
                how = f'"{rel} {name}": the first after {pub}'
            elif rel == "this":
                d = pub + datetime.timedelta(days=weekday - pub.weekday())
                how = f'"this {name}": in the week of {pub}'
            elif self.tense(m.start(), m.end()) is Tense.FUTURE:
                d = pub + datetime.timedelta(days=(weekday - pub.weekday()) % 7)
                how = f'weekday "{name}", future tense: next on or after {pub}'
            else:
                d = pub - datetime.timedelta(days=(pub.weekday() - weekday) % 7)
                how = f'weekday "{name}": last on or before {pub}'
        reading = cv.part_of_day(d, m["part"]) if m["part"] else cv.day(d)
        yield m.start(), m.end(), reading.because(how, relative=True)

    def _is_in_a_name(self, start: int, end: int) -> bool:
        """ "the Sunday Times", "the Friday Prayer": "the" before, a capitalised word after."""
        after = self.word_after(end)
        if not after[:1].isupper() or after.lower() in MONTH_NUMBERS:
            return False
        return self.word_before(start) == "the"

    def _weekday_with_day_of_month(self, weekday: int, day_of_month: int) -> Date | None:
        pub = self.published
        options = []
        for offset in range(-6, 7):
            year, month = cv.add_months(pub.year, pub.month, offset)
            try:
                d = Date(year, month, day_of_month)
            except ValueError:
                continue
            if d.weekday() == weekday:
                options.append(d)
        return min(options, key=lambda d: (abs(d - pub), d > pub)) if options else None

    def day_word(self, m: re.Match) -> Iterator[Proposal]:
        word = _normalised(m["word"])
        pub = self.published
        offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
        d = pub + datetime.timedelta(days=offsets.get(word, 0))
        part = m["part"] or m["this_part"]
        if word in ("tonight", "last night"):
            part = "night"
        reading = cv.part_of_day(d, part) if part else cv.day(d)
        yield m.start(), m.end(), reading.because(f'"{word}" from {pub}', relative=True)

    def relative_unit(self, m: re.Match) -> Iterator[Proposal]:
        rel = _normalised(m["rel"])
        unit = m["unit"].lower()
        shift = {"last": -1, "this past": -1, "this": 0, "the current": 0, "next": 1,
                 "this coming": 1, "the coming": 1, "the outgoing": 0}[rel]  # fmt: skip
        pub = self.published
        if unit == "weekend":
            reading = cv.weekend(self._saturday_of_weekend(rel))
        else:
            reading = cv.shifted(cv.day(pub), unit, shift)
        rule = f'"{rel} {unit}" from {pub}'
        mod = _normalised(m["mod"] or "").removeprefix("the ")
        in_period = reading.start_date <= pub <= reading.end_date
        if shift == 0 and mod in ("later", "earlier") and in_period:
            reading, side = self._either_side_of_publication(reading, mod)
            rule += side
        reading = reading.because(rule, relative=True)
        part = self.named_part(m) if unit in ("month", "year") else None
        if part:
            reading = (self.part_of_month if unit == "month" else self.part_of_year)(reading, part)
        yield m.start(), m.end(), reading

    def _either_side_of_publication(self, reading: Reading, mod: str) -> tuple[Reading, str]:
        """ "later this year" is the rest of the year after publication, "earlier this month"
        the part before it; the TimeML value keeps the whole period."""
        pub = self.published
        if mod == "later":
            return replace(reading, start_date=min(pub + ONE_DAY, reading.end_date)), (
                ", after publication"
            )
        return replace(reading, end_date=pub), ", up to publication"

    def _saturday_of_weekend(self, rel: str) -> Date:
        pub = self.published
        latest_saturday = _latest_saturday(pub)
        in_weekend = pub.weekday() >= 5
        if rel in ("last", "this past"):
            return latest_saturday - (7 * ONE_DAY if in_weekend else datetime.timedelta(0))
        upcoming = latest_saturday if in_weekend else latest_saturday + 7 * ONE_DAY
        return upcoming + (7 * ONE_DAY if rel == "next" else datetime.timedelta(0))

    def period_before(self, m: re.Match) -> Iterator[Proposal]:
        unit = m["unit"].lower()
        reading = cv.shifted(cv.day(self.published), unit, -1)
        rule = f'"{_normalised(m.group())}": the {unit} before publication'
        yield m.start(), m.end(), reading.because(rule, relative=True)

    def period_edge(self, m: re.Match) -> Iterator[Proposal]:
        unit = (m["unit"] or m["unit_end"]).lower()
        words = _normalised(m.group())
        # "In mid-June the first cargo arrived. Later, at the end of the month, a second one
        # came": told in the past, the month or year is the one the passage spoke of last
        # (else the publication's), and the edge narrows it.
        if unit in ("month", "year") and self.tense(m.start(), m.end()) is Tense.PAST:
            edge = "end" if m["unit_end"] else words.removeprefix("the ").split(" ")[0]
            whole = self.word_before(m.start()) in _WHOLE_PERIOD_AFTER
            part = None if whole else _PART_WORDS.get(edge)
            anaphor = _Anaphor(words, unit, part=part, falls_back_to_publication=True)
            yield m.start(), m.end(), anaphor
            return
        reading = cv.coarsened(cv.day(self.published), unit)
        rule = f'"{words}": the current {unit}'
        # "will be held later in the month": as "later this month".
        first = words.split(" ")[0]
        if first in ("later", "earlier"):
            reading, side = self._either_side_of_publication(reading, first)
            rule += side
        yield m.start(), m.end(), reading.because(rule, relative=True)

    def clock_time(self, m: re.Match) -> Iterator[Proposal]:
        if m["noon"]:
            hour, minute = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
        else:
            hour = int(m["hour"]) % 12 + (12 if m["meridiem"].lower().startswith("p") else 0)
            minute = int(m["minute"] or 0)
        words = _normalised(m.group())
        anaphor = _Anaphor(words, "day", clock=(hour, minute), falls_back_to_publication=True)
        yield m.start(), m.end(), anaphor

    def the_weekend(self, m: re.Match) -> Iterator[Proposal]:
        pub = self.published
        if self.tense(m.start(), m.end()) is Tense.FUTURE:
            saturday = pub + datetime.timedelta(days=(5 - pub.weekday()) % 7)
            how = "the coming weekend (future tense)"
        else:
            saturday, how = _latest_saturday(pub), "the latest weekend"
        yield m.start(), m.end(), cv.weekend(saturday).because(how, relative=True)

    def quarter_or_half(self, m: re.Match) -> Iterator[Proposal]:
        kind = m["kind"]
        ordinal = m["ordinal"].lower()
        number = ORDINALS.get(ordinal) or int(ordinal[0])  # "last" quarter: 4
        if kind == "half":
            number = 2 if ordinal in ("last", "final") else number
            if number > 2:
                return
        pub = self.published
        relative = True
        if m["year"]:
            year, relative = int(m["year"]), False
        elif m["rel"]:
            year = pub.year + {"last": -1, "this": 0, "next": 1, "the": 0}[m["rel"].lower()]
        elif kind == "half":
            return  # "the first half" alone is usually a match, not a year
        elif ordinal == "last" and not m.group().lower().startswith("the"):
            reading = cv.shifted(cv.day(pub), "quarter", -1)
            rule = "last quarter from publication"
            yield m.start(), m.end(), reading.because(rule, relative=True)
            return
        else:
            year = self._year_of_quarter(number, m.start(), m.end())
        reading = cv.quarter(year, number) if kind == "quarter" else cv.half_year(year, number)
        yield m.start(), m.end(), reading.because(f"{kind} number {number}", relative=relative)

    def fiscal_year_code(self, m: re.Match) -> Iterator[Proposal]:
        # Named by the year it ends in, as Pakistan's budget names it: FY23 runs from July
        # 2022 to June 2023, FY2022-23 too.
        last = m["year2"] or m["year"]
        last_year = int(last) if len(last) == 4 else 2000 + int(last)
        if m["year2"]:
            first = int(m["year"]) if len(m["year"]) == 4 else 2000 + int(m["year"])
            if last_year != first + 1:
                return
        reading = cv.split_fiscal_year(last_year)
        yield m.start(), m.end(), reading.because("fiscal year code, July to June")

    def quarter_code(self, m: re.Match) -> Iterator[Proposal]:
        year = int(m["year"]) if m["year"] else 2000 + int(m["short"])
        yield m.start(), m.end(), cv.quarter(year, int(m["quarter"])).because("quarter code")

    def season(self, m: re.Match) -> Iterator[Proposal]:
        word = m["season"]
        code = cv.SEASON_CODES[word.lower()]
        rel = _normalised(m["rel"])
        if not (m["year"] or rel or m["mod"]):
            before = self.word_before(m.start())
            with_the = m.group().lower().startswith("the")
            if word[0].isupper() or before not in _SEASON_PREPOSITIONS:
                return
            if code == "FA" and (not with_the or self.word_after(m.end()) == "of"):
                return  # "fall" is usually the verb or "the fall of Kabul"
        pub = self.published
        if m["year"]:
            reading = cv.season(int(m["year"]), code).because("season and year")
            yield m.start(), m.end(), reading
            return
        if word[0].isupper() and not rel:
            return  # "Arab Spring"
        options = [cv.season(y, code) for y in range(pub.year - 2, pub.year + 2)]
        current_year, current_code = cv.season_containing(pub)
        tense = Tense.NONE if rel else self.tense(m.start(), m.end())
        if rel in ("last", "this past") or (tense is Tense.PAST and not rel):
            candidates = [o for o in options if o.end_date < pub]
            if not rel:
                candidates = [o for o in options if o.start_date <= pub]
            reading, how = candidates[-1], "the latest before publication"
        elif rel in ("next", "this coming", "the coming") or tense is Tense.FUTURE:
            candidates = [o for o in options if o.start_date > pub]
            if not rel:
                candidates = [o for o in options if o.end_date >= pub]
            reading, how = candidates[0], "the next after publication"
        else:
            year = current_year if code == current_code else pub.year
            if code == "WI" and pub.month <= 2:
                year = pub.year - 1
            reading, how = cv.season(year, code), "of the publication year"
        yield m.start(), m.end(), reading.because(f"{word.lower()}, {how}", relative=True)

    # --- references and durations ----------------------------------------------------

    def reference(self, m: re.Match) -> Iterator[Proposal]:
        kind = m.lastgroup
        value = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}[kind]
        yield m.start(), m.end(), cv.reference(value).because(f"vague {kind} reference")

    def recent_or_coming(self, m: re.Match) -> Iterator[Proposal]:
        value = "PAST_REF" if m["which"] == "recent" else "FUTURE_REF"
        yield m.start(), m.end(), cv.reference(value).because(f'"{m["which"]} {m["unit"]}"')

    def distance_from_anchor(self, m: re.Match) -> Iterator[Proposal]:
        amount = number_value(m["num"])
        unit = unit_singular(m["unit"])
        direction = _normalised(m["direction"])
        if unit in ("second", "minute", "hour") or amount is None or not amount.is_integer():
            return
        amount = int(amount) * (2 if unit == "fortnight" else 1)
        precision = "week" if unit == "fortnight" else unit
        sign = -1 if direction in ("ago", "back", "earlier") else 1
        if direction in ("later", "earlier"):
            words = _normalised(m.group())
            anaphor = _Anaphor(words, precision, sign * amount, falls_back_to_publication=True)
            yield m.start(), m.end(), anaphor
            return
        reading = cv.shifted(cv.day(self.published), precision, sign * amount)
        if reading is not None:
            rule = f"{amount} {unit}(s) {direction} from {self.published}"
            yield m.start(), m.end(), reading.because(rule, relative=True)

    def vague_distance(self, m: re.Match) -> Iterator[Proposal]:
        # "a few days back" looks back no further than "in the next few days" looks ahead:
        # within the week before the report, not its own day; "a few weeks ago" from six
        # weeks to a week before it, "a few months back" from six months to a month before.
        if m["few"]:
            unit = m["unit"].lower()
            if unit == "days":
                first = self.published - datetime.timedelta(days=7)
                last = self.published - datetime.timedelta(days=1)
            elif unit == "weeks":
                first = self.published - datetime.timedelta(weeks=6)
                last = self.published - datetime.timedelta(weeks=1)
            else:
                first, last = (_months_before(self.published, n) for n in (6, 1))
            rule = f'"{_normalised(m.group())}": {first} to {last}, before {self.published}'
            yield m.start(), m.end(), cv.day_range(first, last).because(rule, relative=True)
            return
        yield m.start(), m.end(), cv.reference("PAST_REF").because(f'"{m["unit"]} ago"')

    def duration(self, m: re.Match) -> Iterator[Proposal]:
        amount = number_value(m["num"])
        unit_word = m["unit"].lower()
        if amount is None and not unit_word.endswith(("s", "ies")):
            return  # "some day" is not a duration
        singular_after_plural_number = (
            amount is not None and amount > 1 and not unit_word.endswith(("s", "ies"))
        )
        if singular_after_plural_number and self.text[m.start("unit") - 1] != "-":
            return  # "two-year" is an adjective; "two year" is a typo or a compound
        if unit_word == "second" and amount == 1:
            return  # "a second chance" is an ordinal
        value = duration_value(amount, unit_singular(unit_word))
        yield m.start(), m.end(), cv.duration(value).because("duration")

    def duration_and_a_half(self, m: re.Match) -> Iterator[Proposal]:
        if m["unit2"]:
            amount, unit = 1.5, m["unit2"].lower()
        else:
            whole = number_value(m["num"])
            if whole is None:
                return
            amount, unit = whole + 0.5, unit_singular(m["unit"])
        yield m.start(), m.end(), cv.duration(duration_value(amount, unit)).because("duration")

    def fraction_duration(self, m: re.Match) -> Iterator[Proposal]:
        fraction = m["fraction"].lower()
        amount = 0.75 if fraction.startswith("three") else 0.25 if "quarter" in fraction else 0.5
        value = duration_value(amount, m["unit"].lower())
        yield m.start(), m.end(), cv.duration(value).because(f"{fraction} of a {m['unit']}")

    def bare_plural_duration(self, m: re.Match) -> Iterator[Proposal]:
        is_years_of = m["unit_b"] and not m.group().lower().endswith("-long")
        if is_years_of and self.word_before(m.start()) in _POSSESSIVES:
            return  # "their years of quiet diplomacy" is not a length of time
        if m["single_unit"]:
            unit = m["single_unit"].lower()
            reading = cv.duration(duration_value(1, unit)).because(f"{unit}-long")
            yield m.start(), m.end(), reading
            return
        unit = unit_singular(m["unit"] or m["unit_b"] or m["unit_c"])
        reading = cv.duration(duration_value(None, unit)).because(f"unspecified number of {unit}s")
        yield m.start(), m.end(), reading

    def recurrence(self, m: re.Match) -> Iterator[Proposal]:
        if m["adjective"]:
            if not m["adjective"].islower():
                return  # "Daily Times", "Weekly Standard"
            value = _FREQUENCY_ADJECTIVES[m["adjective"]]
        elif m["annual"]:
            value = "P1Y"
        elif m["times"]:
            value = duration_value(1, m["unit2"].lower())
        elif m["weekdays"]:
            value = f"XXXX-WXX-{WEEKDAY_NUMBERS[m['weekdays'].lower()] + 1}"
        else:
            unit = m["unit"].lower()
            count = {"other": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(
                (m["num"] or "").lower(), int(m["num"]) if m["num"] and m["num"].isdigit() else 1
            )
            if unit in WEEKDAY_NUMBERS:
                value = f"XXXX-WXX-{WEEKDAY_NUMBERS[unit] + 1}"
            elif unit in cv.PART_OF_DAY_CODES:
                value = f"XXXX-XX-XXT{cv.PART_OF_DAY_CODES[unit]}"
            elif unit == "weekend":
                value = "XXXX-WXX-WE"
            elif unit in cv.SEASON_CODES:
                value = f"XXXX-{cv.SEASON_CODES[unit]}"
            else:
                value = duration_value(count, unit)
        yield m.start(), m.end(), cv.recurrence(value).because("recurring time")

    # --- anaphora ----------------------------------------------------------------------

    def unit_after_determiner(self, m: re.Match) -> Iterator[Proposal]:
        det = _normalised(m["det"])
        unit = m["unit"].lower()
        words = _normalised(m.group())
        part = unit if unit in cv.PART_OF_DAY_CODES else None
        precision = "day" if part else unit
        if det in ("the past", "the last") or (det == "the next" and unit != "day" and not part):
            if part:
                return
            value = "P2D" if unit == "weekend" else duration_value(1, unit)
            yield m.start(), m.end(), cv.duration(value).because(f'"{words}": a duration')
            return
        shift = {"the next": 1, "the following": 1, "the previous": -1}.get(det, 0)
        anaphor = _Anaphor(words, precision, shift, part, falls_back_to_publication=shift != 0)
        yield m.start(), m.end(), anaphor

    def anaphoric_time(self, m: re.Match) -> Iterator[Proposal]:
        yield m.start("x"), m.end("x"), _Anaphor(_normalised(m["x"]), None)

    def _resolve_anaphor(self, anaphor: _Anaphor, antecedent: Reading | None) -> Reading | None:
        if anaphor.clock and (antecedent is None or antecedent.precision != "day"):
            antecedent = None  # a clock time belongs to a day, not to a month or year
        told_before = antecedent is not None
        if antecedent is None:
            if not anaphor.falls_back_to_publication:
                return None
            antecedent = cv.day(self.anchor or self.published)
            source = (
                f"the story's day {self.anchor}"
                if self.anchor
                else f"publication date {self.published}"
            )
        else:
            source = antecedent.value
        if anaphor.precision is None:
            return antecedent.because(f'"{anaphor.words}" refers back to {source}', relative=True)
        reading = cv.shifted(antecedent, anaphor.precision, anaphor.shift)
        if reading is None:
            return None
        if anaphor.month:
            reading = cv.month(reading.start_date.year, anaphor.month)
        if anaphor.clock:
            hour, minute = anaphor.clock
            d = reading.start_date
            reading = Reading(f"{d.isoformat()}T{hour:02d}:{minute:02d}", d, d, "day", "", "TIME")
        if anaphor.part_of_day:
            reading = cv.part_of_day(reading.start_date, anaphor.part_of_day)
        # Without the passage's period, a past "at the end of the month" may be last month's:
        # the publication's month stays whole.
        if anaphor.part and told_before:
            narrow = self.part_of_month if anaphor.precision == "month" else self.part_of_year
            reading = narrow(reading, anaphor.part)
        return reading.because(f'"{anaphor.words}" counted from {source}', relative=True)

    def _resolve_in_reading_order(self, chosen: list[_Candidate]) -> list[DateMention]:
        newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        latest_in_passage: dict[int, Reading] = {}
        mentions = []
        for candidate in chosen:
            passage = bisect_right(newlines, candidate.start)
            reading = candidate.meaning
            if isinstance(reading, _Anaphor):
                reading = self._resolve_anaphor(reading, latest_in_passage.get(passage))
                if reading is None:
                    continue
            if reading.start_date is not None and reading.precision not in ("ref", "duration"):
                latest_in_passage[passage] = reading
            mentions.append(
                DateMention(
                    start=candidate.start,
                    end=candidate.end,
                    text=self.text[candidate.start : candidate.end],
                    value=reading.value,
                    start_date=reading.start_date,
                    end_date=reading.end_date,
                    precision=reading.precision,
                    rule=reading.rule,
                    timex_type=reading.timex_type,
                    is_relative=reading.is_relative,
                )
            )
        return mentions


# No expression reaches farther than this before or after its trigger word.
_DEFAULT_REACH = (50, 45)
# Tighter where the trigger word sits at one end of every expression of its family: unit
# words end "the past three years", "-old" or " of 2019" at most follow them.
_REACH_BY_FAMILY = {
    "unit": (50, 15),
    "distance": (50, 10),
    "month": (50, 30),
    "weekday": (25, 25),
    "digits": (45, 12),
    "reference": (25, 20),
}


def _windows_by_trigger_family(text: str, lowered: str) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    # Searching lower-cased text with \b is much faster than a case-insensitive search; the
    # \b keeps "Tuesday" from counting as "day" and "know" as "now".
    for hit in p.WORD_TRIGGER.finditer(lowered):
        start = hit.start()
        capitalised = text[start].isupper()
        for family in p.WORD_TRIGGER_FAMILIES[hit.group()]:
            if capitalised or family not in p.CAPITALISED_FAMILIES:
                hits.setdefault(family, []).append((start, hit.end()))
    for family, trigger in p.TRIGGER_PATTERNS.items():
        hits.setdefault(family, []).extend(hit.span() for hit in trigger.finditer(text))
        hits[family].sort()
    return {
        family: _merged_windows(spans, *_REACH_BY_FAMILY.get(family, _DEFAULT_REACH))
        for family, spans in hits.items()
    }


def _merged_windows(
    hits: list[tuple[int, int]], reach_before: int, reach_after: int
) -> list[tuple[int, int]]:
    """Merged stretches of text around each trigger hit."""
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start = max(0, hit_start - reach_before)
        end = hit_end + reach_after
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _matches_in_windows(
    pattern: re.Pattern, text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match]:
    # Lookbehinds and \b still see the text before a window's start.
    for start, end in windows:
        yield from pattern.finditer(text, start, min(end, len(text)))


def _months_before(d: Date, months: int) -> Date:
    """The same day of the month `months` months before d (or that month's last day)."""
    year, month = cv.add_months(d.year, d.month, -months)
    return min(d.replace(year=year, month=month, day=1) + (d.day - 1) * ONE_DAY,
               cv.last_day_of_month(year, month))  # fmt: skip


def _latest_saturday(d: Date) -> Date:
    """The Saturday on or before `d`."""
    return d - datetime.timedelta(days=(d.weekday() - 5) % 7)


def _normalised(words: str | None) -> str:
    """Lower case, single spaces: "This  past" -> "this past"."""
    return " ".join(words.lower().split()) if words else ""


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Keep the longest candidates that do not overlap, earlier recognisers first on ties."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for candidate in ranked:
        if candidate.end <= candidate.start:
            continue
        i = bisect_left(starts, candidate.start)
        if (i > 0 and ends[i - 1] > candidate.start) or (
            i < len(starts) and starts[i] < candidate.end
        ):
            continue
        starts.insert(i, candidate.start)
        ends.insert(i, candidate.end)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _week_or_half_of_month(m: re.Match, month: cv.Reading) -> cv.Reading:
    """ "the first week of March": days 1-7 of the month, "the last week" its last seven;
    "the first half of March": days 1-15, "the second half" the rest. A half month has no
    TimeML value: it keeps the month's, with its own days."""
    if m["half_of"]:
        ordinal = m["half_of"].lower()
        middle = month.start_date + datetime.timedelta(days=14)
        first, last = (
            (month.start_date, middle)
            if ordinal == "first"
            else (middle + datetime.timedelta(days=1), month.end_date)
        )
        return cv.Reading(
            month.value, first, last, "month", f"{month.rule}, its {ordinal} half",
            is_relative=month.is_relative,
        )  # fmt: skip
    if not m["week_of"]:
        return month
    ordinal = m["week_of"].lower()
    if ordinal in ("last", "final"):
        first = month.end_date - datetime.timedelta(days=6)
    else:
        first = month.start_date + datetime.timedelta(days=7 * (ORDINALS[ordinal] - 1))
    week = cv.week(first + datetime.timedelta(days=3))
    return cv.Reading(
        week.value, first, first + datetime.timedelta(days=6), "week",
        f"{month.rule}, its {ordinal} week", is_relative=month.is_relative,
    )  # fmt: skip


_Build = Callable[[_Resolver, re.Match], Iterable[Proposal] | None]
_RECOGNISERS: list[tuple[re.Pattern, str, _Build]] = [
    (p.ISO_DATE, "digits", _Resolver.iso_date),
    (p.NUMERIC_DATE, "slash", _Resolver.numeric_date),
    (p.MONTH_DAY, "month", _Resolver.calendar_day),
    (p.DAY_MONTH, "month", _Resolver.calendar_day),
    (p.MONTH_YEAR, "month", _Resolver.month_of_year),
    (p.MONTH_SPAN_QUARTER, "month", _Resolver.month_span_quarter),
    (p.MONTH_SPAN, "month", _Resolver.month_span),
    (p.HOLIDAY, "holiday", _Resolver.holiday),
    (p.CLOCK_TIME, "clock", _Resolver.clock_time),
    (p.WEEKDAY_MENTION, "weekday", _Resolver.weekday),
    (p.DAY_WORD, "day_word", _Resolver.day_word),
    (p.DISTANCE_FROM_ANCHOR, "distance", _Resolver.distance_from_anchor),
    (p.VAGUE_DISTANCE, "distance", _Resolver.vague_distance),
    (p.RELATIVE_UNIT, "unit", _Resolver.relative_unit),
    (p.QUARTER_OR_HALF, "quarter", _Resolver.quarter_or_half),
    (p.QUARTER_CODE, "quarter", _Resolver.quarter_code),
    (p.FISCAL_YEAR_CODE, "fiscal", _Resolver.fiscal_year_code),
    (p.SEASON, "season", _Resolver.season),
    (p.MONTH_ALONE, "month", _Resolver.month_alone),
    (p.DECADE, "decade", _Resolver.decade),
    (p.CENTURY, "century", _Resolver.century),
    (p.RELATIVE_CENTURY, "century", _Resolver.relative_century),
    (p.YEAR_MENTION, "digits", _Resolver.year_mention),
    (p.RECURRENCE, "recurrence", _Resolver.recurrence),
    (p.FRACTION_DURATION, "quarter", _Resolver.fraction_duration),
    (p.DURATION_AND_A_HALF, "quarter", _Resolver.duration_and_a_half),
    (p.DURATION, "unit", _Resolver.duration),
    (p.RECENT_OR_COMING, "unit", _Resolver.recent_or_coming),
    (p.BARE_PLURAL_DURATION, "unit", _Resolver.bare_plural_duration),
    (p.UNIT_AFTER_DETERMINER, "unit", _Resolver.unit_after_determiner),
    (p.THE_WEEKEND, "weekend", _Resolver.the_weekend),
    (p.PERIOD_EDGE, "unit", _Resolver.period_edge),
    (p.PERIOD_BEFORE, "unit", _Resolver.period_before),
    (p.ANAPHORIC_TIME, "time", _Resolver.anaphoric_time),
    (p.TEMPORAL_THEN, "then", _Resolver.anaphoric_time),
    (p.REFERENCE, "reference", _Resolver.reference),
]
