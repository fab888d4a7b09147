import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from timeline.exports import ics_fold
from timeline.tests.factories import cite, make_article, make_event

pytestmark = pytest.mark.django_db
D = dt.date
ATOM = "{http://www.w3.org/2005/Atom}"


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


@pytest.fixture
def lavrov_visit():
    article = make_article(
        "ISLAMABAD, April 8: Lavrov arrived on Tuesday, meeting Qureshi; talks followed.\n",
        title="Lavrov in Islamabad", outlet="Dawn", url="https://dawn.test/lavrov",
    )  # fmt: skip
    event = make_event(
        "Lavrov visits Islamabad", summary="First visit in nine years.", start=D(2021, 4, 6),
        actors=["sergey-lavrov", "shah-mahmood-qureshi"], sectors=["diplomacy"], reviewed=True,
    )  # fmt: skip
    cite(event, article, "Lavrov arrived on Tuesday, meeting Qureshi; talks followed.",
         date_expression="on Tuesday")  # fmt: skip
    return event


def unfolded_ics_lines(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")


def vevents(text: str) -> list[dict]:
    events, current = [], None
    for line in unfolded_ics_lines(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_json_export_has_events_with_their_sources(client, lavrov_visit):
    response = client.get("/events.json")
    assert response["Content-Type"] == "application/json"
    [event] = json.loads(body(response))["events"]
    assert event["id"] == lavrov_visit.pk
    assert event["title"] == "Lavrov visits Islamabad"
    assert (event["start_date"], event["end_date"], event["precision"]) == (
        "2021-04-06", "2021-04-06", "day",
    )  # fmt: skip
    assert event["status"] == "occurred" and event["reviewed"] is True
    assert event["actors"] == ["Sergey Lavrov", "Shah Mahmood Qureshi"]
    assert event["sectors"] == ["diplomacy"]
    [source] = event["sources"]
    assert source["article"] == {
        "title": "Lavrov in Islamabad",
        "outlet": "Dawn",
        "url": "https://dawn.test/lavrov",
        "published": "2021-04-08",
        "language": "en",
    }
    assert source["quote"] == "Lavrov arrived on Tuesday, meeting Qureshi; talks followed."
    article_text = lavrov_visit.citations.get().article.text
    assert article_text[source["start"] : source["end"]] == source["quote"]
    assert source["permalink"].startswith("http://testserver/articles/")
    assert source["permalink"].endswith(f"?quote={source['start']}-{source['end']}#p-1")


def test_exports_follow_the_filter(client, lavrov_visit):
    make_event("Putin call", actors=["vladimir-putin"])
    events = json.loads(body(client.get("/events.json", {"actor": "vladimir-putin"})))["events"]
    assert [event["title"] for event in events] == ["Putin call"]


def test_exports_leave_out_unpublished_events(client, lavrov_visit):
    make_event("Draft event", published=False)
    assert "Draft event" not in body(client.get("/events.json"))
    assert "Draft event" not in body(client.get("/events.timelinejs.json"))
    assert "Draft event" not in body(client.get("/events.csv"))
    assert "Draft event" not in body(client.get("/events.ics"))
    assert "Draft event" not in body(client.get("/events.atom"))


@pytest.mark.parametrize(
    "url", ["/events.json", "/events.timelinejs.json", "/events.csv", "/events.ics", "/events.atom"]
)
def test_exports_reject_an_invalid_filter_with_a_400(client, url):
    response = client.get(url, {"from": "soon"})
    assert response.status_code == 400
    assert "from" in body(response)


def test_timelinejs_dates_carry_only_the_events_precision(client, lavrov_visit):
    make_event("Cold war", start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade",
               value="198")  # fmt: skip
    make_event("<b>Talks</b>", start=D(2019, 6, 1), end=D(2019, 6, 30), precision="month")
    data = json.loads(body(client.get("/events.timelinejs.json")))
    assert data["title"]["text"]["headline"] == "Pakistan–Russia relations"
    decade, month, day = data["events"]
    assert decade["start_date"] == {"year": "1980"} and decade["end_date"] == {"year": "1989"}
    assert decade["group"] == "1980s"
    assert month["start_date"] == {"year": "2019", "month": "6"} and "end_date" not in month
    assert month["text"]["headline"] == "&lt;b&gt;Talks&lt;/b&gt;"
    assert day["start_date"] == {"year": "2021", "month": "4", "day": "6"}
    assert day["unique_id"] == f"event-{lavrov_visit.pk}"
    assert day["group"] == "2021"


def test_csv_export_parses_and_defuses_formulas(client, lavrov_visit):
    make_event("=HYPERLINK(\"http://evil.test\")", start=D(2022, 1, 1))
    response = client.get("/events.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [row["title"] for row in rows] == [
        "Lavrov visits Islamabad", "'=HYPERLINK(\"http://evil.test\")",
    ]  # fmt: skip
    assert rows[0]["date"] == "Tuesday 6 April 2021"
    assert rows[0]["actors"] == "Sergey Lavrov; Shah Mahmood Qureshi"
    assert rows[0]["sources"] == "1"


def test_ics_export_has_all_day_events_with_exclusive_end(client, lavrov_visit):
    make_event(
        "Forum, planned; in Moscow", start=D(2023, 6, 10), end=D(2023, 6, 11), precision="week",
        status="planned", summary="Line one\nLine two " + "é" * 80,
    )  # fmt: skip
    text = body(client.get("/events.ics"))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    visit, forum = vevents(text)
    assert visit["DTSTART;VALUE=DATE"] == "20210406"
    assert visit["DTEND;VALUE=DATE"] == "20210407"
    assert visit["SUMMARY"] == "Lavrov visits Islamabad"
    assert visit["UID"] == f"event-{lavrov_visit.pk}@testserver"
    assert visit["URL"] == f"http://testserver/events/{lavrov_visit.pk}/"
    assert len(visit["DTSTAMP"]) == 16 and visit["DTSTAMP"].endswith("Z")
    assert forum["DTSTART;VALUE=DATE"] == "20230610"
    assert forum["DTEND;VALUE=DATE"] == "20230612"
    assert forum["SUMMARY"] == "Planned: Forum\\, planned\\; in Moscow"
    assert "Line one\\nLine two " + "é" * 80 in forum["DESCRIPTION"]


def test_ics_folding_never_splits_a_character():
    folded = ics_fold("DESCRIPTION:" + "ж" * 100)
    assert folded.endswith("\r\n")
    for line in folded[:-2].split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "ж" * 100 + "\r\n"


def test_atom_feed_lists_the_filtered_events(client, lavrov_visit):
    make_event("Putin call", actors=["vladimir-putin"])
    response = client.get("/events.atom", {"actor": "sergey-lavrov"})
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Tuesday 6 April 2021: Lavrov visits Islamabad"
    link = entry.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/events/{lavrov_visit.pk}/"
    alternate = feed.find(f"{ATOM}link").get("href")
    assert alternate == "http://testserver/?actor=sergey-lavrov"
