"""Every count the timeline shows equals a plain count of the events, whoever wrote them.

The counts come from a tally and from copies of the actor and sector relations that
database triggers keep (`timeline/tallies.py`); the expected counts here are made the plain
way, from the relations themselves, with a COUNT(*) per figure.
"""

import datetime as dt
import itertools
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.http import QueryDict

from articles.ingest import ingest_article
from timeline import curation
from timeline.counts import filter_counts
from timeline.forms import EventFilterForm
from timeline.models import Actor, Event, Sector
from timeline.tests.factories import make_event

pytestmark = pytest.mark.django_db
D = dt.date


def plain_events(query: dict):
    """The published events the filter gives, joined the plain way, without the copies."""
    events = Event.objects.filter(published=True)
    for slug in query.get("actor", []):
        events = events.filter(pk__in=Event.objects.filter(actors__slug=slug).values("pk"))
    for slug in query.get("sector", []):
        events = events.filter(pk__in=Event.objects.filter(sectors__slug=slug).values("pk"))
    if "from" in query:
        events = events.filter(end_date__gte=D(int(query["from"]), 1, 1))
    if "to" in query:
        events = events.filter(start_date__lte=D(int(query["to"]), 12, 31))
    if "status" in query:
        events = events.filter(status=query["status"])
    if "q" in query:
        events = events.filter(pk__in=Event.objects.matching(query["q"]).values("pk"))
    if "lang" in query:
        cited = Event.objects.filter(citations__article__language=query["lang"])
        events = events.filter(pk__in=cited.values("pk"))
    return events


def plain_counts_by(rows, column: str) -> dict:
    """{value of column: COUNT(*)} over `rows`, leaving out nothing but empty groups."""
    return dict(rows.order_by().values_list(column).annotate(n=Count("*")))


def nonzero(counts: dict) -> dict:
    return {key: number for key, number in counts.items() if number}


def filters_to_check() -> list[dict]:
    """No filter, actors and sectors in use alone and in pairs, years, status and words."""
    actors = list(
        Actor.objects.filter(events__isnull=False).distinct().values_list("slug", flat=True)
    )[:5]
    sectors = list(
        Sector.objects.filter(events__isnull=False).distinct().values_list("slug", flat=True)
    )[:3]
    queries = [{}, {"status": "planned"}, {"from": "2020", "to": "2022"}, {"q": "Lavrov"}]
    queries += [{"actor": [slug]} for slug in actors]
    queries += [{"sector": [slug]} for slug in sectors]
    queries += [{"actor": list(pair)} for pair in itertools.combinations(actors[:3], 2)]
    queries += [
        {"actor": [a], "sector": [s]} for a, s in itertools.product(actors[:2], sectors[:2])
    ]
    queries += [{"actor": [slug], "from": "2021", "status": "occurred"} for slug in actors[:2]]
    queries += [{"sector": [slug], "to": "2015", "q": "Russia"} for slug in sectors[:2]]
    # The tally has no language: these are counted from the events.
    queries += [{"lang": "en"}, {"lang": "ru"}, {"actor": actors[:1], "lang": "en"}]
    return queries


def assert_counts_are_exact():
    # The rows are new in this test's transaction: without statistics of them the planner
    # takes the plain counts' nested subqueries for one-row tables and runs them for minutes.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE timeline_event, timeline_event_actors, timeline_event_sectors")
    for query in filters_to_check():
        data = QueryDict(mutable=True)
        for name, value in query.items():
            data.setlist(name, value if isinstance(value, list) else [value])
        form = EventFilterForm(data)
        assert form.is_valid(), form.errors
        counts = filter_counts(form)
        events = plain_events(query)
        assert counts.total == events.count(), query
        # The chart leaves the year range out, and decades and centuries.
        every_year = plain_events({k: v for k, v in query.items() if k not in ("from", "to")})
        charted = every_year.exclude(precision__in=["decade", "century"])
        assert counts.per_year == plain_counts_by(charted, "start_date__year"), query
        actors = Event.actors.through.objects.filter(event__in=events)
        # A choice missing from the counts shows 0.
        assert nonzero(counts.actors) == plain_counts_by(actors, "actor"), query
        sectors = Event.sectors.through.objects.filter(event__in=events)
        assert nonzero(counts.sectors) == plain_counts_by(sectors, "sector"), query


def assert_copies_match_relations():
    for event in Event.objects.prefetch_related("actors", "sectors"):
        assert event.actor_ids == sorted(actor.pk for actor in event.actors.all())
        assert event.sector_ids == sorted(sector.pk for sector in event.sectors.all())


@pytest.fixture
def seeded():
    call_command("ingest_articles", verbosity=0)
    make_event("Planned forum", start=D(2027, 6, 1), status="planned",
               actors=["sergey-lavrov"], sectors=["energy"])  # fmt: skip
    make_event("Cold war contacts", start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade",
               actors=["vladimir-putin"], sectors=["defence"])  # fmt: skip
    make_event("Hidden", published=False, actors=["sergey-lavrov"], sectors=["energy"])


def test_counts_are_exact_after_ingest(seeded):
    assert Event.objects.count() > 10
    assert_copies_match_relations()
    assert_counts_are_exact()


