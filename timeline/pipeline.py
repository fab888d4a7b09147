"""Write an article's events to the database: one happening, one event; editors win.

For each candidate sentence the pipeline either finds its citation already stored (the
article was seen before), attaches it to an event reporting the same happening, or starts a
new event. Events are then folded again from all their citations. Reviewed events are never
changed or deleted: new evidence for them is attached as a citation, nothing more.

An article is read in two steps: first every decision is taken in memory, against the
events that could report the same happenings (loaded in one query), then the changes are
written in a few bulk statements. Ingest stays fast however many events there are.
"""

import datetime as dt
import functools
import json
from dataclasses import dataclass, field, replace

from django.apps import apps
from django.db import connection, transaction
from django.db.backends.postgresql.psycopg_any import DateRange
from django.db.models import BooleanField, Exists, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from articles.ingest import take_ingest_turn
from articles.models import Article, Passage
from timeline.extraction import (
    PRECISION_RANK,
    Candidate,
    EventReading,
    FoldedEvent,
    Signature,
    extract_candidates,
    same_happening,
)
from timeline.languages import LANGUAGES, written_for
from timeline.languages.russian_forms import inflected
from timeline.models import SEARCH_CONFIG, Actor, Citation, DateSpan, Event, Sector
from timeline.tagging import ActorTagger, ActorTerms, SectorTagger, SectorTerms
from timeline.versions import cached_until_changed

FOLDED_FIELDS = ("title", "summary", "value", "start_date", "end_date", "precision", "status")


@dataclass(frozen=True)
class Vocabulary:
    """The editable vocabulary, compiled once per run rather than once per article, into
    taggers for each language's scripts (or for all of them, `language=None`)."""

    actor_terms: tuple[ActorTerms, ...]
    sector_terms: tuple[SectorTerms, ...]
    actor_ids: dict[str, int]
    sector_ids: dict[str, int]
    _taggers: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def current(cls) -> "Vocabulary":
        """The compiled vocabulary, compiled again only after an actor or sector changed."""
        return _current_vocabulary()

    @classmethod
    def load(cls) -> "Vocabulary":
        actors, sectors = list(Actor.objects.all()), list(Sector.objects.all())
        return cls(
            tuple(ActorTerms(a.name, a.kind, tuple(a.aliases), tuple(a.roles), a.side)
                  for a in actors),
            tuple(SectorTerms(s.slug, tuple(s.keywords)) for s in sectors),
            {a.name: a.pk for a in actors},
            {s.slug: s.pk for s in sectors},
        )  # fmt: skip

    def taggers(self, language: str | None = None) -> tuple[ActorTagger, SectorTagger]:
        """Taggers for the phrases a text in `language` can contain (Russian ones in every
        case); all phrases when the language is not known."""
        key = language if language in LANGUAGES or language is None else "en"
        if key not in self._taggers:
            def phrases(words, *, plural=False):
                chosen = tuple(words) if key is None else written_for(words, key)
                return inflected(chosen, plural=plural) if key in (None, "ru") else chosen

            self._taggers[key] = (
                ActorTagger([
                    replace(a, aliases=phrases(a.aliases), roles=phrases(a.roles))
                    for a in self.actor_terms
                ]),
                SectorTagger([
                    replace(s, keywords=phrases(s.keywords, plural=True))
                    for s in self.sector_terms
                ]),
            )  # fmt: skip
        return self._taggers[key]

    @property
    def actors(self) -> ActorTagger:
        return self.taggers()[0]

    @property
    def sectors(self) -> SectorTagger:
        return self.taggers()[1]


@cached_until_changed("timeline_vocabulary_version")
def _current_vocabulary() -> Vocabulary:
    return Vocabulary.load()


def candidates_for_text(
    text, published, passages, vocabulary=None, language: str = "en"
) -> list[Candidate]:
    actors, sectors = (vocabulary or Vocabulary.current()).taggers(language)
    return extract_candidates(text, published, passages, actors, sectors, language)


