"""The current filter as JSON, TimelineJS JSON, CSV, iCalendar and Atom.

Every export takes the page's query string, validates it with EventFilterForm (a 400 with a
message, as JSON from the JSON exports) and uses the same queryset as the page, so an export
holds exactly the events the reader was looking at, in the page's order, each dated as the
page dates it.

Exports are capped at EXPORT_LIMIT events (10,000, set in views so the page can say so), the
earliest first, and streamed in chunks: even the largest export never holds more than
CHUNK_SIZE events in memory. The Atom feed is a feed, not an archive: it carries the
FEED_LIMIT most recently reported events. The calendar holds only events dated to a day, a
weekend or a week unless asked for the vaguer ones.

A source is an article: an article cited by several sentences of one event is one source,
linked once, its quotes listed under it.

The exports are public and read-only, so any site may fetch them (`Access-Control-Allow-Origin:
*`), e.g. to embed the TimelineJS export.
"""

import csv
import datetime as dt
import functools
import itertools
import json
import re
import textwrap

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F, Max, Min
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html, format_html_join

from timeline.cards import with_details
from timeline.display import DAY, MONTH, QUARTER, SEASON, WEEK
from timeline.forms import EventFilterForm
from timeline.models import Event
from timeline.templatetags.timeline_tags import event_date
from timeline.views import EXPORT_LIMIT

CHUNK_SIZE = 500
FEED_LIMIT = 100
# TimelineJS shows a marker's headline on two lines at most: longer titles are cut.
HEADLINE_LENGTH = 65
# A calendar grid has days: an event known only to a month or a decade would fill it.
CALENDAR_PRECISIONS = (DAY, WEEK)
CALENDAR_DESCRIPTION = (
    "Events of Pakistan–Russia relations dated to a day, a weekend or a week, as all-day "
    "events. Events known only to a month, season, year or decade are left out; add "
    "vague=include to the address to have them as all-day events over their whole range."
)
# Tag URIs (RFC 4151) need a date on which the name was held; any fixed date keeps ids stable.
TAG_DATE = "2025"


def filters_refused(form, *, as_json=False) -> HttpResponse:
    if as_json:
        fields = {name: list(errors) for name, errors in form.errors.items() if name != "__all__"}
        return JsonResponse({"error": form.error_text, "fields": fields}, status=400)
    return HttpResponse(
        f"These filters cannot be applied: {form.error_text}\n",
        status=400, content_type="text/plain; charset=utf-8",
    )  # fmt: skip


def readable_anywhere(view):
    """Let pages on other sites fetch this public, read-only export."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def filtered_export(*, as_json=False):
    """Validate the filter; call `export(request, form, events)` with the filter's events."""

    def decorate(export):
        @readable_anywhere
        @functools.wraps(export)
        def view(request):
            form = EventFilterForm(request.GET)
            if not form.is_valid():
                return filters_refused(form, as_json=as_json)
            return export(request, form, form.events())

        return view

    return decorate


def each(events):
    """The first EXPORT_LIMIT events with their details, CHUNK_SIZE at a time."""
    return with_details(events)[:EXPORT_LIMIT].iterator(chunk_size=CHUNK_SIZE)


def permalink(request, citation) -> str:
    """The article page marking the quote; offsets stay valid as long as the article exists."""
    path = reverse("article-detail", args=[citation.article_id])
    fragment = citation.passage.anchor
    return request.build_absolute_uri(
        f"{path}?quote={citation.quote_start}-{citation.quote_end}#{fragment}"
    )


def source_name(article) -> str:
    return f"{article.outlet}, {article.published.day} {article.published:%B %Y}"


def sources_html(request, event) -> str:
    """'Sources: Dawn, 8 April 2021; …', each article linked once, to its first cited sentence."""
    links = format_html_join(
        "; ", '<a href="{}">{}</a>',
        ((permalink(request, source.first_citation), source_name(source.article))
         for source in event.sources),
    )  # fmt: skip
    return format_html("<p>Sources: {}</p>", links) if links else ""


def event_url(request, event) -> str:
    return request.build_absolute_uri(event.get_absolute_url())