def test_counts_are_exact_after_another_article_is_ingested(seeded):
    ingest_article(
        text="ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday "
        "for talks with Pakistan's foreign minister on energy cooperation.\n",
        outlet="Test Wire", title="Lavrov arrives", published=D(2024, 5, 2),
    )  # fmt: skip
    assert_copies_match_relations()
    assert_counts_are_exact()


def test_counts_are_exact_after_editor_edits(seeded):
    event = Event.objects.filter(actors__isnull=False).first()
    # As the admin saves: the row, with its old copy of the relations in memory, then them.
    event.title, event.start_date, event.end_date, event.value = "Edited", D(2001, 3, 4), \
        D(2001, 3, 4), "2001-03-04"  # fmt: skip
    event.status = "planned"
    event.save()
    event.actors.set(Actor.objects.filter(slug__in=["imran-khan", "vladimir-putin"]))
    event.sectors.set(Sector.objects.filter(slug="trade"))
    event.save()
    assert_copies_match_relations()
    assert_counts_are_exact()


def test_counts_are_exact_after_a_merge(seeded):
    events = list(Event.objects.filter(published=True).order_by("pk")[:3])
    curation.merge_events(events)
    assert_copies_match_relations()
    assert_counts_are_exact()


def test_counts_are_exact_after_publish_and_unpublish(seeded):
    shown = Event.objects.filter(published=True).order_by("pk")
    curation.set_published(shown[:2], False)
    curation.set_published(Event.objects.filter(title="Hidden"), True)
    assert_counts_are_exact()


def test_counts_are_exact_after_deletes(seeded):
    Event.objects.filter(pk=Event.objects.order_by("pk").first().pk).delete()
    Event.objects.filter(actors__slug="vladimir-putin").delete()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM timeline_event_sectors WHERE sector_id IN "
                       "(SELECT id FROM timeline_sector WHERE slug = 'energy')")  # fmt: skip
    assert_copies_match_relations()
    assert_counts_are_exact()


def test_counts_are_exact_after_synthetic_events_come_and_go(seeded):
    call_command("generate_synthetic", events=300, seed=4, verbosity=0)
    assert_copies_match_relations()
    assert_counts_are_exact()
    call_command("generate_synthetic", clear=True, verbosity=0)
    assert_counts_are_exact()


def test_a_stale_copy_saved_from_memory_is_corrected():
    event = make_event(actors=["sergey-lavrov"])
    stale = Event.objects.get(pk=event.pk)
    event.actors.add(Actor.objects.get(slug="vladimir-putin"))
    stale.save()
    stale.refresh_from_db()
    assert stale.actor_ids == sorted(
        Actor.objects.filter(slug__in=["sergey-lavrov", "vladimir-putin"]).values_list(
            "pk", flat=True
        )
    )


def test_copies_given_with_a_new_event_are_checked_by_the_relations_written_after():
    lavrov, putin = (Actor.objects.get(slug=slug) for slug in ("sergey-lavrov", "vladimir-putin"))
    # As the admin writes: the row, then its relations.
    event = make_event(actors=["vladimir-putin"])
    # As the pipeline writes: the copies with the row, then the relation rows.
    written_as_said = Event.objects.create(
        title="Talks", start_date=D(2021, 4, 6), end_date=D(2021, 4, 6), precision="day",
        value="2021-04-06", actor_ids=[lavrov.pk],
    )  # fmt: skip
    written_as_said.actors.add(lavrov)
    # A writer whose relations turn out other than the copies it gave.
    written_otherwise = Event.objects.create(
        title="Call", start_date=D(2021, 4, 7), end_date=D(2021, 4, 7), precision="day",
        value="2021-04-07", actor_ids=[lavrov.pk],
    )  # fmt: skip
    written_otherwise.actors.add(putin)
    for saved in (event, written_as_said, written_otherwise):
        saved.refresh_from_db()
    assert event.actor_ids == [putin.pk]
    assert written_as_said.actor_ids == [lavrov.pk]
    assert written_otherwise.actor_ids == [putin.pk]
    assert_counts_are_exact()


def test_the_page_shows_the_exact_counts(client, seeded):
    page = client.get("/", {"sector": "energy"}).content.decode()
    total = plain_events({"sector": ["energy"]}).count()
    assert re.search(rf"\b{total} events? match", page)
    lavrov = plain_events({"sector": ["energy"], "actor": ["sergey-lavrov"]}).count()
    assert re.search(rf'id="actor-sergey-lavrov-count">{lavrov}<', page)


def test_words_matching_many_events_give_estimates_that_say_so(client):
    call_command("generate_synthetic", events=8000, seed=5, verbosity=0)
    query = {"q": "cooperation"}
    exact = plain_events(query).count()
    form = EventFilterForm(QueryDict("q=cooperation"))
    assert form.is_valid()
    counts = filter_counts(form)
    assert counts.estimated
    assert abs(counts.total - exact) < exact / 4
    page = client.get("/", query).content.decode()
    assert f"About {counts.total} events match these filters (estimated" in page
    assert re.search(r'id="actor-sergey-lavrov-count">≈\d+<', page)


def test_words_matching_few_events_are_counted_exactly(client):
    call_command("generate_synthetic", events=2000, seed=6, verbosity=0)
    form = EventFilterForm(QueryDict("q=Kazan&status=occurred"))
    assert form.is_valid()
    counts = filter_counts(form)
    assert not counts.estimated
    assert counts.total == plain_events({"q": "Kazan", "status": "occurred"}).count()