# The events same_happening could join one of the article's reports to
# (extraction/grouping.py), narrowed in the query as it narrows them: a report that names
# people joins only events naming one of them, a report naming none only events naming none;
# an event more precise than the report, the many inside a month or a year, must also share
# its kind (and without people, a sector). Events an editor saved or without a reading are
# kept. One expression over all the reports, passed as JSON, so that however many reports an
# article has the query costs one condition to build.
_COULD_REPORT_THE_SAME = """EXISTS (
    SELECT 1 FROM jsonb_to_recordset(%s::jsonb) AS c (
        start_date date, end_date date, rank integer, kind text, people text[], sectors text[])
    WHERE timeline_event.start_date <= c.end_date AND timeline_event.end_date >= c.start_date
      AND (timeline_event.reviewed OR timeline_event.reading = '{}'::jsonb
           OR CASE WHEN cardinality(c.people) > 0
                   THEN timeline_event.reading -> 'people' ?| c.people
                   ELSE coalesce(timeline_event.reading -> 'people', '[]'::jsonb) = '[]'::jsonb
              END
              AND (array_position(%s::text[], timeline_event.precision::text) - 1 >= c.rank
                   OR timeline_event.reading -> 'kinds' ? c.kind
                      AND (cardinality(c.people) > 0
                           OR cardinality(c.sectors) > 0
                              AND timeline_event.reading -> 'sectors' ?| c.sectors))))"""


def _merged_ranges(ranges) -> list[tuple[dt.date, dt.date]]:
    """The date ranges with those that overlap joined: one indexed condition each."""
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _order(published: dt.date, article_id: int, quote_start: int) -> list:
    """Where a report sorts among an event's citations: earliest article first."""
    return [published.isoformat(), article_id, quote_start]


def _readings_from_citations(event_ids) -> dict[int, EventReading]:
    """Each event's reading worked out again from all its citations."""
    if not event_ids:
        return {}
    citations = (
        Citation.objects.filter(event_id__in=event_ids)
        .exclude(extracted={})
        .values_list("event_id", "article__published", "article_id", "quote_start", "extracted")
    )
    ordered = sorted(citations, key=lambda row: (row[0], row[1], row[2], row[3]))
    readings = {event_id: EventReading() for event_id in event_ids}
    for event_id, published, article_id, quote_start, extracted in ordered:
        readings[event_id].add(
            Candidate.from_record(extracted), _order(published, article_id, quote_start)
        )
    return readings


@dataclass(eq=False)
class _Happening:
    """An event while the pipeline reads an article: stored already, or about to be."""

    event: Event
    stored_reading: dict | EventReading = field(default_factory=EventReading)
    sentences: set[tuple[int, int, int]] = field(default_factory=set)
    actor_ids: set[int] = field(default_factory=set)
    sector_ids: set[int] = field(default_factory=set)
    merged_into: "_Happening | None" = None
    changed: bool = False
    # A report was dropped or read differently: the reading is worked out again from the
    # citations once they are written.
    reread: bool = False
    lost_reports: bool = False
    actors_changed: bool = False
    sectors_changed: bool = False
    # Sentences newly cited, whose words can be added to the search index as they are.
    new_quotes: list[str] = field(default_factory=list)
    reindex: bool = False

    @property
    def reading(self) -> EventReading:
        """Parsed on first use: most neighbours of an article are never looked at closely."""
        if not isinstance(self.stored_reading, EventReading):
            self.stored_reading = EventReading.from_record(self.stored_reading)
        return self.stored_reading

    @reading.setter
    def reading(self, value: EventReading) -> None:
        self.stored_reading = value

    def final(self) -> "_Happening":
        """The happening this one was merged into, if any."""
        happening = self
        while happening.merged_into is not None:
            happening = happening.merged_into
        return happening

    def folded(self) -> FoldedEvent | None:
        return self.reading.fold() if self.reading.count else None

    def date_range(self) -> tuple[dt.date, dt.date]:
        # Until this article changes it, an event's dates are what its reading folds to.
        folded = None if self.event.reviewed or not self.changed else self.folded()
        source = folded or self.event
        return source.start_date, source.end_date

    def add(self, candidate: Candidate, order: list, sentence) -> None:
        self.reading.add(candidate, order)
        self.sentences.add(sentence)
        self.changed = True


