"""Event cards, rendered once per revision of what they show and kept in the database.

Building fifty events with their actors, sectors and citations and rendering them through
the templates was most of what an uncached timeline page cost. A card changes only when
something it shows changes, so it is rendered once and stored (EventCard) for every reader
after, in every worker on every machine.

PostgreSQL keeps `Event.card_revision` (migration 0010): a BEFORE trigger bumps it on every
UPDATE of the event, and statement triggers bump it for the events whose citations change,
whose actors or sectors are renamed, or whose cited articles or passages change. A page
reads the stored cards in the same query as its events and renders only the cards stored
under an older revision or by other templates (`CARD_FORMAT`).

The revision is read before the details a card is rendered from, so a stored card is never
older than the revision it is stored under: a write in between bumps the revision again
and the card is rendered afresh by the next reader.
"""

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import django
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connection, transaction
from django.db.models import Exists, F, OuterRef, Prefetch
from django.db.models.functions import Substr
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from timeline.models import Actor, Citation, Event, EventCard, Sector
from timeline.tallies import EVERY_CHANGE, statement_triggers, trigger_function

logger = logging.getLogger(__name__)
CARD_TEMPLATE = "timeline/_event.html"
# Whatever renders a card: a deploy that changes any of it makes every stored card stale.
_CARD_SOURCES = (
    "templates/timeline/_event.html",
    "templates/timeline/_dating.html",
    "timeline/templatetags/timeline_tags.py",
    "articles/templatetags/article_tags.py",
    "timeline/display.py",
    "timeline/cards.py",
)


def _card_format() -> str:
    digest = hashlib.sha256(django.get_version().encode())
    for source in _CARD_SOURCES:
        digest.update(Path(settings.BASE_DIR, source).read_bytes())
    return digest.hexdigest()


CARD_FORMAT = _card_format()


def citations_with_quotes():
    """Citations with their article and passage, and the quoted words cut out by PostgreSQL.

    The article text is deferred: an article can be long and a page shows fifty events.
    """
    # PostgreSQL's substr counts characters from 1, Python's slices from 0.
    quote = Substr("article__text", F("quote_start") + 1, F("quote_end") - F("quote_start"))
    date = Substr("article__text", F("date_start") + 1, F("date_end") - F("date_start"))
    return (
        Citation.objects.select_related("article", "passage")
        .defer("article__text", "article__wire_signature", "extracted")
        .annotate(quote_text=quote, date_text=date)
    )


def with_details(events):
    """The events with everything their cards show."""
    # The search index, the pipeline's readings and the copies of the relations are for the
    # database, not for display.
    return events.defer("search_vector", "reading", "actor_ids", "sector_ids").prefetch_related(
        Prefetch("actors", queryset=Actor.objects.only("name", "slug")),
        Prefetch("sectors", queryset=Sector.objects.only("name", "slug")),
        Prefetch("citations", queryset=citations_with_quotes()),
    )


def render_card(event) -> str:
    """The card of an event fetched `with_details`."""
    return render_to_string(CARD_TEMPLATE, {"event": event})


def focused(card_html: str) -> str:
    """The card taking the reader's focus, as the first of a page appended in place."""
    # The stored card, not a second rendering: its <article> is the first element with
    # tabindex="-1" (timeline/_event.html).
    return mark_safe(card_html.replace(' tabindex="-1"', ' tabindex="-1" autofocus', 1))


_STORE_SQL = """
INSERT INTO timeline_eventcard AS card (event_id, revision, format, html)
SELECT * FROM unnest(%s::bigint[], %s::bigint[], %s::varchar[], %s::text[]) ORDER BY 1
ON CONFLICT (event_id) DO UPDATE
SET revision = EXCLUDED.revision, format = EXCLUDED.format, html = EXCLUDED.html
WHERE card.revision < EXCLUDED.revision OR card.format <> EXCLUDED.format
"""


def _store(cards: dict[int, tuple[int, str]]) -> None:
    # Rows in id order, so two readers storing overlapping cards cannot deadlock; a card
    # stored meanwhile under a newer revision is kept.
    ids = sorted(cards)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                _STORE_SQL,
                [ids, [cards[pk][0] for pk in ids], [CARD_FORMAT] * len(ids),
                 [cards[pk][1] for pk in ids]],
            )  # fmt: skip
    except OperationalError as error:
        # A writer deleting some of these events at this moment can deadlock with this
        # reader: the page is still right, and its cards are stored by the next reader.
        logger.warning("event cards not stored: %s", error)


def _stored_card():
    return EventCard.objects.filter(
        event_id=OuterRef("pk"), revision=OuterRef("card_revision"), format=CARD_FORMAT
    )


def stale_card_events():
    """Published events whose card would be rendered by the next page that shows them."""
    return Event.objects.published().exclude(Exists(_stored_card()))


@dataclass
class ShownEvent:
    """What a page needs of an event it shows: where it goes, and its card."""

    pk: int
    start_date: dt.date
    precision: str
    card_revision: int
    card_html: str | None


