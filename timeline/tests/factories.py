"""Plain functions that create rows with the ORM for tests.

They bypass `ingest_article` and the extraction pipeline on purpose: view tests need exact,
small data, and must not depend on how the pipeline reads an article.
"""

import datetime as dt
import itertools

from articles.models import Article, Passage
from timeline.models import Actor, Citation, Event, Sector
from timeline.pipeline import refresh_search_vectors

_numbers = itertools.count(1)


def make_article(
    text="ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived on Tuesday.\n",
    *,
    title="Lavrov arrives",
    outlet="Test Wire",
    url="",
    published=dt.date(2021, 4, 8),
    boilerplate=(),
):
    """An article whose passages are its lines; lines listed in `boilerplate` are marked so."""
    article = Article(text=text, title=title, outlet=outlet, url=url, published=published)
    article.save()
    start = 0
    for ordinal, line in enumerate(text.splitlines(keepends=True), start=1):
        end = start + len(line.rstrip("\n"))
        if end > start:
            kind = Passage.Kind.BOILERPLATE if line.strip() in boilerplate else Passage.Kind.BODY
            Passage.objects.create(
                article=article, ordinal=ordinal, start=start, end=end, kind=kind
            )
        start += len(line)
    return article


def cite(event, article, quote, *, date_expression="", date_rule="weekday before publication"):
    """A citation of `event` by the passage of `article` that contains `quote`."""
    quote_start = article.text.index(quote)
    quote_end = quote_start + len(quote)
    passage = article.passages.get(start__lte=quote_start, end__gte=quote_end)
    date_start = date_end = None
    if date_expression:
        date_start = article.text.index(date_expression, quote_start)
        date_end = date_start + len(date_expression)
    citation = Citation.objects.create(
        event=event, article=article, passage=passage, quote_start=quote_start,
        quote_end=quote_end, date_start=date_start, date_end=date_end,
        date_value=event.value, date_rule=date_rule,
    )
    refresh_search_vector(event)
    return citation


def make_event(
    title=None,
    *,
    start=dt.date(2021, 4, 6),
    end=None,
    precision="day",
    value=None,
    summary="",
    status=Event.Status.OCCURRED,
    published=True,
    reviewed=False,
    actors=(),
    sectors=(),
):
    """An event with actors and sectors given by slug (they must exist: the vocabulary does)."""
    event = Event.objects.create(
        title=title or f"Event {next(_numbers)}",
        summary=summary,
        start_date=start,
        end_date=end or start,
        precision=precision,
        value=value or start.isoformat(),
        status=status,
        published=published,
        reviewed=reviewed,
    )
    if actors:
        event.actors.set(Actor.objects.filter(slug__in=actors))
    if sectors:
        event.sectors.set(Sector.objects.filter(slug__in=sectors))
    refresh_search_vector(event)
    return event


def refresh_search_vector(event):
    # The pipeline's own indexing (title, summary and every cited sentence), not a copy of it.
    refresh_search_vectors([event.pk])


def make_cited_event(title=None, *, article=None, quote=None, **event_fields):
    """An event reported by one article, quoting the article's first line."""
    article = article or make_article()
    event = make_event(title, **event_fields)
    quote = quote or article.text.splitlines()[0]
    cite(event, article, quote)
    return event