class _Reading:
    """One article's candidates matched against the happenings they may report."""

    def __init__(self, article: Article, candidates: list[Candidate], *, fresh: bool):
        self.article = article
        # An article stored a moment ago cites nothing yet.
        citations = [] if fresh else article.citations.all()
        self.stored = {(c.quote_start, c.quote_end, c.date_start): c for c in citations}
        nearby = list(self._nearby_events(candidates)) if candidates or self.stored else []
        unknown = [event.pk for event in nearby if not event.reading]
        known = _readings_from_citations(unknown) if unknown else {}
        sentences: dict[int, set] = {}
        for citation in self.stored.values():
            sentences.setdefault(citation.event_id, set()).add(
                (article.pk, citation.quote_start, citation.quote_end)
            )
        self.happenings: dict[int, _Happening] = {
            event.pk: _Happening(
                event,
                known.get(event.pk) or event.reading,
                sentences.get(event.pk, set()),
            )
            for event in nearby
        }
        self.new: list[_Happening] = []
        self.new_citations: list[tuple[_Happening, Citation]] = []
        self.stale: list[Citation] = []
        self.reread: list[Citation] = []
        self.cited: list[_Happening] = []

    def _nearby_events(self, candidates: list[Candidate]):
        """Events that could report the same happening as a candidate, or that this article
        already cites (their citations are summed up in `Event.reading`)."""
        cited = Q(pk__in={c.event_id for c in self.stored.values()})
        overlapping = Q(pk__in=[])
        for start, end in _merged_ranges((c.start_date, c.end_date) for c in candidates):
            overlapping |= Q(span__overlap=DateRange(start, end, "[]"), is_synthetic=False)
        reports = [
            {
                "start_date": c.start_date.isoformat(), "end_date": c.end_date.isoformat(),
                "rank": PRECISION_RANK[c.precision], "kind": c.kind,
                "people": list(c.people), "sectors": list(c.sectors),
            }
            for c in candidates
        ]  # fmt: skip
        could_join = RawSQL(
            _COULD_REPORT_THE_SAME, [json.dumps(reports), list(PRECISION_RANK)], BooleanField()
        )
        nearby = Event.objects.alias(span=DateSpan()).filter(cited | (overlapping & Q(could_join)))
        return nearby.order_by("-reviewed", "id").defer("search_vector")

    def _live(self) -> list[_Happening]:
        return [h for h in (*self.happenings.values(), *self.new) if h.merged_into is None]

    def _matching(self, candidate: Candidate) -> list[_Happening]:
        signature = Signature.of([candidate])
        matching = []
        for happening in self._live():
            start, end = happening.date_range()
            if start > candidate.end_date or end < candidate.start_date:
                continue
            if happening.reading.count and same_happening(signature, happening.reading.signature()):
                matching.append(happening)
        return matching

    def read(self, candidate: Candidate, passage: Passage) -> None:
        key = (candidate.quote_start, candidate.quote_end, candidate.expression_start)
        citation = self.stored.pop(key, None)
        if citation is not None:
            happening = self.happenings[citation.event_id].final()
            self.cited.append(happening)
            if citation.extracted != candidate.as_record() and not happening.event.reviewed:
                _copy_reading(citation, candidate)
                self.reread.append(citation)
                happening.changed = happening.reread = True
            return
        matching = self._matching(candidate)
        happening = self._join(matching) if matching else self._start()
        sentence = (self.article.pk, candidate.quote_start, candidate.quote_end)
        # Two dates in one sentence may turn out to be one happening: one citation is enough.
        if sentence in happening.sentences:
            return
        citation = Citation(
            article=self.article,
            passage=passage,
            quote_start=candidate.quote_start,
            quote_end=candidate.quote_end,
        )
        _copy_reading(citation, candidate)
        happening.add(
            candidate, _order(self.article.published, self.article.pk, candidate.quote_start),
            sentence,
        )  # fmt: skip
        happening.new_quotes.append(self.article.text[candidate.quote_start : candidate.quote_end])
        self.new_citations.append((happening, citation))
        self.cited.append(happening)

    def _start(self) -> _Happening:
        happening = _Happening(Event())
        self.new.append(happening)
        return happening

    def _join(self, matching: list[_Happening]) -> _Happening:
        """One report can show that several events are one happening: the first keeps them.

        Events an editor reviewed are never folded away; they keep their own citations.
        """
        keeper, *others = matching
        for other in others:
            if other.event.reviewed:
                continue
            keeper.reading.merge(other.reading)
            keeper.sentences |= other.sentences
            keeper.reread = keeper.reread or other.reread
            keeper.reindex = True
            other.merged_into = keeper
            keeper.changed = True
        return keeper

    def forget_unread(self) -> None:
        """Citations of sentences that no longer report anything go, unless reviewed."""
        for citation in self.stored.values():
            happening = self.happenings[citation.event_id].final()
            if happening.event.reviewed:
                continue
            happening.changed = happening.reread = happening.lost_reports = True
            self.stale.append(citation)


