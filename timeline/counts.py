"""The counts shown beside a filter: its total, events per year, and per actor and sector.

A filter without words or a language and with at most one actor or sector can cover most
of the timeline, so its counts are read from EventTally, which triggers keep exact, instead
of counting events. Two actors or sectors narrow the events first (GIN indexes), and those
are counted. Words can match most of the timeline too: the matches among every SAMPLE_EVERY-th event
(a partial GIN index holds them) are counted first, and when they stand for more than
ESTIMATE_ABOVE events, those counts, scaled up, are shown as estimates and say so; otherwise
every match is counted. Each figure takes one query (two for words matching few events).
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BigIntegerField, BooleanField, ExpressionWrapper, Func, Q, Value

from timeline.forms import EARLIEST_YEAR, LATEST_YEAR
from timeline.models import overlapping_years
from timeline.tallies import SAMPLE_EVERY, UNCHARTED

FROM_TALLY = """
SELECT other, other_id, sum(events) FROM timeline_eventtally
WHERE facet = %(facet)s AND facet_id = %(facet_id)s
  AND end_year >= %(first)s AND start_year <= %(last)s AND (%(status)s = '' OR status = %(status)s)
GROUP BY other, other_id HAVING sum(events) > 0
UNION ALL
SELECT 'year', start_year, sum(events) FROM timeline_eventtally
WHERE facet = %(facet)s AND facet_id = %(facet_id)s AND other = '' AND charted
  AND (%(status)s = '' OR status = %(status)s)
GROUP BY start_year HAVING sum(events) > 0
"""

# The chart ignores the year range, so the events are matched without it and `in_range`
# marks the ones the other counts take. unnest() in the select list, not as a lateral join:
# PostgreSQL then expands the ids in one pass instead of calling a function per event.
FROM_EVENTS = """
WITH matched (start_date, actor_ids, sector_ids, in_range, charted) AS MATERIALIZED ({events})
SELECT 'event', 0, count(*) FROM matched WHERE in_range
UNION ALL
SELECT 'actor', actor_id, count(*)
FROM (SELECT unnest(actor_ids) FROM matched WHERE in_range) AS listed (actor_id)
GROUP BY actor_id
UNION ALL
SELECT 'sector', sector_id, count(*)
FROM (SELECT unnest(sector_ids) FROM matched WHERE in_range) AS listed (sector_id)
GROUP BY sector_id
UNION ALL
SELECT 'year', extract(year FROM start_date)::int, count(*) FROM matched
WHERE charted GROUP BY 2
"""


ESTIMATE_ABOVE = 2_000


@dataclass
class FilterCounts:
    total: int = 0
    per_year: dict[int, int] = field(default_factory=dict)
    actors: dict[int, int] = field(default_factory=dict)
    sectors: dict[int, int] = field(default_factory=dict)
    # True when the counts are scaled up from a sample of the events.
    estimated: bool = False

    def scaled(self, factor: int) -> "FilterCounts":
        def times(counts):
            return {key: number * factor for key, number in counts.items()}

        return FilterCounts(self.total * factor, times(self.per_year), times(self.actors),
                            times(self.sectors), estimated=True)  # fmt: skip


def filter_counts(form) -> FilterCounts:
    """The counts for a valid EventFilterForm."""
    data = form.cleaned_data
    facets = [("actor", pk) for pk in form.selected_actor_ids()]
    facets += [("sector", pk) for pk in form.selected_sector_ids()]
    if data["q"]:
        sample = _counted_events(form, sample=True)
        if max(sample.total, sum(sample.per_year.values())) * SAMPLE_EVERY > ESTIMATE_ABOVE:
            return sample.scaled(SAMPLE_EVERY)
    # The tally has no language: a filter on the sources' language counts its events.
    if data["q"] or len(facets) > 1 or data.get("lang"):
        return _counted_events(form)
    facet, facet_id = facets[0] if facets else ("event", 0)
    counts = _counts(_fetch(FROM_TALLY, {
        "facet": facet, "facet_id": facet_id, "status": data["status"],
        "first": EARLIEST_YEAR if data["from"] is None else data["from"],
        "last": LATEST_YEAR if data["to"] is None else data["to"],
    }), total_key="")  # fmt: skip
    # The tally pairs a facet with the others only: the chosen one leaves every event.
    if facet == "actor":
        counts.actors[facet_id] = counts.total
    elif facet == "sector":
        counts.sectors[facet_id] = counts.total
    return counts


def _counts(rows, total_key: str) -> FilterCounts:
    counts = FilterCounts()
    by_facet = {"actor": counts.actors, "sector": counts.sectors, "year": counts.per_year}
    for facet, key, number in rows:
        if facet == total_key:
            counts.total = number
        else:
            by_facet[facet][key] = number
    return counts


def _counted_events(form, *, sample=False) -> FilterCounts:
    sql, params = _matched_events_sql(form, sample)
    return _counts(_fetch(FROM_EVENTS.format(events=sql), params), total_key="event")


def _matched_events_sql(form, sample: bool) -> tuple[str, tuple]:
    data = form.cleaned_data
    years = overlapping_years(data["from"], data["to"])
    in_range = ExpressionWrapper(years, output_field=BooleanField()) if years else Value(True)
    charted = ExpressionWrapper(~Q(precision__in=UNCHARTED), output_field=BooleanField())
    events = form.matching_events(years=False)
    if sample:
        # The condition of the partial index event_search_sample (migration 0009).
        bucket = Func("pk", Value(SAMPLE_EVERY), function="MOD", output_field=BigIntegerField())
        events = events.alias(bucket=bucket).filter(bucket=0)
    # Counted, not listed: the events' chronological order would only cost a sort.
    events = (
        events.order_by()
        .annotate(in_range=in_range, charted=charted)
        .values_list("start_date", "actor_ids", "sector_ids", "in_range", "charted")
    )
    return events.query.sql_with_params()


def _fetch(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
