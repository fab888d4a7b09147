"""What an editor does to events: check a date range, publish, merge, re-resolve a date.

The first half is plain date arithmetic over TimeML values (no database); the second half
changes events and leaves a history record with the editor and a reason. The admin actions
call these functions; so can a shell or a test.
"""

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from django.db import transaction

from timeline.dates import resolve_dates
from timeline.models import Actor, Citation, Event, Precision, Sector
from timeline.pipeline import refresh_search_vectors

# From most to least precise: a merge or re-resolve prefers the earlier entry.
PRECISION_RANK = {precision: rank for rank, precision in enumerate(Precision.values)}

# A day-precision event may be a short visit ("a two-day visit"), not only a single day.
MAX_DAY_RANGE_DAYS = 31
MAX_WEEK_RANGE_DAYS = 7

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}

_VALUE_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), Precision.DAY),
    (re.compile(r"^(\d{4})-W(\d{2})(-WE)?$"), Precision.WEEK),
    (re.compile(r"^(\d{4})-(\d{2})$"), Precision.MONTH),
    (re.compile(r"^(\d{4})-Q([1-4])$"), Precision.QUARTER),
    (re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$"), Precision.SEASON),
    (re.compile(r"^(\d{4})$"), Precision.YEAR),
    (re.compile(r"^(\d{3})$"), Precision.DECADE),
    (re.compile(r"^(\d{2})$"), Precision.CENTURY),
]


class CurationError(Exception):
    """An editor's request that cannot be carried out, with a reason fit to show them."""


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date
    precision: str
    value: str


# --------------------------------------------------------------------------------------------
# Dates: TimeML values and the ranges they stand for
# --------------------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _season_of(day: dt.date) -> tuple[int, str]:
    """(year, code) of the season a day falls in; December opens the next year's winter."""
    if day.month == 12:
        return day.year + 1, "WI"
    if day.month <= 2:
        return day.year, "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def value_range(value: str) -> DateRange | None:
    """The calendar range a TimeML value stands for, or None when it is not a calendar date."""
    value = value.strip()
    found = next(
        ((pattern.match(value), precision) for pattern, precision in _VALUE_PATTERNS
         if pattern.match(value)),
        None,
    )
    if found is None:
        return None
    match, precision = found
    groups = match.groups()
    try:
        if precision == Precision.DAY:
            start = end = dt.date(*map(int, groups))
        elif precision == Precision.WEEK:
            monday = dt.date.fromisocalendar(int(groups[0]), int(groups[1]), 1)
            start, end = monday, monday + dt.timedelta(days=6)
            if groups[2]:
                start = monday + dt.timedelta(days=5)
        elif precision == Precision.MONTH:
            year, month = int(groups[0]), int(groups[1])
            start, end = dt.date(year, month, 1), _month_end(year, month)
        elif precision == Precision.QUARTER:
            year, first_month = int(groups[0]), 3 * int(groups[1]) - 2
            start, end = dt.date(year, first_month, 1), _month_end(year, first_month + 2)
        elif precision == Precision.SEASON:
            year, (first, last) = int(groups[0]), _SEASON_MONTHS[groups[1]]
            if groups[1] == "WI":
                start, end = dt.date(year - 1, 12, 1), _month_end(year, 2)
            else:
                start, end = dt.date(year, first, 1), _month_end(year, last)
        elif precision == Precision.YEAR:
            start, end = dt.date(int(groups[0]), 1, 1), dt.date(int(groups[0]), 12, 31)
        elif precision == Precision.DECADE:
            first_year = int(groups[0]) * 10
            start, end = dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 9, 12, 31)
        else:
            first_year = int(groups[0]) * 100
            start, end = dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 99, 12, 31)
    except ValueError:
        return None
    return DateRange(start, end, str(precision), value)


def expected_values(start: dt.date, end: dt.date, precision: str) -> list[str]:
    """The TimeML values that fit an event starting on `start` at this precision."""
    if precision == Precision.DAY:
        return [start.isoformat()]
    if precision == Precision.WEEK:
        iso_year, iso_week, _ = start.isocalendar()
        week = f"{iso_year}-W{iso_week:02d}"
        return [week, f"{week}-WE"]
    if precision == Precision.MONTH:
        return [f"{start:%Y-%m}"]
    if precision == Precision.QUARTER:
        return [f"{start.year}-Q{(start.month - 1) // 3 + 1}"]
    if precision == Precision.SEASON:
        year, code = _season_of(start)
        return [f"{year}-{code}", f"{year}-AU"] if code == "FA" else [f"{year}-{code}"]
    if precision == Precision.YEAR:
        return [f"{start.year:04d}"]
    if precision == Precision.DECADE:
        return [f"{start.year // 10:03d}"]
    return [f"{start.year // 100:02d}"]


