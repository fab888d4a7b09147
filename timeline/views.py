import itertools

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from timeline.caching import cache_public_response
from timeline.cards import focused, with_cards, with_details
from timeline.chart import year_chart_svg
from timeline.counts import filter_counts
from timeline.display import group_label
from timeline.forms import EventFilterForm
from timeline.models import Event

PAGE_SIZE = 50
# Exports stop here, earliest events first; the page says so when a filter gives more.
EXPORT_LIMIT = 10_000


def page_after(events, cursor, *, focus_first=False):
    """Up to PAGE_SIZE events after the cursor event (keyset paging), and whether more follow.

    `focus_first`: the page is appended in place ("Load more"), so its first event takes
    the reader's focus.
    """
    if cursor is not None:
        events = events.filter(
            Q(start_date__gt=cursor.start_date)
            | Q(start_date=cursor.start_date, end_date__gt=cursor.end_date)
            | Q(start_date=cursor.start_date, end_date=cursor.end_date, pk__gt=cursor.pk),
            start_date__gte=cursor.start_date,
        )
    # with_cards reads the page's ids first, from an index that holds every filter column,
    # then the cards of those events alone.
    page = with_cards(events[: PAGE_SIZE + 1])
    if focus_first and page:
        page[0].card_html = focused(page[0].card_html)
    return page[:PAGE_SIZE], len(page) > PAGE_SIZE


def grouped(events, continued_label=""):
    """[(heading, continued, events)] in order; `continued` when the previous page ended there."""
    groups = []
    for label, members in itertools.groupby(
        events, key=lambda event: group_label(event.start_date, event.precision)
    ):
        groups.append((label, label == continued_label and not groups, list(members)))
    return groups


def count_html(count: int, estimated: bool) -> str:
    """A choice's count as the filters show it; a screen reader hears what it counts."""
    # Built here, not included from a template: a page shows about eighty of them, and
    # eighty template includes cost more than the rest of the partial.
    about, note = ("≈", ", estimated") if estimated else ("", "")
    return mark_safe(  # an integer and fixed words: nothing to escape
        f'{about}{count}<span class="visually-hidden"> event{"" if count == 1 else "s"}'
        f"{note}</span>"
    )


def count_updates_html(context) -> str:
    """The partial's out-of-band updates of each actor's and sector's count in the filters."""
    # Built here for the reason count_html gives.
    choices = [("actor", choice) for choice in context["actor_options"]]
    choices += [("sector", choice) for choice in context["sector_options"]]
    return mark_safe("".join(
        f'<span id="{kind}-{escape(choice["slug"])}-count" hx-swap-oob="innerHTML">'
        f'{choice["count_html"]}</span>\n'
        for kind, choice in choices
    ))  # fmt: skip


def options(rows, counts, selected, estimated=False):
    """Every choice with how many events it would leave, the most useful first."""
    choices = [
        {"slug": row.slug, "name": row.name, "count": counts.get(row.pk, 0),
         "checked": row.slug in selected}
        for row in rows
    ]  # fmt: skip
    for choice in choices:
        choice["count_html"] = count_html(choice["count"], estimated)
    return sorted(choices, key=lambda choice: (-choice["count"], choice["name"]))


def year_chart(counts: dict[int, int], form, estimated: bool):
    """An inline SVG chart of events per year, each bar a link that filters to its year."""
    if not counts:
        return None
    path = reverse("timeline")
    year_query = form.year_query_string()
    svg = year_chart_svg(counts, lambda year: f"{path}?{year_query(year)}", estimated)
    # Every text in it is escaped by year_chart_svg.
    return {"svg": mark_safe(svg), "first": min(counts), "last": max(counts)}


def invalid_filter(request, form, partial):
    context = {
        "form": form,
        "error": form.error_text,
        "partial": partial,
        "actor_options": options(form.actors, {}, form.data.getlist("actor")),
        "sector_options": options(form.sectors, {}, form.data.getlist("sector")),
    }
    if partial:
        context["count_updates"] = count_updates_html(context)
    template = "timeline/_events.html" if partial else "timeline/index.html"
    return render(request, template, context, status=400)


@vary_on_headers("HX-Request", "HX-History-Restore-Request")
@cache_public_response
def timeline(request):
    form = EventFilterForm(request.GET)
    # A history restore asks for the whole page, even though htmx sends it.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    if not form.is_valid():
        return invalid_filter(request, form, partial)

    data = form.cleaned_data
    events = form.events()
    cursor = None
    if data["after"] is not None:
        cursor = Event.objects.published().filter(pk=data["after"]).first()
        if cursor is None:
            form.add_error("after", "That page no longer exists: start again from the top.")
            return invalid_filter(request, form, partial)
    page, has_more = page_after(events, cursor, focus_first=partial and cursor is not None)
    continued = group_label(cursor.start_date, cursor.precision) if cursor else ""
    context = {
        "form": form,
        "partial": partial,
        "groups": grouped(page, continued),
        "next_query": form.query_string(after=page[-1].pk) if has_more and page else "",
        "query": form.query_string(),
        "cursor": cursor,
        "export_limit": EXPORT_LIMIT,
    }
    if partial and cursor:
        # "Load more": only the next events, appended in place of the link.
        return render(request, "timeline/_page.html", context)

    counts = filter_counts(form)
    context |= {
        "total": counts.total,
        "estimated": counts.estimated,
        "chart": year_chart(counts.per_year, form, counts.estimated),
        "actor_options": options(form.actors, counts.actors, data["actor"], counts.estimated),
        "sector_options": options(form.sectors, counts.sectors, data["sector"], counts.estimated),
    }
    if partial:
        # A chart bar changes the years from outside the form: send the form its new values.
        context["sync_years"] = request.htmx.trigger != "filters"
        context["count_updates"] = count_updates_html(context)
        response = render(request, "timeline/_events.html", context)
        return push_url(response, f"{request.path}?{context['query']}".rstrip("?"))
    return render(request, "timeline/index.html", context)


def event_detail(request, pk):
    event = get_object_or_404(with_details(Event.objects.published()), pk=pk)
    return render(request, "timeline/event_detail.html", {"event": event})


def story(request):
    """The filtered events as TimelineJS slides, for readers who prefer slides to a list."""
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return render(request, "timeline/story.html", {"error": form.error_text}, status=400)
    return render(request, "timeline/story.html", {"query": form.query_string()})