# Plain SQL around the events' own query: the ORM took longer to build a query with the
# card as a subquery than PostgreSQL took to run it.
_CARDS_SQL = """
SELECT event.id, event.start_date, event.precision, event.card_revision, card.html
FROM ({events}) AS page (id) JOIN timeline_event AS event ON event.id = page.id
LEFT JOIN timeline_eventcard AS card
  ON card.event_id = event.id AND card.revision = event.card_revision AND card.format = %s
ORDER BY event.start_date, event.end_date, event.id
"""


def with_cards(events) -> list[ShownEvent]:
    """The events (a page of them at most), earliest first, each with `card_html` from the
    store or rendered and stored now."""
    try:
        sql, params = events.values("pk").query.sql_with_params()
    except EmptyResultSet:  # the ORM knows there are none, e.g. after .none()
        return []
    with connection.cursor() as cursor:
        cursor.execute(_CARDS_SQL.format(events=sql), (*params, CARD_FORMAT))
        page = [ShownEvent(*row) for row in cursor.fetchall()]
    stale = {event.pk: event for event in page if event.card_html is None}
    if stale:
        rendered = {}
        for detailed in with_details(Event.objects.filter(pk__in=stale)):
            rendered[detailed.pk] = (stale[detailed.pk].card_revision, render_card(detailed))
            stale[detailed.pk].card_html = rendered[detailed.pk][1]
        _store(rendered)
    # An event deleted since the page's query has no card: it is left out.
    page = [event for event in page if event.card_html is not None]
    for event in page:
        event.card_html = mark_safe(event.card_html)  # rendered by our templates, escaped there
    return page


def _bump(where: str) -> str:
    return f"UPDATE timeline_event SET card_revision = card_revision + 1 WHERE {where};"


# (table, transition tables the change shows in, what the function runs, on TRUNCATE)
_WATCHED = [
    ("timeline_citation", EVERY_CHANGE,
     _bump("id IN (SELECT event_id FROM changed)"), _bump("true")),
    ("timeline_actor", [("UPDATE", "NEW")],
     _bump("actor_ids && ARRAY(SELECT id FROM changed)::integer[]"), None),
    ("timeline_sector", [("UPDATE", "NEW")],
     _bump("sector_ids && ARRAY(SELECT id FROM changed)::integer[]"), None),
    ("articles_article", [("UPDATE", "NEW")],
     _bump("id IN (SELECT c.event_id FROM timeline_citation AS c"
           " JOIN changed ON changed.id = c.article_id)"), None),
    ("articles_passage", [("UPDATE", "NEW")],
     _bump("id IN (SELECT c.event_id FROM timeline_citation AS c"
           " JOIN changed ON changed.id = c.passage_id)"), None),
]  # fmt: skip


def card_sql() -> tuple[str, str]:
    """SQL that creates the revision triggers, and SQL that drops them."""
    create = (
        """
CREATE FUNCTION timeline_event_card_revision() RETURNS trigger AS $$
BEGIN
-- A stale copy that the ORM saves from memory carries an old revision: count on from the row's.
IF NEW.card_revision <= OLD.card_revision THEN
    NEW.card_revision := OLD.card_revision + 1;
END IF;
RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER timeline_event_card_revision BEFORE UPDATE ON timeline_event
FOR EACH ROW EXECUTE FUNCTION timeline_event_card_revision();
"""
        + trigger_function(
            "timeline_event_cards_deleted",
            "DELETE FROM timeline_eventcard WHERE event_id IN (SELECT id FROM old_rows);",
        )
        + trigger_function("timeline_event_cards_deleted_all", "DELETE FROM timeline_eventcard;")
        + (
            "CREATE TRIGGER timeline_event_cards_deleted AFTER DELETE ON timeline_event"
            " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
            " EXECUTE FUNCTION timeline_event_cards_deleted();\n"
            "CREATE TRIGGER timeline_event_cards_truncated AFTER TRUNCATE ON timeline_event"
            " FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_cards_deleted_all();\n"
        )
    )
    drop = (
        "DROP TRIGGER timeline_event_card_revision ON timeline_event;\n"
        "DROP FUNCTION timeline_event_card_revision();\n"
        "DROP TRIGGER timeline_event_cards_deleted ON timeline_event;\n"
        "DROP TRIGGER timeline_event_cards_truncated ON timeline_event;\n"
        "DROP FUNCTION timeline_event_cards_deleted();\n"
        "DROP FUNCTION timeline_event_cards_deleted_all();\n"
    )
    for table, transitions, body, on_truncate in _WATCHED:
        function = f"{table}_stales_cards"
        triggers, dropped = statement_triggers(table, transitions, function, "stales_cards")
        create += trigger_function(function, body) + "\n" + triggers
        drop += dropped
        if on_truncate:
            create += trigger_function(f"{table}_truncated_stales_cards", on_truncate)
            create += (
                f"CREATE TRIGGER {table}_truncate_stales_cards AFTER TRUNCATE ON {table}"
                f" FOR EACH STATEMENT EXECUTE FUNCTION {table}_truncated_stales_cards();\n"
            )
            drop += (
                f"DROP TRIGGER {table}_truncate_stales_cards ON {table};\n"
                f"DROP FUNCTION {table}_truncated_stales_cards();\n"
            )
        drop += f"DROP FUNCTION {function}();\n"
    return create, drop