def _range_problem(start: dt.date, end: dt.date, precision: str) -> str | None:
    span = f"{start.isoformat()} to {end.isoformat()}"
    days = (end - start).days + 1
    if precision == Precision.DAY and days > MAX_DAY_RANGE_DAYS:
        return (
            f"A day-precision event lasts at most {MAX_DAY_RANGE_DAYS} days; {span} is {days} "
            "days. Use week, month or year precision for a longer range."
        )
    if precision == Precision.WEEK and days > MAX_WEEK_RANGE_DAYS:
        return f"A week-precision event lasts at most {MAX_WEEK_RANGE_DAYS} days; {span} is {days}."
    same = {
        Precision.MONTH: ("one calendar month", lambda d: (d.year, d.month)),
        Precision.QUARTER: ("one quarter", lambda d: (d.year, (d.month - 1) // 3)),
        Precision.SEASON: ("one season", _season_of),
        Precision.YEAR: ("one calendar year", lambda d: d.year),
        Precision.DECADE: ("one decade", lambda d: d.year // 10),
        Precision.CENTURY: ("one century", lambda d: d.year // 100),
    }
    if precision in same:
        unit, key = same[precision]
        if key(start) != key(end):
            return f"A {precision}-precision event must lie within {unit}; {span} does not."
    if precision == Precision.MONTH and end == _month_end(end.year, end.month) and start.day != 1:
        return (
            f"A month-precision range that runs to the end of the month covers the month: "
            f"start it on {start.replace(day=1).isoformat()}, or use day precision."
        )
    return None


def date_problems(start: dt.date, end: dt.date, precision: str, value: str) -> dict[str, str]:
    """What is wrong with this date, by form field name; empty when it is consistent."""
    if start > end:
        return {"end_date": f"The end date {end.isoformat()} is before the start date."}
    problem = _range_problem(start, end, precision)
    if problem:
        return {"precision": problem}
    expected = expected_values(start, end, precision)
    if value.strip() not in expected:
        choices = " or ".join(f"“{choice}”" for choice in expected)
        return {
            "value": f"For a {precision}-precision event starting {start.isoformat()} the "
            f"TimeML value is {choices}, not “{value}”."
        }
    return {}


def quote_in_context(text: str, start: int, end: int, margin: int = 80) -> tuple[str, str, str]:
    """(before, quote, after): the quote with up to `margin` characters of text either side,
    cut at word boundaries, line breaks folded into spaces."""
    head, tail = max(0, start - margin), min(len(text), end + margin)
    before, after = text[head:start], text[end:tail]
    if head > 0:
        before = "…" + re.sub(r"^\S*\s", "", before, count=1)
    if tail < len(text):
        after = re.sub(r"\s\S*$", "", after, count=1) + "…"
    return _fold(before), _fold(text[start:end]), _fold(after)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --------------------------------------------------------------------------------------------
# Changing events: every change marks the event reviewed and leaves a history record
# --------------------------------------------------------------------------------------------

# django-simple-history keeps the reason in a CharField of 100 characters.
_REASON_LENGTH = 100


def save_reviewed(event: Event, reason: str, user, fields: list[str] | None = None) -> None:
    event.reviewed = True
    event._change_reason = reason[:_REASON_LENGTH]
    if user is not None:
        event._history_user = user
    if fields is None:
        event.save()
    else:
        event.save(update_fields=[*fields, "reviewed", "updated_at"])


def set_published(events, published: bool, *, user=None) -> int:
    """Publish or unpublish; returns how many events changed."""
    changed = 0
    for event in events:
        if event.published == published and event.reviewed:
            continue
        event.published = published
        save_reviewed(event, "Published" if published else "Unpublished", user, ["published"])
        changed += 1
    return changed


def mark_reviewed(events, *, user=None) -> int:
    changed = 0
    for event in events:
        if not event.reviewed:
            save_reviewed(event, "Marked reviewed", user, [])
            changed += 1
    return changed


@dataclass(frozen=True)
class MergeResult:
    survivor: Event
    merged: int
    citations_moved: int
    duplicates_dropped: int


@transaction.atomic
def merge_events(events, *, user=None) -> MergeResult:
    """Fold the events into one: the reviewed (else the earliest-created) one survives.

    Citations move to the survivor, except exact duplicates of its own; actors and sectors are
    united; the other events are deleted. Their history ends with "Merged into event N".
    """
    pks = [event.pk for event in events]
    events = list(Event.objects.select_for_update().filter(pk__in=pks).order_by("created_at", "pk"))
    if len(events) < 2:
        raise CurationError("Select at least two events to merge.")
    survivor = next((event for event in events if event.reviewed), events[0])
    others = [event for event in events if event.pk != survivor.pk]

    kept = set(survivor.citations.values_list("article_id", "quote_start", "quote_end"))
    moving, duplicates = [], []
    for citation in Citation.objects.filter(event__in=others).order_by("pk"):
        key = (citation.article_id, citation.quote_start, citation.quote_end)
        (duplicates if key in kept else moving).append(citation.pk)
        kept.add(key)
    Citation.objects.filter(pk__in=duplicates).delete()
    Citation.objects.filter(pk__in=moving).update(event=survivor)

    # One history record for the whole merge, taken after the union, not one per m2m add.
    survivor.skip_history_when_saving = True
    try:
        survivor.actors.add(*Actor.objects.filter(events__in=others).distinct())
        survivor.sectors.add(*Sector.objects.filter(events__in=others).distinct())
    finally:
        del survivor.skip_history_when_saving
    if not survivor.summary:
        survivor.summary = next((event.summary for event in others if event.summary), "")
    # Its citations changed: the pipeline works out what they add up to again when next needed.
    survivor.reading = {}
    merged_ids = ", ".join(str(event.pk) for event in others)
    save_reviewed(survivor, f"Merged events {merged_ids} into this one", user)

    for event in others:
        event._change_reason = f"Merged into event {survivor.pk}"
        if user is not None:
            event._history_user = user
        event.delete()
    refresh_search_vectors([survivor.pk])
    return MergeResult(survivor, len(others), len(moving), len(duplicates))


@dataclass(frozen=True)
class DateEvidence:
    found: DateRange
    words: str
    outlet: str


def citation_dates(citation: Citation) -> list[DateEvidence]:
    """The calendar dates a citation gives the event, read again with today's resolver.

    The resolver reads the words the pipeline took as the date when there are such words,
    else the whole quote, anchored on the article's publication date. The value stored at
    extraction is the fallback when the resolver finds no calendar date there.
    """
    article = citation.article
    if citation.date_start is not None and citation.date_end is not None:
        start, end = citation.date_start, citation.date_end
    else:
        start, end = citation.quote_start, citation.quote_end
    evidence = []
    for mention in resolve_dates(article.text[start:end], article.published, article.language):
        found = value_range(mention.value)
        if found is not None:
            evidence.append(DateEvidence(found, mention.text, article.outlet))
    if not evidence and citation.date_value:
        found = value_range(citation.date_value)
        if found is not None:
            words = article.text[start:end] if citation.date_start is not None else ""
            evidence.append(DateEvidence(found, words, article.outlet))
    return evidence


def best_date(evidence: list[DateEvidence]) -> DateEvidence | None:
    """The most precise date; among equals the one most citations agree on, then the earliest."""
    if not evidence:
        return None
    votes = Counter(item.found.value for item in evidence)
    return min(
        evidence,
        key=lambda item: (
            PRECISION_RANK[item.found.precision], -votes[item.found.value], item.found.start
        ),
    )


def reresolve_event_date(event: Event, *, user=None) -> str:
    """Recompute the date from the event's citations; returns what happened, in a sentence."""
    evidence = []
    for citation in event.citations.select_related("article"):
        evidence.extend(citation_dates(citation))
    best = best_date(evidence)
    name = f"Event {event.pk} “{event.title}”"
    if best is None:
        return f"{name}: no citation carries a calendar date; unchanged."
    found = best.found
    current = (event.precision, event.value, event.start_date)
    if current == (found.precision, found.value, found.start):
        return f"{name}: already {found.value} ({found.precision})."
    old = f"{event.value} ({event.precision})"
    event.start_date, event.end_date = found.start, found.end
    event.precision, event.value = found.precision, found.value
    save_reviewed(
        event,
        f"Date re-resolved from citations: {found.value}",
        user,
        ["start_date", "end_date", "precision", "value"],
    )
    source = f"“{best.words}” in {best.outlet}" if best.words else best.outlet
    return f"{name}: {old} → {found.value} ({found.precision}), from {source}."