def tag_uri(specific: str) -> str:
    """An id that stays the same whichever host name the export was fetched through."""
    return f"tag:{settings.SITE_DOMAIN},{TAG_DATE}:{specific}"


def planned(event) -> bool:
    return event.status == Event.Status.PLANNED


def planned_note(when: str) -> str:
    return f"Planned for {when}; not known to have happened."


# JSON -----------------------------------------------------------------------------------------


def event_record(request, event) -> dict:
    return {
        "id": event.pk,
        "title": event.title,
        "summary": event.summary,
        "value": event.value,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "precision": event.precision,
        "date": event_date(event),
        "status": event.status,
        "reviewed": event.reviewed,
        "url": event_url(request, event),
        "actors": [actor.name for actor in event.actors.all()],
        "sectors": [sector.name for sector in event.sectors.all()],
        "sources": [
            {
                "article": {
                    "title": source.article.title,
                    "outlet": source.article.outlet,
                    "url": source.article.url or None,
                    "published": source.article.published.isoformat(),
                    "language": source.article.language,
                },
                "quotes": [
                    {
                        "quote": citation.quote_text,
                        "start": citation.quote_start,
                        "end": citation.quote_end,
                        "permalink": permalink(request, citation),
                    }
                    for citation in source.citations
                ],
            }
            for source in event.sources
        ],
    }


def json_stream(head: str, items, tail: str):
    yield head
    for index, item in enumerate(items):
        yield ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield tail


@filtered_export(as_json=True)
def events_json(request, form, events):
    records = (event_record(request, event) for event in each(events))
    return StreamingHttpResponse(
        json_stream('{"events": [', records, "\n]}\n"), content_type="application/json"
    )


# TimelineJS -----------------------------------------------------------------------------------


def unit_starts_on(day: dt.date, precision: str) -> bool:
    """Whether `day` opens the month (or year) an event of this precision is counted in."""
    if precision in (MONTH, QUARTER, SEASON):
        return day.day == 1
    return (day.month, day.day) == (1, 1)