# No savepoint inside the ingest's transaction: nothing catches a failed extraction there,
# and the savepoint would cost two round trips more than the dozen an article takes.
@transaction.atomic(savepoint=False)
def extract_article(
    article: Article, vocabulary: Vocabulary | None = None, *, new_passages=None
) -> list[Event]:
    """Bring the article's events up to date; return the events it cites.

    `new_passages`: the article was stored in this transaction with these passages, and has
    no citations yet.
    """
    vocabulary = vocabulary or Vocabulary.current()
    fresh = new_passages is not None
    if not fresh:
        # Reading an article again matches against events as an ingest does (a new
        # article's transaction has its turn already).
        take_ingest_turn()
    passages = (
        [p for p in new_passages if p.kind == Passage.Kind.BODY]
        if fresh
        else list(article.passages.filter(kind=Passage.Kind.BODY).order_by("ordinal"))
    )
    candidates = candidates_for_text(
        article.text, article.published, [(p.start, p.end) for p in passages], vocabulary,
        article.language,
    )
    reading = _Reading(article, candidates, fresh=fresh)
    # The most precise reports first, so vaguer ones find the event they refine.
    for candidate in sorted(candidates, key=lambda c: (PRECISION_RANK[c.precision], c.quote_start)):
        passage = next(p for p in passages if p.start <= candidate.quote_start < p.end)
        reading.read(candidate, passage)
    reading.forget_unread()
    return _write(reading, vocabulary)


def _write(reading: _Reading, vocabulary: Vocabulary) -> list[Event]:
    """Store what reading one article decided, in a few statements."""
    live = [h for h in (*reading.happenings.values(), *reading.new) if h.merged_into is None]
    new = [h for h in live if h.event.pk is None]
    for happening in new:
        _fold_into(happening)
        _relations_changed(happening, vocabulary)
        # The copies of the relations written below, given now: the row is not updated again.
        happening.event.actor_ids = sorted(happening.actor_ids)
        happening.event.sector_ids = sorted(happening.sector_ids)
        happening.event.reading = happening.reading.as_record()
        # Indexed as it is inserted: an UPDATE after would write the row again.
        happening.event.search_vector = RawSQL(
            _NEW_EVENT_WORDS,
            [happening.event.title, happening.event.summary, " ".join(happening.new_quotes)],
        )
    Event.objects.bulk_create([h.event for h in new])
    for happening, citation in reading.new_citations:
        citation.event = happening.final().event
    Citation.objects.bulk_create([citation for _, citation in reading.new_citations])
    if reading.stale:
        Citation.objects.filter(pk__in=[c.pk for c in reading.stale]).delete()
    merged_away = [h for h in reading.happenings.values() if h.merged_into is not None]
    for happening in merged_away:
        _move_citations(happening.event, happening.final().event)
    Citation.objects.bulk_update(
        reading.reread, ["extracted", "date_start", "date_end", "date_value", "date_rule"]
    )
    reread = [h for h in live if h.reread]
    for event_id, event_reading in _readings_from_citations([h.event.pk for h in reread]).items():
        reading.happenings[event_id].reading = event_reading
    # An event whose last sentence no longer reports anything goes (editors' events stay).
    gone = [h for h in live if h.lost_reports and not h.reading.count and not h.event.reviewed]
    if merged_away or gone:
        Event.objects.filter(pk__in=[h.event.pk for h in (*merged_away, *gone)]).delete()
    live = [h for h in live if h not in gone]

    _load_relations([h for h in live if h.changed and h not in new and not h.event.reviewed])
    changed = []
    for happening in live:
        if not happening.changed:
            continue
        if happening in new:
            changes = []  # folded before it was inserted
        else:
            happening.event.reading = happening.reading.as_record()
            if happening.event.reviewed:
                continue
            changes = _fold_into(happening) + _relations_changed(happening, vocabulary)
        happening.reindex = happening.reindex or bool({"title", "summary"} & set(changes))
        if happening in new or changes:
            happening.event._change_reason = (
                "Extracted" if happening in new else f"Extraction changed {', '.join(changes)}"
            )
            happening.event.updated_at = timezone.now()
            changed.append(happening)
    # A few events change per article: one plain UPDATE each is cheaper than bulk_update's
    # CASE expressions.
    for happening in live:
        if happening.changed and happening not in new:
            event = happening.event
            Event.objects.filter(pk=event.pk).update(
                **{name: getattr(event, name) for name in (*FOLDED_FIELDS, "updated_at", "reading")}
            )
    _store_relations(changed, new, _record_history(changed, new))
    touched = [h for h in live if h.changed]
    whole = [h for h in touched if h.reindex or h.reread]
    refresh_search_vectors([h.event.pk for h in whole])
    _index_new_quotes([h for h in touched if h not in (*whole, *new) and h.new_quotes])
    cited = {h.final().event.pk: h.final().event for h in reading.cited}
    return [event for pk, event in cited.items() if pk is not None and not event._state.adding]


