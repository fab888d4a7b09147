"""Wire copies: one agency story printed by several outlets is recognised as one text."""

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.ingest import ingest_article
from articles.wire import SAME_STORY, signature, similarities

WIRE = Path(__file__).parent / "wire"
# The agency's text; an outlet's copy with its own headline and byline, a phrase retouched
# and the last paragraph cut; and another outlet's own report of the same signing.
AGENCY, COPY, OWN = (
    (WIRE / name).read_text("utf-8")
    for name in ("agency_story.txt", "outlet_copy.txt", "own_report.txt")
)
PUBLISHED = dt.date(2023, 6, 14)


def test_an_outlets_copy_of_an_agency_story_is_the_same_story():
    (score,) = similarities(signature(AGENCY), [signature(COPY)])
    assert score >= SAME_STORY


def test_an_outlets_own_report_of_the_same_happening_is_another_story():
    scores = similarities(signature(OWN), [signature(AGENCY), signature(COPY)])
    assert max(scores) < 0.1


def test_a_text_too_short_to_shingle_has_no_signature():
    assert signature("Lavrov arrives today") == b""
    assert similarities(b"", [signature(AGENCY)]) == [0.0]


@pytest.fixture
def printings(db):
    call_command("load_vocabulary", verbosity=0)

    def ingest(text, outlet, published=PUBLISHED):
        return ingest_article(
            text=text, outlet=outlet, title=text.splitlines()[0], published=published
        ).article

    return (
        ingest(AGENCY, "Associated Press of Pakistan"),
        ingest(COPY, "Daily Ledger", PUBLISHED + dt.timedelta(days=1)),
        ingest(OWN, "Karachi Courier"),
    )


def test_a_copy_stored_later_joins_the_first_printing_of_its_story(printings):
    agency, copy, own = printings

    assert (agency.wire_story, copy.wire_story, own.wire_story) == (None, agency, None)
    assert agency.story_id == copy.story_id != own.story_id


def test_copies_printed_weeks_apart_are_kept_apart(db):
    first = ingest_article(text=AGENCY, outlet="APP", title="Steel", published=PUBLISHED).article
    later = ingest_article(
        text=COPY, outlet="Ledger", title="Steel", published=PUBLISHED + dt.timedelta(days=30)
    ).article

    assert later.wire_story is None
    assert first.story_id != later.story_id


def test_the_article_page_says_who_else_published_the_story(client, printings):
    agency, copy, own = printings

    html = client.get(copy.get_absolute_url()).content.decode()
    assert "Also published by" in html
    assert f'<a href="{agency.get_absolute_url()}">Associated Press of Pakistan</a>' in html
    assert "Karachi Courier" not in html
    assert "Daily Ledger" in client.get(agency.get_absolute_url()).content.decode()
    assert "Also published by" not in client.get(own.get_absolute_url()).content.decode()


def test_an_event_counts_an_agency_story_once_among_its_sources(client, printings):
    agency, copy, own = printings
    event = agency.citations.order_by("quote_start").first().event

    cited_by = set(event.citations.values_list("article__outlet", flat=True))
    assert cited_by == {"Associated Press of Pakistan", "Daily Ledger", "Karachi Courier"}
    assert len(event.sources) == 2
    event.published = True
    event.save()
    assert "2 sources report it" in client.get(event.get_absolute_url()).content.decode()


def test_the_admins_event_list_counts_an_agency_story_once(admin_client, printings):
    event = printings[0].citations.order_by("quote_start").first().event

    html = admin_client.get("/admin/timeline/event/").content.decode()

    assert '<td class="field-source_count">2</td>' in html
    assert event.title in html