def timelinejs_start(day: dt.date, precision: str) -> dict:
    """The start as TimelineJS reads it: the year alone places it on 1 January, and shows
    only the year. Parts finer than the precision are left out when they add nothing, kept
    when the range starts later ("later this year" from 9 April), so TimelineJS orders the
    event where the page does."""
    parts = {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    if precision in (DAY, WEEK) or not unit_starts_on(day, precision):
        return parts
    if precision in (MONTH, QUARTER, SEASON):
        return {"year": parts["year"], "month": parts["month"]}
    return {"year": parts["year"]}


def short_headline(title: str, room: int) -> str:
    """The title cut at a word boundary to fit `room` characters, with an ellipsis."""
    if len(title) <= room:
        return title
    shortened = textwrap.shorten(title, width=room, placeholder="…", break_on_hyphens=False)
    # A single word longer than the room leaves only the placeholder: cut inside it then.
    return shortened if shortened != "…" else title[: room - 1] + "…"


def timelinejs_slide(request, event) -> dict:
    when = event_date(event)
    prefix = "Planned: " if planned(event) else ""
    headline = prefix + short_headline(event.title, HEADLINE_LENGTH - len(prefix))
    paragraphs = []
    if headline != prefix + event.title:
        paragraphs.append(format_html("<p><strong>{}</strong></p>", event.title))
    if planned(event):
        paragraphs.append(format_html("<p><em>{}</em></p>", planned_note(when)))
    if event.summary:
        paragraphs.append(format_html("<p>{}</p>", event.summary))
    paragraphs.append(sources_html(request, event))
    paragraphs.append(
        format_html('<p><a href="{}">On the timeline</a></p>', event_url(request, event))
    )
    slide = {
        "start_date": timelinejs_start(event.start_date, event.precision) | {"display_date": when},
        "display_date": when,
        # TimelineJS renders headline and text as HTML.
        "text": {"headline": escape(headline), "text": "".join(paragraphs)},
        "unique_id": f"event-{event.pk}",
    }
    if event.end_date != event.start_date:
        # The last day itself: a year-only end would mean 1 January, cutting the span short.
        end = event.end_date
        slide["end_date"] = {"year": str(end.year), "month": str(end.month), "day": str(end.day),
                             "display_date": when}  # fmt: skip
    return slide


def nothing_matches(request, form) -> tuple[dict, dict]:
    """A title slide and one slide saying so: TimelineJS refuses a timeline without events."""
    everything = request.build_absolute_uri(reverse("timeline"))
    text = {
        "headline": "No events match these filters",
        "text": format_html(
            '<p>Nothing on the timeline matches this filter.</p><p><a href="{}">See every event'
            "</a></p>", everything,
        ),
    }  # fmt: skip
    data = form.cleaned_data
    year = data["from"] or data["to"] or timezone.localdate().year
    return {"text": text}, {
        "start_date": {"year": str(year)},
        "text": text,
        "unique_id": "no-events",
    }


def timelinejs_title(request, form) -> dict:
    return {
        "text": {
            "headline": "Pakistan–Russia relations",
            "text": format_html(
                '<p>Events dated from news reports, each linked to its sources.</p><p><a href="{}">'
                "The same events as a list</a></p>",
                request.build_absolute_uri(reverse("timeline") + query_suffix(form)),
            ),
        }
    }


def query_suffix(form) -> str:
    query = form.query_string()
    return f"?{query}" if query else ""


@filtered_export(as_json=True)
def events_timelinejs(request, form, events):
    slides = (timelinejs_slide(request, event) for event in each(events))
    first = next(slides, None)
    if first is None:
        title, placeholder = nothing_matches(request, form)
        data = {"title": title, "events": [placeholder]}
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    title = timelinejs_title(request, form)
    head = '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    stream = json_stream(head, itertools.chain([first], slides), "\n]}\n")
    return StreamingHttpResponse(stream, content_type="application/json")


# CSV ------------------------------------------------------------------------------------------


CSV_COLUMNS = [
    "id", "date", "start_date", "end_date", "precision", "value", "value_meaning", "status",
    "reviewed", "title", "summary", "actors", "sectors", "source_count", "sources", "url",
]  # fmt: skip


def spreadsheet_safe(text: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class LineBuffer:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value


def csv_sources(request, sources) -> str:
    """'Dawn, 8 April 2021, https://…; …': the article's own address, else its page here."""
    return "; ".join(
        f"{source_name(source.article)}, "
        f"{source.article.url or permalink(request, source.first_citation)}"
        for source in sources
    )


def csv_row(request, event) -> list:
    when = event_date(event)
    sources = event.sources
    return [
        event.pk,
        when,
        event.start_date.isoformat(),
        event.end_date.isoformat(),
        event.precision,
        event.value,
        f"{when} ({event.precision} precision)",
        event.status,
        "yes" if event.reviewed else "no",
        spreadsheet_safe(event.title),
        spreadsheet_safe(event.summary),
        spreadsheet_safe("; ".join(actor.name for actor in event.actors.all())),
        spreadsheet_safe("; ".join(sector.name for sector in event.sectors.all())),
        len(sources),
        spreadsheet_safe(csv_sources(request, sources)),
        event_url(request, event),
    ]


@filtered_export()
def events_csv(request, form, events):
    writer = csv.writer(LineBuffer())

    def rows():
        # The byte order mark tells Excel the file is UTF-8, not the system's code page.
        yield "\ufeff" + writer.writerow(CSV_COLUMNS)
        for event in each(events):
            yield writer.writerow(csv_row(request, event))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pakistan-russia-events.csv"'
    return response


# iCalendar ------------------------------------------------------------------------------------


ESCAPE_OR_CHARACTER = re.compile(r"\\.|.", re.DOTALL)


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character or an
    escape: icalendar's own folding can split an escaped backslash across two lines."""
    parts, current, size, limit = [], [], 0, 75
    for unit in ESCAPE_OR_CHARACTER.findall(line):
        width = len(unit.encode("utf-8"))
        if current and size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # the leading space of a continuation is an octet
        current.append(unit)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def ics_text(component, *, leave_open=False) -> str:
    """The component's content lines as written by icalendar, folded by ics_fold."""
    end = f"END:{component.name}"
    lines = [
        line for line in component.content_lines() if line and not (leave_open and line == end)
    ]
    return "".join(map(ics_fold, lines))


def calendar_description(event) -> str:
    when = event_date(event)
    sources = "; ".join(source_name(source.article) for source in event.sources)
    parts = [
        planned_note(when) if planned(event) else when,
        event.summary,
        f"Sources: {sources}" if sources else "",
    ]
    return "\n\n".join(part for part in parts if part)


def calendar_entry(request, event) -> icalendar.Event:
    entry = icalendar.Event()
    entry.add("uid", f"event-{event.pk}@{settings.SITE_DOMAIN}")
    entry.add("dtstamp", event.updated_at)
    entry.add("last-modified", event.updated_at)
    entry.add("dtstart", event.start_date)
    if event.end_date < dt.date.max:  # DTEND is exclusive: the day after the last day
        entry.add("dtend", event.end_date + dt.timedelta(days=1))
    entry.add("summary", ("Planned: " if planned(event) else "") + event.title)
    entry.add("description", calendar_description(event))
    entry.add("url", event_url(request, event))
    entry.add("status", "TENTATIVE" if planned(event) else "CONFIRMED")
    entry.add("transp", "TRANSPARENT")
    return entry


def calendar_head() -> str:
    """The calendar's opening lines, left open for the events to be streamed into it."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Pakistan-Russia relations timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", "Pakistan–Russia relations")
    calendar.add("x-wr-calname", "Pakistan–Russia relations")
    calendar.add("description", CALENDAR_DESCRIPTION)
    calendar.add("x-wr-caldesc", CALENDAR_DESCRIPTION)
    return ics_text(calendar, leave_open=True)


@filtered_export()
def events_ics(request, form, events):
    vague = request.GET.get("vague", "")
    if vague not in ("", "include"):
        return HttpResponse(
            "vague: the only value is “include” (events dated more vaguely than a week).\n",
            status=400, content_type="text/plain; charset=utf-8",
        )  # fmt: skip
    if not vague:
        events = events.filter(precision__in=CALENDAR_PRECISIONS)

    def lines():
        yield calendar_head()
        for event in each(events):
            yield ics_text(calendar_entry(request, event))
        yield "END:VCALENDAR\r\n"

    response = StreamingHttpResponse(lines(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pakistan-russia-events.ics"'
    return response


# Atom -----------------------------------------------------------------------------------------


def midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


class EventFeed(Feed):
    """Events newest report first: an entry is published when the first article reported the
    event and updated when the latest did, so a new report brings it back to the top."""

    feed_type = Atom1Feed
    title = "Pakistan–Russia relations timeline"
    subtitle = "Events dated from news reports, each linked to the sentences that report it."
    author_name = "Pakistan–Russia relations timeline"

    def __init__(self, form, events, request):
        super().__init__()
        self.form, self.events, self.request = form, events, request

    def link(self):
        return reverse("timeline") + query_suffix(self.form)

    def feed_url(self):
        # Subscribing to a filtered feed must keep the filter.
        return reverse("events-atom") + query_suffix(self.form)

    def feed_guid(self):
        return tag_uri("events" + query_suffix(self.form))

    def items(self):
        newest = self.events.annotate(
            first_reported=Min("citations__article__published"),
            last_reported=Max("citations__article__published"),
        )
        newest = newest.order_by(F("last_reported").desc(nulls_last=True), "-start_date", "-pk")
        return with_details(newest)[:FEED_LIMIT]

    def item_title(self, item):
        when = event_date(item)
        return f"Planned for {when}: {item.title}" if planned(item) else f"{when}: {item.title}"

    def item_description(self, item):
        # Feed readers treat the description as HTML.
        summary = format_html("<p>{}</p>", item.summary) if item.summary else ""
        return summary + sources_html(self.request, item)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return tag_uri(f"event-{item.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return midnight(item.first_reported or item.start_date)

    def item_updateddate(self, item):
        return midnight(item.last_reported or item.start_date)

    def item_categories(self, item):
        status = ["Planned"] if planned(item) else []
        return (
            status
            + [actor.name for actor in item.actors.all()]
            + [sector.name for sector in item.sectors.all()]
        )


@filtered_export()
def events_atom(request, form, events):
    return EventFeed(form, events, request)(request)
