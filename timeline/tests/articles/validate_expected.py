#!/usr/bin/env python3
"""Consistency checks for expected.json (run: python3 timeline/tests/articles/validate_expected.py).

Checks every quote is an exact substring of its article and every expression is
inside its quote; not_events are present and do not overlap expected quotes;
start/end agree with value and precision; weekday and "(NN)" day-of-month claims
in expressions hold and resolve the right way (past tense -> on/before the
publication date, planned -> on/after it); datelines agree with 'published';
ids are unique and same_as links point to events in other articles.
"""

import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[2] / "fixtures" / "gold" / "seed_timeline.json"
SECTORS = {
    "diplomacy",
    "energy",
    "trade",
    "defence",
    "counter-terrorism",
    "health",
    "railways",
    "steel",
    "industry",
    "aviation",
    "agriculture",
    "afghanistan",
    "education",
    "culture",
    "finance",
    "security",
}
PRECISIONS = {"day", "week", "month", "quarter", "season", "year", "decade"}
SEASONS = {"SP": (3, 1, 5, 31), "SU": (6, 1, 8, 31), "FA": (9, 1, 11, 30), "WI": (12, 1, 2, None)}
WEEKDAYS = {n.lower(): i for i, n in enumerate(calendar.day_name)}
MONTHS = {n.lower()[:3]: i for i, n in enumerate(calendar.month_name) if n}
D = dt.date.fromisoformat
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def expected_range(value, precision):
    if precision == "day":
        return value, value
    if precision == "month":
        y, m = map(int, value.split("-"))
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    if precision == "year":
        return f"{value}-01-01", f"{value}-12-31"
    if precision == "decade":
        return f"{value}0-01-01", f"{value}9-12-31"
    if precision == "season":
        y, s = value.split("-")
        m1, d1, m2, d2 = SEASONS[s]
        if s == "WI":
            y2 = int(y) + 1
            return f"{y}-12-01", f"{y2}-02-{calendar.monthrange(y2, 2)[1]:02d}"
        return f"{y}-{m1:02d}-{d1:02d}", f"{y}-{m2:02d}-{d2:02d}"
    if precision == "week":
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        mon = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m.group(3):
            return str(mon + dt.timedelta(days=5)), str(mon + dt.timedelta(days=6))
        return str(mon), str(mon + dt.timedelta(days=6))
    if precision == "quarter":
        y, q = value.split("-Q")
        m1 = 3 * (int(q) - 1) + 1
        return f"{y}-{m1:02d}-01", f"{y}-{m1 + 2:02d}-{calendar.monthrange(int(y), m1 + 2)[1]:02d}"
    raise ValueError(precision)


def main():
    data = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    gold_ids = {e["id"] for e in json.loads(GOLD.read_text(encoding="utf-8"))["events"]}
    owner = {}
    for art in data["articles"]:
        for ev in art["events"]:
            if ev["id"] in owner:
                err(ev["id"], "duplicate id")
            owner[ev["id"]] = art["file"]
    for art in data["articles"]:
        f = art["file"]
        path = HERE / f
        if not path.exists():
            err(f, "missing file")
            continue
        text = path.read_text(encoding="utf-8")
        words = len(text.split())
        if not 200 <= words <= 600:
            err(f, f"{words} words, outside 200-600")
        pub = D(art["published"])
        # dateline "Jan 20 (Reuters)", "Nov 29 (APP)", "March 4. /TASS/", "June 8, 2024"
        m = re.search(
            r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:\. /TASS/| \((?:Reuters|APP)\)|, (\d{4})\n)", text
        )
        if m:
            mon, day = MONTHS[m.group(1).lower()[:3]], int(m.group(2))
            if (mon, day) != (pub.month, pub.day) or (m.group(3) and int(m.group(3)) != pub.year):
                err(f, f"dateline {m.group(0)!r} disagrees with published {pub}")
        quotes = []
        for ev in art["events"]:
            w = f"{f}#{ev['id']}"
            q, x = ev["quote"], ev["expression"]
            if q not in text:
                err(w, "quote not in article")
            if x not in q:
                err(w, "expression not in quote")
            quotes.append(q)
            if ev["precision"] not in PRECISIONS:
                err(w, f"bad precision {ev['precision']}")
                continue
            if ev["status"] not in {"occurred", "planned"}:
                err(w, f"bad status {ev['status']}")
            if ev["tier"] not in {"core", "extended"}:
                err(w, f"bad tier {ev['tier']}")
            for s in ev["sectors"]:
                if s not in SECTORS:
                    err(w, f"unknown sector {s}")
            s0, e0 = expected_range(ev["value"], ev["precision"])
            start, end = D(ev["start"]), D(ev["end"])
            if ev["start"] != s0:
                err(w, f"start {ev['start']} != {s0} implied by value")
            if ev["precision"] == "day":
                if end < start or (end - start).days > 14:
                    err(w, f"bad day range {start}..{end}")
            elif ev["end"] != e0:
                err(w, f"end {ev['end']} != {e0} implied by value")
            if ev["status"] == "occurred" and start > pub:
                err(w, f"occurred but starts after publication {pub}")
            if ev["status"] == "planned" and end < pub:
                err(w, f"planned but ends before publication {pub}")
            # weekday / day-of-month claims in the expression
            for name, wd in WEEKDAYS.items():
                if re.search(rf"\b{name}\b", x, re.I):
                    if ev["precision"] != "day":
                        err(w, "weekday expression but precision is not day")
                        continue
                    d = D(ev["value"])
                    if d.weekday() != wd:
                        err(w, f"{ev['value']} is a {calendar.day_name[d.weekday()]}, not {name}")
                    delta = (pub - d).days if ev["status"] == "occurred" else (d - pub).days
                    if not 0 <= delta <= 6:
                        err(
                            w,
                            f"{name} resolved to {d}, not the nearest one "
                            f"{'before' if ev['status'] == 'occurred' else 'after'} {pub}",
                        )
                    n = re.search(r"\((\d{1,2})\)", x)
                    if n and int(n.group(1)) != d.day:
                        err(w, f"day-of-month ({n.group(1)}) != {d.day}")
            sa = ev.get("same_as")
            if sa:
                if sa not in owner:
                    err(w, f"same_as {sa} unknown")
                elif owner[sa] == f:
                    err(w, f"same_as {sa} is in the same article")
            if ev.get("same_as_gold") and gold_ids and ev["same_as_gold"] not in gold_ids:
                err(w, f"same_as_gold {ev['same_as_gold']} not in seed gold")
        for ne in art["not_events"]:
            if ne not in text:
                err(f, f"not_event not in article: {ne[:60]!r}")
            for q in quotes:
                if ne in q or q in ne:
                    err(f, f"not_event overlaps an event quote: {ne[:60]!r}")
    listed = {a["file"] for a in data["articles"]}
    for p in HERE.glob("*.txt"):
        if p.name not in listed:
            err(p.name, "article not listed in expected.json")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    n_ev = sum(len(a["events"]) for a in data["articles"])
    print(
        f"OK: {len(data['articles'])} articles, {n_ev} events, "
        f"{sum(len(a['not_events']) for a in data['articles'])} not_events"
    )


if __name__ == "__main__":
    main()
