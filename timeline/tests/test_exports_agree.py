"""Every export orders and dates every event as the timeline page does, after the seed articles
are ingested, two events merged and one re-dated by an editor."""

import csv
import datetime as dt
import io
import json
import re

import feedparser
import icalendar
import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from timeline import curation
from timeline.models import Event
from timeline.tests.test_admin import change_url, form_data

pytestmark = pytest.mark.django_db


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


@pytest.fixture
def curated(client):
    """The seeds, two events of the same visit merged, one event re-dated in the admin."""
    call_command("ingest_articles", verbosity=0)
    editor = User.objects.create_user("editor", password="a long editor password", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    lavrov_days = Event.objects.filter(start_date__range=(dt.date(2021, 4, 6), dt.date(2021, 4, 7)))
    assert lavrov_days.count() >= 2
    curation.merge_events(lavrov_days, user=editor)
    year_event = Event.objects.filter(precision="year").order_by("start_date").first()
    june = {"precision": "month", "value": f"{year_event.start_date.year}-06"}
    june |= {"start_date": f"{june['value']}-01", "end_date": f"{june['value']}-30"}
    response = client.post(change_url(year_event), form_data(year_event, **june))
    assert response.status_code == 302
    client.logout()
    return Event.objects.published().chronological()


def page_events(client) -> list[tuple[int, str]]:
    """(id, date as shown) for each event on the timeline page, in its order."""
    page = body(client.get("/"))
    found = re.findall(r'<article class="event[^"]*" id="event-(\d+)".*?<time[^>]*>([^<]*)</time>',
                       page, re.DOTALL)  # fmt: skip
    return [(int(pk), when) for pk, when in found]


def test_every_event_has_a_consistent_date(curated):
    for event in curated:
        problems = curation.date_problems(event.start_date, event.end_date, event.precision,
                                          event.value)  # fmt: skip
        assert problems == {}, (event.pk, event.title, problems)


def test_json_and_csv_list_the_events_as_the_page_does(client, curated):
    shown = page_events(client)
    assert [pk for pk, _ in shown] == [event.pk for event in curated]
    records = json.loads(body(client.get("/events.json")))["events"]
    rows = list(csv.DictReader(io.StringIO(body(client.get("/events.csv")).removeprefix("\ufeff"))))
    assert [(record["id"], record["date"]) for record in records] == shown
    assert [(int(row["id"]), row["date"]) for row in rows] == shown
    for event, record, row in zip(curated, records, rows, strict=True):
        stored = [event.start_date.isoformat(), event.end_date.isoformat(), event.precision,
                  event.value]  # fmt: skip
        assert [record["start_date"], record["end_date"], record["precision"], record["value"]] == (
            stored
        )
        assert [row["start_date"], row["end_date"], row["precision"], row["value"]] == stored
        assert (
            int(row["source_count"])
            == len(record["sources"])
            == len({citation.article_id for citation in event.citations.all()})
        )


def timelinejs_day(parts: dict) -> dt.date:
    """The day TimelineJS places a date on: missing parts are the first month and day."""
    return dt.date(int(parts["year"]), int(parts.get("month", 1)), int(parts.get("day", 1)))


def test_timelinejs_orders_and_spans_the_events_as_the_page_does(client, curated):
    shown = page_events(client)
    slides = json.loads(body(client.get("/events.timelinejs.json")))["events"]
    # TimelineJS sorts slides by start date, keeping the given order among equal ones.
    ordered = sorted(slides, key=lambda slide: timelinejs_day(slide["start_date"]))
    assert [(int(slide["unique_id"].removeprefix("event-")), slide["display_date"])
            for slide in ordered] == shown  # fmt: skip
    for event, slide in zip(curated, ordered, strict=True):
        assert timelinejs_day(slide["start_date"]) == event.start_date
        end = slide.get("end_date", slide["start_date"])
        assert timelinejs_day(end) == event.end_date


def test_calendar_dates_the_day_and_week_events_as_the_page_does(client, curated):
    shown = dict(page_events(client))
    entries = icalendar.Calendar.from_ical(body(client.get("/events.ics"))).walk("VEVENT")
    expected = [event for event in curated if event.precision in ("day", "week")]
    assert len(entries) == len(expected) > 0
    for event, entry in zip(expected, entries, strict=True):
        assert str(entry["URL"]).endswith(f"/events/{event.pk}/")
        assert entry["DTSTART"].dt == event.start_date
        assert entry["DTEND"].dt == event.end_date + dt.timedelta(days=1)
        assert shown[event.pk] in str(entry["DESCRIPTION"])


def test_atom_dates_every_event_as_the_page_does(client, curated):
    shown = dict(page_events(client))
    entries = feedparser.parse(body(client.get("/events.atom"))).entries
    assert len(entries) == len(shown)
    for entry in entries:
        pk = int(entry.link.rstrip("/").rpartition("/")[2])
        assert shown[pk] in entry.title
