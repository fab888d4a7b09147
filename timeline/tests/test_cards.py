"""Event cards are stored once rendered, and whatever changes what a card shows, however it is
written, makes the page render it again: nothing a reader sees is ever stale."""

import io
import re

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from config.embedded_postgres import database_url
from timeline.cards import CARD_FORMAT, stale_card_events
from timeline.models import Actor, Citation, Event, EventCard, Sector
from timeline.tests.factories import cite, make_article, make_cited_event, make_event

pytestmark = pytest.mark.django_db


def card_of(client, event) -> str:
    """The event's card on the timeline page."""
    page = client.get("/").content.decode()
    match = re.search(rf'<article [^>]*id="event-{event.pk}".*?</article>', page, re.S)
    assert match, f"event {event.pk} is not on the page"
    return match.group(0)


def test_a_card_is_rendered_once_and_then_read_from_the_store(client):
    event = make_cited_event("Lavrov arrives in Islamabad", actors=["sergey-lavrov"])
    first = card_of(client, event)
    stored = EventCard.objects.get(event=event)
    assert stored.revision == Event.objects.get(pk=event.pk).card_revision
    assert stored.format == CARD_FORMAT
    assert "Lavrov arrives in Islamabad" in stored.html
    # The response cache is keyed by the data version, which the store's writes do not
    # change: ask with another URL so the view runs again.
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/", {"status": "occurred"}).content.decode()
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "timeline_citation" not in sql and "INSERT INTO timeline_eventcard" not in sql
    assert first in page


def test_an_edited_event_shows_its_new_title(client):
    event = make_cited_event("Lavrov arrives")
    card_of(client, event)
    event.title = "Lavrov arrives for two days of talks"
    event.save()
    assert "two days of talks" in card_of(client, event)


def test_a_raw_update_is_seen_too(client):
    event = make_cited_event("Lavrov arrives")
    card_of(client, event)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE timeline_event SET title = 'Lavrov lands' WHERE id = %s", [event.pk])
    assert "Lavrov lands" in card_of(client, event)


def test_a_stale_copy_saved_from_memory_still_makes_a_new_revision(client):
    event = make_cited_event("Lavrov arrives")
    stale_copy = Event.objects.get(pk=event.pk)
    card_of(client, event)
    event.summary = "First summary"
    event.save()
    card_of(client, event)
    stale_copy.title = "Lavrov arrives, from a stale form"
    stale_copy.save()
    assert "from a stale form" in card_of(client, event)


def test_a_new_citation_adds_a_source_and_a_removed_one_takes_it_away(client):
    event = make_cited_event("Lavrov arrives")
    assert "1 source" in card_of(client, event)
    other = make_article("Lavrov came to Islamabad on Tuesday.\n", outlet="Second Wire")
    citation = cite(event, other, "Lavrov came to Islamabad on Tuesday.")
    card = card_of(client, event)
    assert "2 sources" in card and "Second Wire" in card
    Citation.objects.filter(pk=citation.pk).delete()
    assert "Second Wire" not in card_of(client, event)


def test_renamed_actors_and_sectors_and_changed_relations_show(client):
    event = make_cited_event("Talks", actors=["sergey-lavrov"], sectors=["energy"])
    card_of(client, event)
    Actor.objects.filter(slug="sergey-lavrov").update(name="Sergei Lavrov")
    Sector.objects.filter(slug="energy").update(name="Energy and power")
    card = card_of(client, event)
    assert "Sergei Lavrov" in card and "Energy and power" in card
    event.actors.add(Actor.objects.get(slug="vladimir-putin"))
    assert "Vladimir Putin" in card_of(client, event)


def test_an_edited_article_shows_in_its_events_cards(client):
    event = make_cited_event("Lavrov arrives")
    card_of(client, event)
    Article.objects.filter(pk=event.citations.get().article_id).update(outlet="Renamed Wire")
    assert "Renamed Wire" in card_of(client, event)


def test_cards_rendered_by_other_templates_are_not_used(client):
    event = make_cited_event("Lavrov arrives")
    revision = Event.objects.get(pk=event.pk).card_revision
    EventCard.objects.create(event=event, revision=revision, format="old", html="OLD CARD")
    assert "OLD CARD" not in client.get("/").content.decode()
    assert EventCard.objects.get(event=event).format == CARD_FORMAT


def test_a_card_stored_under_a_newer_revision_is_kept(client):
    # A reader that read the event before a write stores its card under the older
    # revision; a reader that came after has stored the newer card already.
    event = make_cited_event("Lavrov arrives")
    revision = Event.objects.get(pk=event.pk).card_revision
    EventCard.objects.create(
        event=event, revision=revision + 1, format=CARD_FORMAT, html="NEWER CARD"
    )
    assert "Lavrov arrives" in card_of(client, event)
    assert EventCard.objects.get(event=event).html == "NEWER CARD"


def test_deleting_an_event_deletes_its_card(client):
    event = make_event("Lavrov arrives")
    card_of(client, event)
    assert EventCard.objects.filter(event_id=event.pk).exists()
    Event.objects.filter(pk=event.pk).delete()
    assert not EventCard.objects.filter(event_id=event.pk).exists()


def test_load_more_focuses_the_first_new_event_only(client):
    events = [make_event(f"Event {n:03d}") for n in range(60)]
    client.get("/")  # stores every card of the first page
    more = client.get(
        "/", {"after": events[49].pk}, headers={"HX-Request": "true"}
    ).content.decode()
    focused = re.findall(r'<article [^>]*id="event-(\d+)"[^>]* autofocus', more)
    assert focused == [str(events[50].pk)]
    assert "autofocus" not in EventCard.objects.get(event=events[50]).html


def test_render_cards_stores_every_missing_or_stale_card(client):
    events = [make_event(f"Event {n}") for n in range(3)]
    make_event("Unpublished", published=False)
    card_of(client, events[0])
    events[0].title = "Event 0, edited"
    events[0].save()
    call_command("render_cards", stdout=io.StringIO())
    assert not stale_card_events().exists()
    assert "Event 0, edited" in EventCard.objects.get(event=events[0]).html
    assert EventCard.objects.count() == 3


def test_a_card_that_cannot_be_stored_still_shows(client, transactional_db):
    # Another session holds the stored card's row (as a writer deleting the event would):
    # storing the new card gives up, and the page is right all the same.
    event = make_cited_event("Lavrov arrives")
    card_of(client, event)
    Event.objects.filter(pk=event.pk).update(title="Lavrov lands")
    with psycopg.connect(database_url(connection.settings_dict)) as other:
        other.execute("SELECT 1 FROM timeline_eventcard WHERE event_id = %s FOR UPDATE", [event.pk])
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '200ms'")
        try:
            assert "Lavrov lands" in card_of(client, event)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")
    assert "Lavrov arrives" in EventCard.objects.get(event=event).html
