"""Dates as a reader should see them: at the precision the sources gave, no finer.

Plain Python: takes the event's start and end dates, its precision and its TimeML value,
and returns text. "1980s", "June 2019", "Wednesday 23 February 2022", "Q2 2021".
"""

import datetime as dt
from dataclasses import dataclass

DAY = "day"
WEEK = "week"
MONTH = "month"
QUARTER = "quarter"
SEASON = "season"
YEAR = "year"
DECADE = "decade"
CENTURY = "century"

# TimeML writes seasons as two letters after the year: 2021-SU.
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
SEASON_BY_MONTH = {
    12: "winter", 1: "winter", 2: "winter",
    3: "spring", 4: "spring", 5: "spring",
    6: "summer", 7: "summer", 8: "summer",
    9: "autumn", 10: "autumn", 11: "autumn",
}  # fmt: skip


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def century_of(year: int) -> int:
    # TimeML "19" is 1900-1999, which readers call the 20th century.
    return year // 100 + 1


def day_range(start: dt.date, end: dt.date) -> str:
    """'23–24 February 2022', '28 February – 2 March 2022', '31 December 2021 – 1 January 2022'."""
    if start == end:
        return f"{start.day} {start:%B} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B} {end.year}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B} {end.year}"
    return f"{start.day} {start:%B} {start.year} – {end.day} {end:%B} {end.year}"


def month_range(start: dt.date, end: dt.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%B} {start.year}"
    if start.year == end.year:
        return f"{start:%B}–{end:%B} {end.year}"
    return f"{start:%B} {start.year} – {end:%B} {end.year}"


def is_weekend(start: dt.date, end: dt.date, value: str) -> bool:
    return value.upper().endswith("-WE") or (
        start.weekday() == 5 and end == start + dt.timedelta(days=1)
    )


def season_name(start: dt.date, value: str) -> str:
    code = value.rpartition("-")[2].upper()
    return SEASON_NAMES.get(code, SEASON_BY_MONTH[start.month])


def format_event_date(start: dt.date, end: dt.date, precision: str, value: str = "") -> str:
    """The event's date in words, at its precision."""
    if precision == DAY:
        if start == end:
            return f"{start:%A} {day_range(start, end)}"
        return day_range(start, end)
    if precision == WEEK:
        label = "weekend of" if is_weekend(start, end, value) else "week of"
        return f"{label} {day_range(start, end)}"
    if precision == MONTH:
        return month_range(start, end)
    if precision == QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == SEASON:
        # Winter starts in December: "winter 2021" names the year it starts in, as TimeML does.
        return f"{season_name(start, value)} {start.year}"
    if precision == YEAR:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == DECADE:
        return f"{start.year // 10 * 10}s"
    if precision == CENTURY:
        return f"{ordinal(century_of(start.year))} century"
    return day_range(start, end)


def group_label(start: dt.date, precision: str) -> str:
    """The heading an event is listed under: its year, or its decade or century if coarser."""
    if precision == DECADE:
        return f"{start.year // 10 * 10}s"
    if precision == CENTURY:
        return f"{ordinal(century_of(start.year))} century"
    return str(start.year)


def machine_date(start: dt.date, end: dt.date, precision: str) -> str:
    """A valid HTML <time datetime> value for the event, or "" when none fits (decades, ranges)."""
    if precision == DAY and start == end:
        return start.isoformat()
    if precision == WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == MONTH and (start.year, start.month) == (end.year, end.month):
        return f"{start:%Y-%m}"
    if precision in (QUARTER, SEASON, YEAR) and start.year == end.year:
        return f"{start.year:04d}"
    return ""


@dataclass(frozen=True)
class ArticleSource:
    """One article that reports an event, with every passage of it the event cites."""

    article: object
    citations: tuple

    @property
    def first_citation(self):
        return self.citations[0]

    @property
    def passage_count(self) -> int:
        return len(self.citations)


def sources_by_article(citations) -> list[ArticleSource]:
    """An event's citations grouped by article, in citation order: one source per article.

    This is the one rule for "N sources" everywhere (pages, exports): four sentences of one
    report are one source with four passages, not four sources, and an agency story printed
    by several outlets is one source, shown as the outlet cited first.
    """
    by_article: dict = {}
    for citation in citations:
        by_article.setdefault(citation.article.story_id, []).append(citation)
    return [ArticleSource(group[0].article, tuple(group)) for group in by_article.values()]
