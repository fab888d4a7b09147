import datetime as dt
from types import SimpleNamespace

import pytest

from timeline.display import (
    format_event_date,
    group_label,
    machine_date,
    ordinal,
    sources_by_article,
)

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "value", "expected"),
    [
        (D(1980, 1, 1), D(1989, 12, 31), "decade", "198", "1980s"),
        (D(1999, 1, 1), D(1999, 12, 31), "year", "1999", "1999"),
        (D(1999, 1, 1), D(2001, 12, 31), "year", "1999", "1999–2001"),
        (D(2019, 6, 1), D(2019, 6, 30), "month", "2019-06", "June 2019"),
        (D(2019, 6, 1), D(2019, 7, 31), "month", "2019-06", "June–July 2019"),
        (D(2019, 12, 1), D(2020, 1, 31), "month", "2019-12", "December 2019 – January 2020"),
        (D(2022, 2, 23), D(2022, 2, 23), "day", "2022-02-23", "Wednesday 23 February 2022"),
        (D(2022, 2, 23), D(2022, 2, 24), "day", "2022-02-23", "23–24 February 2022"),
        (D(2022, 2, 28), D(2022, 3, 2), "day", "2022-02-28", "28 February – 2 March 2022"),
        (D(2021, 12, 31), D(2022, 1, 1), "day", "", "31 December 2021 – 1 January 2022"),
        (D(2023, 6, 10), D(2023, 6, 11), "week", "2023-W23-WE", "weekend of 10–11 June 2023"),
        (D(2023, 6, 5), D(2023, 6, 11), "week", "2023-W23", "week of 5–11 June 2023"),
        (D(2021, 4, 1), D(2021, 6, 30), "quarter", "2021-Q2", "Q2 2021"),
        (D(2021, 6, 1), D(2021, 8, 31), "season", "2021-SU", "summer 2021"),
        (D(2021, 9, 1), D(2021, 11, 30), "season", "2021-FA", "autumn 2021"),
        (D(2021, 12, 1), D(2022, 2, 28), "season", "", "winter 2021"),
        (D(1900, 1, 1), D(1999, 12, 31), "century", "19", "20th century"),
        (D(2000, 1, 1), D(2099, 12, 31), "century", "20", "21st century"),
    ],
)
def test_event_date_is_shown_at_its_precision(start, end, precision, value, expected):
    assert format_event_date(start, end, precision, value) == expected


def test_a_saturday_and_sunday_is_a_weekend_even_without_the_timeml_marker():
    assert format_event_date(D(2023, 6, 10), D(2023, 6, 11), "week", "") == (
        "weekend of 10–11 June 2023"
    )


@pytest.mark.parametrize(
    ("start", "precision", "expected"),
    [
        (D(2022, 2, 23), "day", "2022"),
        (D(2021, 4, 1), "quarter", "2021"),
        (D(1980, 1, 1), "decade", "1980s"),
        (D(1900, 1, 1), "century", "20th century"),
    ],
)
def test_events_are_grouped_by_year_unless_coarser(start, precision, expected):
    assert group_label(start, precision) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (111, "111th")],
)
def test_ordinal(number, expected):
    assert ordinal(number) == expected


def test_machine_date_is_a_valid_html_time_value_or_nothing():
    assert machine_date(D(2022, 2, 23), D(2022, 2, 23), "day") == "2022-02-23"
    assert machine_date(D(2023, 6, 5), D(2023, 6, 11), "week") == "2023-W23"
    assert machine_date(D(2019, 6, 1), D(2019, 6, 30), "month") == "2019-06"
    assert machine_date(D(1980, 1, 1), D(1989, 12, 31), "decade") == ""


def test_sources_are_articles_each_with_its_passages_in_citation_order():
    dawn, tribune = SimpleNamespace(outlet="Dawn", story_id=1), SimpleNamespace(
        outlet="Tribune", story_id=2
    )
    # An agency story printed by another outlet is the same source as its first printing.
    reprint = SimpleNamespace(outlet="Daily Ledger", story_id=1)
    citations = [
        SimpleNamespace(article_id=1, article=dawn, quote_start=10),
        SimpleNamespace(article_id=2, article=tribune, quote_start=5),
        SimpleNamespace(article_id=1, article=dawn, quote_start=40),
        SimpleNamespace(article_id=3, article=reprint, quote_start=90),
    ]
    sources = sources_by_article(citations)
    assert [(source.article.outlet, source.passage_count) for source in sources] == [
        ("Dawn", 3),
        ("Tribune", 1),
    ]
    assert [c.quote_start for c in sources[0].citations] == [10, 40, 90]
    assert sources[0].first_citation.quote_start == 10
    assert sources_by_article([]) == []
