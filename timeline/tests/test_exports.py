"""Each export read back with a real parser of its format: json, csv, icalendar, feedparser."""

import csv
import datetime as dt
import io
import json
import re

import feedparser
import icalendar
import pytest

from timeline.exports import ics_fold
from timeline.tests.factories import cite, make_article, make_event

pytestmark = pytest.mark.django_db
D = dt.date
EXPORTS = ["/events.json", "/events.timelinejs.json", "/events.csv", "/events.ics", "/events.atom"]


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


def timelinejs(client, **params) -> dict:
    return json.loads(body(client.get("/events.timelinejs.json", params)))


def csv_rows(client, **params) -> list[dict]:
    text = body(client.get("/events.csv", params))
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def calendar(client, **params) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body(client.get("/events.ics", params)))


def feed(client, **params):
    parsed = feedparser.parse(body(client.get("/events.atom", params)))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.fixture
def lavrov_visit():
    article = make_article(
        "ISLAMABAD, April 8: Lavrov arrived on Tuesday, meeting Qureshi; talks followed.\n"
        "The visit was Lavrov's first in nine years.\n",
        title="Lavrov in Islamabad", outlet="Dawn", url="https://dawn.test/lavrov",
    )  # fmt: skip
    event = make_event(
        "Lavrov visits Islamabad", summary="First visit in nine years.", start=D(2021, 4, 6),
        actors=["sergey-lavrov", "shah-mahmood-qureshi"], sectors=["diplomacy"], reviewed=True,
    )  # fmt: skip
    cite(event, article, "Lavrov arrived on Tuesday, meeting Qureshi; talks followed.",
         date_expression="on Tuesday")  # fmt: skip
    cite(event, article, "The visit was Lavrov's first in nine years.")
    return event


@pytest.fixture
def commission():
    """A year-precision plan whose range starts in April: "later this year"."""
    article = make_article("The commission will meet in Moscow later this year.\n",
                           outlet="APP", published=D(2021, 4, 8))  # fmt: skip
    event = make_event(
        "Two countries to hold an intergovernmental commission meeting in Moscow",
        start=D(2021, 4, 9), end=D(2021, 12, 31), precision="year", value="2021",
        status="planned",
    )  # fmt: skip
    cite(event, article, "The commission will meet in Moscow later this year.")
    return event


# All exports --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", EXPORTS)
def test_exports_may_be_read_by_pages_on_other_sites(client, url):
    assert client.get(url)["Access-Control-Allow-Origin"] == "*"


def test_exports_follow_the_filter(client, lavrov_visit):
    make_event("Putin call", actors=["vladimir-putin"])
    events = json.loads(body(client.get("/events.json", {"actor": "vladimir-putin"})))["events"]
    assert [event["title"] for event in events] == ["Putin call"]


def test_exports_leave_out_unpublished_events(client, lavrov_visit):
    make_event("Draft event", published=False)
    for url in EXPORTS:
        assert "Draft event" not in body(client.get(url)), url


@pytest.mark.parametrize("url", ["/events.csv", "/events.ics", "/events.atom"])
def test_file_exports_refuse_an_invalid_filter_with_a_400_saying_why(client, url):
    response = client.get(url, {"from": "soon"})
    assert response.status_code == 400
    assert "from: Enter a year, such as 2021" in body(response)


