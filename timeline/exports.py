"""The current filter as JSON, TimelineJS JSON, CSV, iCalendar and Atom.

Every export takes the page's query string, validates it with EventFilterForm (a 400 with a
plain-text message when invalid) and uses the same queryset as the page, so an export holds
exactly the events the reader was looking at.

Exports are capped at EXPORT_LIMIT events (10,000, set in views so the page can say so), the
earliest first, and streamed in chunks: even the largest export never holds more than
CHUNK_SIZE events in memory. The Atom feed is a feed,
not an archive: it carries the FEED_LIMIT most recently changed events.
"""

import csv
import datetime as dt
import functools
import json

from django.contrib.syndication.views import Feed
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html

from timeline.display import DAY, MONTH, QUARTER, SEASON, WEEK, format_event_date, group_label
from timeline.forms import EventFilterForm
from timeline.views import EXPORT_LIMIT, with_details

CHUNK_SIZE = 500
FEED_LIMIT = 100


def filters_refused(form) -> HttpResponse:
    return HttpResponse(
        f"These filters cannot be applied: {form.error_text}\n",
        status=400, content_type="text/plain; charset=utf-8",
    )


def filtered_export(export):
    """Validate the filter; call `export(request, form, events)` with the capped queryset."""

    @functools.wraps(export)
    def view(request):
        form = EventFilterForm(request.GET)
        if not form.is_valid():
            return filters_refused(form)
        return export(request, form, with_details(form.events())[:EXPORT_LIMIT])

    return view


def each(events):
    return events.iterator(chunk_size=CHUNK_SIZE)


def permalink(request, citation) -> str:
    """The article page marking the quote; offsets stay valid as long as the article exists."""
    path = reverse("article-detail", args=[citation.article_id])
    fragment = citation.passage.anchor
    return request.build_absolute_uri(
        f"{path}?quote={citation.quote_start}-{citation.quote_end}#{fragment}"
    )


def event_record(request, event) -> dict:
    return {
        "id": event.pk,
        "title": event.title,
        "summary": event.summary,
        "value": event.value,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "precision": event.precision,
        "date": format_event_date(event.start_date, event.end_date, event.precision, event.value),
        "status": event.status,
        "reviewed": event.reviewed,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "actors": [actor.name for actor in event.actors.all()],
        "sectors": [sector.slug for sector in event.sectors.all()],
        "sources": [
            {
                "article": {
                    "title": citation.article.title,
                    "outlet": citation.article.outlet,
                    "url": citation.article.url,
                    "published": citation.article.published.isoformat(),
                    "language": citation.article.language,
                },
                "quote": citation.quote_text,
                "start": citation.quote_start,
                "end": citation.quote_end,
                "permalink": permalink(request, citation),
            }
            for citation in event.citations.all()
        ],
    }


def json_stream(head: str, items, tail: str):
    yield head
    for index, item in enumerate(items):
        yield ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield tail


@filtered_export
def events_json(request, form, events):
    records = (event_record(request, event) for event in each(events))
    return StreamingHttpResponse(
        json_stream('{"events": [', records, "\n]}\n"), content_type="application/json"
    )


def timelinejs_date(date: dt.date, precision: str) -> dict:
    """A TimelineJS date object carrying no more detail than the event's precision."""
    parts = {"year": str(date.year)}
    if precision in (DAY, WEEK, MONTH, QUARTER, SEASON):
        parts["month"] = str(date.month)
    if precision in (DAY, WEEK):
        parts["day"] = str(date.day)
    return parts


def timelinejs_slide(request, event) -> dict:
    start = timelinejs_date(event.start_date, event.precision)
    end = timelinejs_date(event.end_date, event.precision)
    # TimelineJS renders headline and text as HTML.
    sources = ", ".join(
        format_html('<a href="{}">{}</a>', permalink(request, citation), citation.article.outlet)
        for citation in event.citations.all()
    )
    text = escape(event.summary) + (f"<p>Sources: {sources}</p>" if sources else "")
    slide = {
        "start_date": start,
        "display_date": format_event_date(
            event.start_date, event.end_date, event.precision, event.value
        ),
        "text": {"headline": escape(event.title), "text": text},
        "group": group_label(event.start_date, event.precision),
        "unique_id": f"event-{event.pk}",
    }
    if end != start:
        slide["end_date"] = end
    return slide