def _move_citations(source: Event, keeper: Event) -> None:
    """Give the keeper every citation of source but those of sentences it already cites."""
    already_cited = Citation.objects.filter(
        event=keeper,
        article=OuterRef("article"),
        quote_start=OuterRef("quote_start"),
        quote_end=OuterRef("quote_end"),
    )
    Citation.objects.filter(event=source).exclude(Exists(already_cited)).update(event=keeper)


def _fold_into(happening: _Happening) -> list[str]:
    """Set the event's fields from its reports; return the names of those that changed."""
    folded = happening.folded()
    changed = [n for n in FOLDED_FIELDS if getattr(happening.event, n) != getattr(folded, n)]
    for name in changed:
        setattr(happening.event, name, getattr(folded, name))
    return changed


def _relations_changed(happening: _Happening, vocabulary: Vocabulary) -> list[str]:
    """Set the actors and sectors the event should have; return which of them change."""
    folded = happening.folded()
    wanted_actors = {vocabulary.actor_ids[n] for n in folded.actors if n in vocabulary.actor_ids}
    wanted_sectors = {
        vocabulary.sector_ids[s] for s in folded.sectors if s in vocabulary.sector_ids
    }
    changed = []
    if wanted_actors != happening.actor_ids:
        happening.actor_ids, happening.actors_changed = wanted_actors, True
        changed.append("actors")
    if wanted_sectors != happening.sector_ids:
        happening.sector_ids, happening.sectors_changed = wanted_sectors, True
        changed.append("sectors")
    return changed


def _load_relations(happenings: list[_Happening]) -> None:
    """The actors and sectors the events have now, for the events about to be refolded.

    The events' copies of their relations are exact (triggers keep them, timeline/tallies.py)
    and were read with the events, whose relations nothing has written since.
    """
    for happening in happenings:
        happening.actor_ids = set(happening.event.actor_ids)
        happening.sector_ids = set(happening.event.sector_ids)


# For each relation: write the rows of the events whose relation changed, and copy every
# changed event's rows (written now, or kept from before) to its history record.
_RELATION_AND_HISTORY_SQL = """
{name}_written AS (
    INSERT INTO {table} (event_id, {column})
    SELECT * FROM unnest(%s::bigint[], %s::bigint[])
    RETURNING id, event_id, {column}),
{name}_recorded AS (
    INSERT INTO {history_table} (id, event_id, {column}, history_id)
    SELECT r.id, r.event_id, r.{column}, h.history_id
    FROM (SELECT id, event_id, {column} FROM {name}_written
          UNION ALL
          SELECT id, event_id, {column} FROM {table} WHERE event_id = ANY(%s::bigint[])) AS r
    JOIN unnest(%s::bigint[], %s::bigint[]) AS h (event_id, history_id)
        ON h.event_id = r.event_id)"""