@pytest.mark.parametrize("url", ["/events.json", "/events.timelinejs.json"])
def test_json_exports_refuse_an_invalid_filter_in_json(client, url):
    response = client.get(url, {"from": "abc", "to": "1999"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    error = json.loads(body(response))
    assert error["fields"] == {
        "from": ["Enter a year, such as 2021, or a date, such as 2021-04-09."]
    }
    assert error["error"].startswith("from: Enter a year")


def test_json_errors_name_no_field_for_a_whole_filter_problem(client):
    error = json.loads(body(client.get("/events.json", {"from": "2022", "to": "2021"})))
    assert error == {"error": "The “from” year (2022) is after the “to” year (2021).", "fields": {}}


def test_a_full_date_in_from_or_to_is_read_as_its_year(client, lavrov_visit):
    make_event("Earlier", start=D(2020, 12, 31))
    response = client.get("/events.json", {"from": "2021-12-31", "to": "2021-01-01"})
    assert [event["title"] for event in json.loads(body(response))["events"]] == [
        "Lavrov visits Islamabad"
    ]


def test_an_impossible_date_in_from_is_refused(client):
    response = client.get("/events.json", {"from": "2021-02-30"})
    assert response.status_code == 400


# JSON ---------------------------------------------------------------------------------------


def test_json_export_has_events_with_their_sources_grouped_by_article(client, lavrov_visit):
    response = client.get("/events.json")
    assert response["Content-Type"] == "application/json"
    [event] = json.loads(body(response))["events"]
    assert event["id"] == lavrov_visit.pk
    assert event["title"] == "Lavrov visits Islamabad"
    assert (event["start_date"], event["end_date"], event["precision"], event["date"]) == (
        "2021-04-06", "2021-04-06", "day", "Tuesday 6 April 2021",
    )  # fmt: skip
    assert event["status"] == "occurred" and event["reviewed"] is True
    assert event["actors"] == ["Sergey Lavrov", "Shah Mahmood Qureshi"]
    assert event["sectors"] == ["Diplomacy"]
    [source] = event["sources"]
    assert source["article"] == {
        "title": "Lavrov in Islamabad",
        "outlet": "Dawn",
        "url": "https://dawn.test/lavrov",
        "published": "2021-04-08",
        "language": "en",
    }
    first, second = source["quotes"]
    assert first["quote"] == "Lavrov arrived on Tuesday, meeting Qureshi; talks followed."
    assert second["quote"] == "The visit was Lavrov's first in nine years."
    article_text = lavrov_visit.citations.first().article.text
    assert article_text[first["start"] : first["end"]] == first["quote"]
    assert first["permalink"].startswith("http://testserver/articles/")
    assert first["permalink"].endswith(f"?quote={first['start']}-{first['end']}#p-1")


def test_json_gives_a_missing_article_address_as_null(client):
    event = make_event("Talks")
    cite(event, make_article(url=""), "ISLAMABAD: Russian Foreign Minister Sergey Lavrov")
    [record] = json.loads(body(client.get("/events.json")))["events"]
    assert record["sources"][0]["article"]["url"] is None


# TimelineJS ---------------------------------------------------------------------------------


def test_timelinejs_spans_vague_events_over_their_whole_range(client, lavrov_visit):
    make_event("Cold war", start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade",
               value="198")  # fmt: skip
    make_event("Talks", start=D(2019, 6, 1), end=D(2019, 6, 30), precision="month",
               value="2019-06")  # fmt: skip
    decade, month, day = timelinejs(client)["events"]
    assert decade["start_date"] == {"year": "1980", "display_date": "1980s"}
    assert decade["end_date"] == {"year": "1989", "month": "12", "day": "31",
                                  "display_date": "1980s"}  # fmt: skip
    assert month["start_date"] == {"year": "2019", "month": "6", "display_date": "June 2019"}
    assert (month["end_date"]["month"], month["end_date"]["day"]) == ("6", "30")
    assert day["start_date"] == {"year": "2021", "month": "4", "day": "6",
                                 "display_date": "Tuesday 6 April 2021"}  # fmt: skip
    assert "end_date" not in day
    assert day["unique_id"] == f"event-{lavrov_visit.pk}"


def test_timelinejs_places_a_year_event_where_its_range_starts(client, lavrov_visit, commission):
    visit, plan = timelinejs(client)["events"]
    assert plan["start_date"] == {"year": "2021", "month": "4", "day": "9",
                                  "display_date": "2021"}  # fmt: skip
    assert plan["display_date"] == "2021"


def test_timelinejs_stacks_nothing_in_groups(client, lavrov_visit, commission):
    assert all("group" not in slide for slide in timelinejs(client)["events"])


def test_timelinejs_marks_planned_events(client, lavrov_visit, commission):
    visit, plan = timelinejs(client)["events"]
    assert plan["text"]["headline"].startswith("Planned: Two countries")
    assert "Planned for 2021; not known to have happened." in plan["text"]["text"]
    assert not visit["text"]["headline"].startswith("Planned")


def test_timelinejs_cuts_long_headlines_at_a_word_and_keeps_the_title_in_the_text(
    client, commission
):
    [plan] = timelinejs(client)["events"]
    headline = plan["text"]["headline"]
    assert headline == "Planned: Two countries to hold an intergovernmental commission…"
    assert len(headline) <= 65
    assert (
        "<strong>Two countries to hold an intergovernmental commission meeting in Moscow</strong>"
        in plan["text"]["text"]
    )


def test_timelinejs_escapes_titles_as_html(client):
    make_event("<b>Talks</b>")
    [slide] = timelinejs(client)["events"]
    assert slide["text"]["headline"] == "&lt;b&gt;Talks&lt;/b&gt;"


def test_timelinejs_links_each_article_once(client, lavrov_visit):
    [slide] = timelinejs(client)["events"]
    links = re.findall(r'<a href="([^"]+)">Dawn, 8 April 2021</a>', slide["text"]["text"])
    assert len(links) == 1 and "/articles/" in links[0]


def test_timelinejs_title_slide_links_the_same_events_as_a_list(client, lavrov_visit):
    title = timelinejs(client, actor="sergey-lavrov")["title"]
    assert title["text"]["headline"] == "Pakistan–Russia relations"
    assert 'href="http://testserver/?actor=sergey-lavrov"' in title["text"]["text"]


def test_timelinejs_says_when_nothing_matches(client, lavrov_visit):
    data = timelinejs(client, q="submarine", **{"from": "1990"})
    assert data["title"]["text"]["headline"] == "No events match these filters"
    # TimelineJS refuses a timeline without a slide: one says the same, in the filter's years.
    [slide] = data["events"]
    assert slide["text"]["headline"] == "No events match these filters"
    assert slide["start_date"] == {"year": "1990"}


# CSV ----------------------------------------------------------------------------------------


def test_csv_opens_as_utf8_with_sources_and_names(client, lavrov_visit):
    event = make_event("Forum – “energy”", start=D(2023, 6, 10), end=D(2023, 6, 11),
                       precision="week", value="2023-W23-WE", sectors=["energy"])  # fmt: skip
    cite(event, make_article(outlet="Tribune", url=""), "ISLAMABAD: Russian Foreign Minister")
    response = client.get("/events.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    visit, forum = csv_rows(client)
    assert visit["date"] == "Tuesday 6 April 2021"
    assert visit["actors"] == "Sergey Lavrov; Shah Mahmood Qureshi"
    assert visit["sectors"] == "Diplomacy"
    assert visit["source_count"] == "1"
    assert visit["sources"] == "Dawn, 8 April 2021, https://dawn.test/lavrov"
    assert forum["title"] == "Forum – “energy”"
    assert forum["value"] == "2023-W23-WE"
    assert forum["value_meaning"] == "weekend of 10–11 June 2023 (week precision)"
    # Without an address of its own, an article is linked to its page here.
    assert re.fullmatch(r"Tribune, 8 April 2021, http://testserver/articles/\d+/\?quote=.*",
                        forum["sources"])  # fmt: skip


def test_csv_defuses_formulas(client, lavrov_visit):
    make_event('=HYPERLINK("http://evil.test")', start=D(2022, 1, 1))
    titles = [row["title"] for row in csv_rows(client)]
    assert titles == ["Lavrov visits Islamabad", '\'=HYPERLINK("http://evil.test")']


# iCalendar ----------------------------------------------------------------------------------


def test_calendar_has_only_events_dated_to_a_day_or_a_week(client, lavrov_visit, commission):
    make_event("Forum, planned; in Moscow", start=D(2023, 6, 10), end=D(2023, 6, 11),
               precision="week", value="2023-W23-WE", status="planned")  # fmt: skip
    make_event("Cold war", start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade",
               value="198")  # fmt: skip
    parsed = calendar(client)
    assert "left out" in str(parsed["X-WR-CALDESC"]) and "vague=include" in str(
        parsed["X-WR-CALDESC"]
    )
    visit, forum = parsed.walk("VEVENT")
    assert (visit["DTSTART"].dt, visit["DTEND"].dt) == (D(2021, 4, 6), D(2021, 4, 7))
    assert str(visit["SUMMARY"]) == "Lavrov visits Islamabad"
    assert str(visit["STATUS"]) == "CONFIRMED"
    assert str(visit["URL"]) == f"http://testserver/events/{lavrov_visit.pk}/"
    # DTEND is exclusive: a weekend ends on the Monday.
    assert (forum["DTSTART"].dt, forum["DTEND"].dt) == (D(2023, 6, 10), D(2023, 6, 12))
    assert str(forum["SUMMARY"]) == "Planned: Forum, planned; in Moscow"
    assert str(forum["STATUS"]) == "TENTATIVE"


def test_calendar_takes_vaguer_events_when_asked(client, lavrov_visit, commission):
    visit, plan = calendar(client, vague="include").walk("VEVENT")
    assert (plan["DTSTART"].dt, plan["DTEND"].dt) == (D(2021, 4, 9), D(2022, 1, 1))
    assert "Planned for 2021" in str(plan["DESCRIPTION"])


def test_calendar_refuses_an_unknown_vague_value(client):
    response = client.get("/events.ics", {"vague": "yes"})
    assert response.status_code == 400
    assert "include" in body(response)


def test_calendar_ids_do_not_depend_on_the_host_name(client, lavrov_visit, settings):
    settings.ALLOWED_HOSTS = ["timeline.example.org", "127.0.0.1"]
    settings.SITE_DOMAIN = "timeline.example.org"
    uids = {
        host: [str(entry["UID"]) for entry in icalendar.Calendar.from_ical(
            body(client.get("/events.ics", headers={"host": host}))).walk("VEVENT")]
        for host in ["timeline.example.org", "127.0.0.1"]
    }  # fmt: skip
    assert (
        uids["127.0.0.1"]
        == uids["timeline.example.org"]
        == [f"event-{lavrov_visit.pk}@timeline.example.org"]
    )


def test_calendar_lines_fold_between_characters_and_escapes(client, lavrov_visit):
    # Commas, semicolons and backslashes are escaped: \, \; \\ must never straddle a fold,
    # nor may a two- or three-byte character.
    summary = "é,ж;\\" * 60 + "Lavrov, Qureshi; talks\n" * 5
    for shift in range(4):
        make_event(
            "x" * shift + "Talks, talks; talks", summary=summary, start=D(2022, 1, 1 + shift)
        )
    text = body(client.get("/events.ics"))
    lines = text.split("\r\n")
    assert lines[-1] == "" and lines[-2] == "END:VCALENDAR"
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert lines_ending_inside_an_escape(lines) == []
    entries = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert [str(entry["DESCRIPTION"]).endswith(summary) for entry in entries] == [False] + [
        True
    ] * 4


def lines_ending_inside_an_escape(lines: list[str]) -> list[str]:
    """Physical lines whose last character is a backslash still waiting for what it escapes."""
    split, waiting = [], False
    for line in lines:
        continued = line.startswith(" ")
        waiting = waiting and continued
        for char in line[1:] if continued else line:
            waiting = not waiting and char == "\\"
        if waiting:
            split.append(line)
    return split


def test_ics_folding_never_splits_a_character_or_an_escape():
    line = "DESCRIPTION:" + "ж\\\\" * 40
    folded = ics_fold(line)
    physical = folded.removesuffix("\r\n").split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert lines_ending_inside_an_escape(physical) == []
    assert folded.replace("\r\n ", "") == line + "\r\n"


# Atom ---------------------------------------------------------------------------------------


def test_atom_feed_has_an_author_and_keeps_the_filter_when_subscribed(client, lavrov_visit):
    make_event("Putin call", actors=["vladimir-putin"])
    parsed = feed(client, actor="sergey-lavrov")
    assert parsed.feed.author == "Pakistan–Russia relations timeline"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["self"] == "http://testserver/events.atom?actor=sergey-lavrov"
    assert links["alternate"] == "http://testserver/?actor=sergey-lavrov"
    [entry] = parsed.entries
    assert entry.title == "Tuesday 6 April 2021: Lavrov visits Islamabad"
    assert entry.link == f"http://testserver/events/{lavrov_visit.pk}/"


def test_atom_entries_are_dated_by_their_reports(client, lavrov_visit):
    later = make_article("Lavrov's visit was a success, officials said.\n", outlet="APP",
                         published=D(2021, 4, 12))  # fmt: skip
    cite(lavrov_visit, later, "Lavrov's visit was a success, officials said.")
    [entry] = feed(client).entries
    assert entry.published_parsed[:3] == (2021, 4, 8)
    assert entry.updated_parsed[:3] == (2021, 4, 12)
    assert entry.summary.count("Dawn, 8 April 2021") == 1


def test_atom_marks_planned_events(client, commission):
    [entry] = feed(client).entries
    assert entry.title.startswith("Planned for 2021: ")
    assert "Planned" in [tag.term for tag in entry.tags]


def test_atom_ids_do_not_depend_on_the_host_name(client, lavrov_visit, settings):
    settings.ALLOWED_HOSTS = ["timeline.example.org", "127.0.0.1"]
    settings.SITE_DOMAIN = "timeline.example.org"
    ids = [
        [entry.id for entry in feedparser.parse(
            body(client.get("/events.atom", headers={"host": host}))).entries]
        for host in ["timeline.example.org", "127.0.0.1"]
    ]  # fmt: skip
    assert ids[0] == ids[1] == [f"tag:timeline.example.org,2025:event-{lavrov_visit.pk}"]
