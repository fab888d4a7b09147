"""TIMEX3 values and inclusive calendar ranges for each granularity.

Each constructor returns a `Reading`: what an expression means, before it is tied to a
position in the text.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, replace

Date = datetime.date
ONE_DAY = datetime.timedelta(days=1)

PART_OF_DAY_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Meteorological seasons (northern hemisphere), the usual reading in TimeML corpora.
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Reading:
    value: str
    start_date: Date | None
    end_date: Date | None
    precision: str
    rule: str
    timex_type: str = "DATE"
    is_relative: bool = False

    def because(self, rule: str, *, relative: bool | None = None) -> Reading:
        return replace(
            self, rule=rule, is_relative=self.is_relative if relative is None else relative
        )


def last_day_of_month(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def day(d: Date) -> Reading:
    return Reading(d.isoformat(), d, d, "day", "")


def day_range(first: Date, last: Date) -> Reading:
    return Reading(first.isoformat(), first, last, "day", "")


def part_of_day(d: Date, part: str) -> Reading:
    return Reading(f"{d.isoformat()}T{PART_OF_DAY_CODES[part]}", d, d, "day", "", "TIME")


def week(d: Date) -> Reading:
    iso_year, iso_week, _ = d.isocalendar()
    monday = d - datetime.timedelta(days=d.weekday())
    return Reading(f"{iso_year}-W{iso_week:02d}", monday, monday + 6 * ONE_DAY, "week", "")


def weekend(saturday: Date) -> Reading:
    iso_year, iso_week, _ = saturday.isocalendar()
    return Reading(f"{iso_year}-W{iso_week:02d}-WE", saturday, saturday + ONE_DAY, "week", "")


def month(year: int, month_number: int) -> Reading:
    return Reading(
        f"{year:04d}-{month_number:02d}",
        Date(year, month_number, 1),
        last_day_of_month(year, month_number),
        "month",
        "",
    )


def month_span(first_year: int, first_month: int, last_year: int, last_month: int) -> Reading:
    """Months from one to another ("January to July"): no TimeML value of their own, so the
    value is the year that holds them (the first month's across a new year), the range the
    months'."""
    value = f"{last_year:04d}" if first_year == last_year else f"{first_year:04d}-{first_month:02d}"
    return Reading(
        value, Date(first_year, first_month, 1), last_day_of_month(last_year, last_month),
        "month", "",
    )  # fmt: skip


def quarter(year: int, number: int) -> Reading:
    first_month = 3 * (number - 1) + 1
    return Reading(
        f"{year:04d}-Q{number}",
        Date(year, first_month, 1),
        last_day_of_month(year, first_month + 2),
        "quarter",
        "",
    )


def half_year(year: int, number: int) -> Reading:
    # No "half" precision in the app's vocabulary: a half-year is reported as two quarters.
    first_month = 1 if number == 1 else 7
    return Reading(
        f"{year:04d}-H{number}",
        Date(year, first_month, 1),
        last_day_of_month(year, first_month + 5),
        "quarter",
        "",
    )


def season(year: int, code: str) -> Reading:
    """Winter of year Y runs from December Y to February Y+1."""
    first_year, first_month = year, _SEASON_FIRST_MONTH[code]
    last_year, last_month = add_months(first_year, first_month, 2)
    return Reading(
        f"{year:04d}-{code}",
        Date(first_year, first_month, 1),
        last_day_of_month(last_year, last_month),
        "season",
        "",
    )


def season_containing(d: Date) -> tuple[int, str]:
    if d.month in (3, 4, 5):
        return d.year, "SP"
    if d.month in (6, 7, 8):
        return d.year, "SU"
    if d.month in (9, 10, 11):
        return d.year, "FA"
    return (d.year if d.month == 12 else d.year - 1), "WI"


def year(number: int) -> Reading:
    return Reading(f"{number:04d}", Date(number, 1, 1), Date(number, 12, 31), "year", "")


def split_fiscal_year(last_year: int) -> Reading:
    """Pakistan's fiscal year, July to June, named by both its years ("fiscal year 2022-23");
    TimeML has no value for it, so it keeps the year it ends in."""
    first, last = Date(last_year - 1, 7, 1), Date(last_year, 6, 30)
    return Reading(f"{last_year:04d}", first, last, "year", "")


def decade(first_year: int) -> Reading:
    first_year -= first_year % 10
    first, last = Date(first_year, 1, 1), Date(first_year + 9, 12, 31)
    return Reading(f"{first_year // 10:03d}", first, last, "decade", "")


def century(hundreds: int) -> Reading:
    """TIMEX3 century value "19" is 1900-1999 (the 20th century)."""
    return Reading(
        f"{hundreds:02d}",
        Date(max(hundreds * 100, 1), 1, 1),
        Date(hundreds * 100 + 99, 12, 31),
        "century",
        "",
    )


def reference(value: str) -> Reading:
    return Reading(value, None, None, "ref", "", is_relative=True)


def duration(value: str) -> Reading:
    return Reading(value, None, None, "duration", "", "DURATION")


def recurrence(value: str) -> Reading:
    return Reading(value, None, None, "duration", "", "SET")


def shifted(reading: Reading, precision: str, amount: int) -> Reading | None:
    """The period `amount` units of `precision` after (or before) the one `reading` covers."""
    anchor = reading.start_date
    if anchor is None:
        return None
    if precision == "day":
        return day(anchor + amount * ONE_DAY)
    if precision == "week":
        return week(anchor + 7 * amount * ONE_DAY)
    if precision == "weekend":
        saturday = anchor - datetime.timedelta(days=anchor.weekday()) + 5 * ONE_DAY
        return weekend(saturday + 7 * amount * ONE_DAY)
    if precision == "month":
        return month(*add_months(anchor.year, anchor.month, amount))
    if precision == "quarter":
        y, m = add_months(anchor.year, anchor.month, 3 * amount)
        return quarter(y, (m - 1) // 3 + 1)
    if precision == "year":
        return year(anchor.year + amount)
    if precision == "decade":
        return decade(anchor.year + 10 * amount)
    if precision == "century":
        return century(anchor.year // 100 + amount)
    return None


def coarsened(reading: Reading, precision: str) -> Reading | None:
    """The period of the given granularity containing the start of `reading`."""
    return shifted(reading, precision, 0)
