import datetime as dt

import pytest
from django.core.management import call_command

from articles.models import Article, Passage
from timeline.models import Citation, Event
from timeline.tests.factories import make_article, make_event

pytestmark = pytest.mark.django_db


def test_it_generates_events_with_articles_and_citations():
    call_command("generate_synthetic", events=50, seed=1)

    events = Event.objects.filter(is_synthetic=True)
    assert events.count() == 50
    assert Citation.objects.filter(event__is_synthetic=True).count() == 50
    assert Article.objects.filter(is_synthetic=True).count() == 10
    assert not Event.objects.filter(is_synthetic=True, search_vector__isnull=True).exists()
    assert not events.filter(actors__isnull=True).exists()
    assert not events.filter(sectors__isnull=True).exists()


def test_citations_quote_a_body_passage_of_their_article():
    call_command("generate_synthetic", events=20, seed=2)

    for citation in Citation.objects.select_related("article", "passage", "event"):
        passage = citation.passage
        assert passage.kind == Passage.Kind.BODY
        assert passage.start <= citation.quote_start < citation.quote_end <= passage.end
        assert citation.extracted == {}
        assert citation.date_expression in citation.quote
        assert citation.event.title


def test_dates_are_consistent_at_every_precision():
    call_command("generate_synthetic", events=300, seed=3)

    precisions = set()
    for event in Event.objects.filter(is_synthetic=True):
        precisions.add(event.precision)
        assert dt.date(1940, 1, 1) <= event.start_date <= event.end_date <= dt.date(2026, 12, 31)
        if event.precision == "day":
            assert event.start_date == event.end_date
            assert event.value == event.start_date.isoformat()
        elif event.precision == "month":
            assert event.value == f"{event.start_date:%Y-%m}"
            assert event.start_date.day == 1 and event.end_date.month == event.start_date.month
        elif event.precision == "year":
            assert event.value == str(event.start_date.year)
            assert (event.start_date, event.end_date) == (
                dt.date(event.start_date.year, 1, 1), dt.date(event.start_date.year, 12, 31)
            )
        else:
            assert event.precision == "decade"
            assert event.value == str(event.start_date.year // 10)
            assert event.end_date.year == event.start_date.year + 9
    assert precisions == {"day", "month", "year", "decade"}


def test_clear_removes_only_synthetic_rows():
    article = make_article()
    real = make_event("Lavrov arrives in Islamabad", start=dt.date(2021, 4, 6))
    Citation.objects.create(
        event=real, article=article, passage=article.passages.first(),
        quote_start=0, quote_end=10,
    )
    call_command("generate_synthetic", events=30, seed=4)

    call_command("generate_synthetic", clear=True)

    assert list(Event.objects.all()) == [real]
    assert list(Article.objects.all()) == [article]
    assert real.citations.count() == 1
    assert article.passages.exists()


def test_it_can_run_twice_without_clearing():
    call_command("generate_synthetic", events=10, seed=5)
    call_command("generate_synthetic", events=10, seed=5)

    assert Event.objects.filter(is_synthetic=True).count() == 20