@filtered_export
def events_timelinejs(request, form, events):
    title = {
        "text": {
            "headline": "Pakistan–Russia relations",
            "text": "Events dated from news reports, each linked to its sources.",
        }
    }
    head = '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    slides = (timelinejs_slide(request, event) for event in each(events))
    return StreamingHttpResponse(
        json_stream(head, slides, "\n]}\n"), content_type="application/json"
    )


CSV_COLUMNS = [
    "id", "date", "start_date", "end_date", "precision", "value", "status", "reviewed",
    "title", "summary", "actors", "sectors", "sources", "url",
]  # fmt: skip


def spreadsheet_safe(text: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class LineBuffer:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value


@filtered_export
def events_csv(request, form, events):
    writer = csv.writer(LineBuffer())

    def rows():
        yield writer.writerow(CSV_COLUMNS)
        for event in each(events):
            yield writer.writerow([
                event.pk,
                format_event_date(event.start_date, event.end_date, event.precision, event.value),
                event.start_date.isoformat(),
                event.end_date.isoformat(),
                event.precision,
                event.value,
                event.status,
                "yes" if event.reviewed else "no",
                spreadsheet_safe(event.title),
                spreadsheet_safe(event.summary),
                spreadsheet_safe("; ".join(actor.name for actor in event.actors.all())),
                "; ".join(sector.slug for sector in event.sectors.all()),
                len({citation.article_id for citation in event.citations.all()}),
                request.build_absolute_uri(event.get_absolute_url()),
            ])  # fmt: skip

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pakistan-russia-events.csv"'
    return response


def ics_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    parts, current, size = [], [], 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # the leading space of a continuation is an octet
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def ics_event(request, event) -> list[str]:
    stamp = event.updated_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    when = format_event_date(event.start_date, event.end_date, event.precision, event.value)
    description = "\n\n".join(
        part
        for part in [
            f"{when} ({event.precision} precision)",
            event.summary,
            "Sources: " + "; ".join(
                f"{citation.article.outlet}, {citation.article.published:%d %b %Y}"
                for citation in event.citations.all()
            ) if event.citations.all() else "",
        ]
        if part
    )  # fmt: skip
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{request.get_host()}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
    ]
    if event.end_date < dt.date.max:  # DTEND is exclusive: the day after the last day
        lines.append(f"DTEND;VALUE=DATE:{event.end_date + dt.timedelta(days=1):%Y%m%d}")
    lines += [
        f"SUMMARY:{ics_text(('Planned: ' if event.status == 'planned' else '') + event.title)}",
        f"DESCRIPTION:{ics_text(description)}",
        f"URL:{request.build_absolute_uri(event.get_absolute_url())}",
        "STATUS:TENTATIVE" if event.status == "planned" else "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


@filtered_export
def events_ics(request, form, events):
    def lines():
        yield from map(ics_fold, [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Pakistan-Russia relations timeline//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{ics_text('Pakistan–Russia relations')}",
        ])  # fmt: skip
        for event in each(events):
            yield "".join(map(ics_fold, ics_event(request, event)))
        yield ics_fold("END:VCALENDAR")

    response = StreamingHttpResponse(lines(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pakistan-russia-events.ics"'
    return response


class EventFeed(Feed):
    feed_type = Atom1Feed
    title = "Pakistan–Russia relations timeline"
    subtitle = "Events dated from news reports, each linked to the sentences that report it."

    def __init__(self, form):
        super().__init__()
        self.form = form

    def link(self):
        query = self.form.query_string()
        return reverse("timeline") + (f"?{query}" if query else "")

    def items(self):
        newest = self.form.events().order_by("-updated_at", "-pk")
        return with_details(newest)[:FEED_LIMIT]

    def item_title(self, item):
        when = format_event_date(item.start_date, item.end_date, item.precision, item.value)
        return f"{when}: {item.title}"

    def item_description(self, item):
        return escape(item.summary)  # feed readers treat the summary as HTML

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [actor.name for actor in item.actors.all()] + [
            sector.name for sector in item.sectors.all()
        ]


def events_atom(request):
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return filters_refused(form)
    return EventFeed(form)(request)
