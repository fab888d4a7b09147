"""EXPLAIN ANALYZE of the queries one uncached timeline page makes, at 100,000 events.

The page is requested in-process with an empty cache and its SQL captured; each query is
then run again under EXPLAIN (ANALYZE, BUFFERS). The table lists every query's execution
time; the plans of the queries that find the page's events and count them follow in full.
Synthetic events go into a throwaway database, bench_plans (bench/database.py), dropped
afterwards.

Run:  python -m bench.plans [--events 100000] [--write]
"""

import argparse

from bench.database import measured_in

FILTERS = [
    ("unfiltered", ""),
    ("years 1990–1999", "from=1990&to=1999"),
    ("one actor", "actor=sergey-lavrov"),
    ("actor and sector", "actor=sergey-lavrov&sector=energy"),
    ("actor and a word", "actor=sergey-lavrov&q=Kazan"),
    ("a word on 7% of events (estimated)", "q=Kazan"),
    ("a word on 40% of events (estimated)", "q=cooperation"),
]
DATABASE = "bench_plans"
# The queries whose plans are shown in full.
SHOWN = ("page", "counts")


def kind_of(sql: str) -> str:
    if "SELECT min(start_year) FROM timeline_eventtally" in sql:
        return "the tally's earliest year for the filter"
    if "FROM timeline_eventtally" in sql or sql.lstrip().startswith("WITH matched"):
        return "counts"
    if "LEFT JOIN timeline_eventcard" in sql:
        return "page"
    if "INTO timeline_eventcard" in sql:
        return "storing rendered cards"
    if "timeline_event_actors" in sql or "timeline_event_sectors" in sql:
        return "actors and sectors of the page's events"
    if "timeline_citation" in sql:
        return "citations of the page's events"
    return "vocabulary, data version, cursor"


def explain(sql: str) -> tuple[float, str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        lines = [row[0] for row in cursor.fetchall()]
    milliseconds = float(lines[-1].split(":")[1].split()[0])
    return milliseconds, "\n".join(lines)


def measure() -> list[dict]:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    rows = []
    for label, query in FILTERS:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/?{query}", headers={"HX-Request": "true"})
        assert response.status_code == 200, (query, response.status_code)
        for number, executed in enumerate(captured.captured_queries, start=1):
            milliseconds, plan = explain(executed["sql"])
            rows.append({"filter": label, "query": query, "number": number,
                         "kind": kind_of(executed["sql"]), "ms": milliseconds,
                         "sql": executed["sql"], "plan": plan})  # fmt: skip
    return rows


def grown_and_measured(events: int) -> list[dict]:
    from bench.pages import fill_card_store, grow_to

    grow_to(events)
    fill_card_store()
    return measure()


def report(rows: list[dict], events: int) -> str:
    from bench.report import machine_description

    lines = [
        f"## Query plans of one uncached page, {events:,} events",
        "",
        "Each query of the htmx partial, captured in-process with an empty cache, then run "
        "again under `EXPLAIN (ANALYZE, BUFFERS)`; *page* is the query of the page's events "
        "with their stored cards (`timeline/cards.py`; every card is stored before the run, "
        "as on a live site: a page that meets a stale card also reads that event's details, "
        "its actors, sectors and citations, and stores the card it renders). Its ids come "
        "from an index-only walk "
        "of `event_chronological_filters` (published, start_date, end_date, id, including "
        "status, precision and the actor and sector ids), bounded below by the earliest start "
        "year the tally knows for the filter; the counts come from `EventTally` when the filter "
        "has no words and at most one actor or sector, and otherwise from the events the GIN "
        "indexes narrow. Reproduce with `python -m bench.plans --write`.",
        "",
        "| Filter | Queries | page (ms) | counts (ms) | all queries (ms) |",
        "|---|---|---|---|---|",
    ]
    for label, _ in FILTERS:
        mine = [row for row in rows if row["filter"] == label]
        by_kind = {row["kind"]: row["ms"] for row in mine}
        lines.append(
            f"| {label} | {len(mine)} | {by_kind.get('page', 0):.2f} "
            f"| {by_kind.get('counts', 0):.2f} | {sum(row['ms'] for row in mine):.2f} |"
        )
    for label, query in FILTERS:
        for row in rows:
            if row["filter"] != label or row["kind"] not in SHOWN:
                continue
            lines += ["", f"### {label} (`/?{query}`): {row['kind']}", "", "```", row["plan"],
                      "```"]  # fmt: skip
    lines += ["", machine_description()]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--write", action="store_true", help="write section 'plans'")
    args = parser.parse_args(argv)
    rows = measured_in(DATABASE, lambda: grown_and_measured(args.events))
    from bench.report import publish

    publish("plans", report(rows, args.events), write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