def _store_relations(
    happenings: list[_Happening], new: list[_Happening], history_ids: dict[int, int]
) -> None:
    """Replace the relations that changed and give each history record its relations.

    Both relations are written in one statement, so the triggers that keep the events'
    copies of them update each event once (timeline/tallies.py).
    """
    if not happenings:
        return
    parts, params = [], []
    for name, column in (("actors", "actor_id"), ("sectors", "sector_id")):
        through = getattr(Event, name).through
        changing = [h for h in happenings if getattr(h, f"{name}_changed")]
        stale = [h.event.pk for h in changing if h not in new]
        if stale:
            through.objects.filter(event_id__in=stale).delete()
        rows = [(h.event.pk, pk) for h in changing for pk in sorted(getattr(h, f"{name[:-1]}_ids"))]
        # The rows of events whose relation did not change are still in the database.
        kept = [h.event.pk for h in happenings if not getattr(h, f"{name}_changed")]
        history_table = apps.get_model("timeline", f"HistoricalEvent_{name}")._meta.db_table
        parts.append(
            _RELATION_AND_HISTORY_SQL.format(
                name=name, table=through._meta.db_table, column=column, history_table=history_table
            )
        )
        params += [
            [event_id for event_id, _ in rows], [related_id for _, related_id in rows], kept,
            list(history_ids), list(history_ids.values()),
        ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {','.join(parts)}\nSELECT NULL", params)


@functools.cache
def _history_manager():
    # Each access to Event.history builds a manager class, inspecting its queryset: once is enough.
    return Event.history


def _record_history(happenings: list[_Happening], new: list[_Happening]) -> dict[int, int]:
    """One history record per changed event, in bulk; return each event's record id."""
    record_ids = {}
    history = _history_manager()
    for created in (True, False):
        events = [h.event for h in happenings if (h in new) == created]
        if not events:
            continue
        records = history.bulk_history_create(events, update=not created) or []
        record_ids.update({e.pk: record.pk for e, record in zip(events, records, strict=True)})
    return record_ids


def _copy_reading(citation: Citation, candidate: Candidate) -> None:
    citation.extracted = candidate.as_record()
    citation.date_start = candidate.expression_start
    citation.date_end = candidate.expression_end
    citation.date_value = candidate.value
    citation.date_rule = candidate.rule[:300]


def _words(text: str, weight: str) -> str:
    """SQL for the search words of the SQL expression `text`, at a weight (A weighs most)."""
    return f"setweight(to_tsvector('{SEARCH_CONFIG}', {text}), '{weight}')"


def _sentence_words(quotes: str) -> str:
    return _words(quotes, "C")


def _weighted_words(title: str, summary: str, quotes: str) -> str:
    """SQL for an event's words in full-text search, from SQL for its title, its summary and
    the sentences that report it: the title weighs most, then the summary."""
    return f"{_words(title, 'A')} || {_words(summary, 'B')} || {_sentence_words(quotes)}"


# The words of the cited sentences come from the article text, cut out by PostgreSQL.
_CITED_WORDS = """coalesce((
    SELECT string_agg(substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start), ' ')
    FROM timeline_citation AS c JOIN articles_article AS a ON a.id = c.article_id
    WHERE c.event_id = e.id), '')"""
_INDEX_SQL = (
    "UPDATE timeline_event AS e SET search_vector = "
    f"{_weighted_words('e.title', 'e.summary', _CITED_WORDS)} WHERE e.id = ANY(%s)"
)
_NEW_EVENT_WORDS = _weighted_words("%s", "%s", "%s")


_APPEND_INDEX_SQL = f"""
UPDATE timeline_event AS e SET search_vector =
    coalesce(e.search_vector, ''::tsvector)
    || {_sentence_words("v.quotes")}
FROM unnest(%s::bigint[], %s::text[]) AS v(id, quotes)
WHERE e.id = v.id
"""


def _index_new_quotes(happenings: list[_Happening]) -> None:
    """Add newly cited sentences to an event's index without reading its other citations."""
    if happenings:
        with connection.cursor() as cursor:
            cursor.execute(
                _APPEND_INDEX_SQL,
                [[h.event.pk for h in happenings], [" ".join(h.new_quotes) for h in happenings]],
            )


def refresh_search_vectors(event_ids) -> None:
    """Index titles, summaries and every cited sentence for full-text search."""
    ids = list(event_ids)
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(_INDEX_SQL, [ids])


def extract_all() -> int:
    """Re-run extraction over every article, oldest first; return how many events it cites."""
    vocabulary = Vocabulary.current()
    cited = set()
    for article in Article.objects.filter(is_synthetic=False).order_by("published", "id"):
        cited.update(event.pk for event in extract_article(article, vocabulary))
    return len(cited)


def on_article_ingested(sender, article, passages, **kwargs):
    extract_article(article, new_passages=passages)

