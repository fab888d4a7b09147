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
from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from articles.models import Article, Passage
from timeline.extraction import (
    PRECISION_RANK,
    Candidate,
    FoldedEvent,
    Signature,
    extract_candidates,
    fold_citations,
    same_happening,
)
from timeline.models import Actor, Citation, Event, Sector
from timeline.tagging import ActorTagger, ActorTerms, SectorTagger, SectorTerms
from timeline.versions import read_counter

FOLDED_FIELDS = ("title", "summary", "value", "start_date", "end_date", "precision", "status")


_compiled: dict = {}


@dataclass(frozen=True)
class Vocabulary:
    """The editable vocabulary, compiled once per run rather than once per article."""

    actors: ActorTagger
    sectors: SectorTagger
    actor_ids: dict[str, int]
    sector_ids: dict[str, int]

    @classmethod
    def current(cls) -> "Vocabulary":
        """The compiled vocabulary, compiled again only after an actor or sector changed."""
        version = read_counter("timeline_vocabulary_version")
        if _compiled.get("version") != version:
            _compiled.update(version=version, vocabulary=cls.load())
        return _compiled["vocabulary"]

    @staticmethod
    def forget() -> None:
        _compiled.clear()

    @classmethod
    def load(cls) -> "Vocabulary":
        actors, sectors = list(Actor.objects.all()), list(Sector.objects.all())
        return cls(
            ActorTagger([
                ActorTerms(a.name, a.kind, tuple(a.aliases), tuple(a.roles), a.side)
                for a in actors
            ]),
            SectorTagger([SectorTerms(s.slug, tuple(s.keywords)) for s in sectors]),
            {a.name: a.pk for a in actors},
            {s.slug: s.pk for s in sectors},
        )  # fmt: skip


def candidates_for_text(text, published, passages, vocabulary=None) -> list[Candidate]:
    vocabulary = vocabulary or Vocabulary.current()
    return extract_candidates(text, published, passages, vocabulary.actors, vocabulary.sectors)


@dataclass(eq=False)
class _Report:
    """A citation, stored or about to be, with what the pipeline read in its sentence."""

    candidate: Candidate
    published: dt.date
    article_id: int
    citation: Citation | None = None

    @property
    def order(self):
        return (self.published, self.article_id, self.candidate.quote_start)

    @property
    def sentence(self):
        return (self.article_id, self.candidate.quote_start, self.candidate.quote_end)


@dataclass(eq=False)
class _Happening:
    """An event while the pipeline reads an article: stored already, or about to be."""

    event: Event
    reports: list[_Report] = field(default_factory=list)
    actor_ids: set[int] = field(default_factory=set)
    sector_ids: set[int] = field(default_factory=set)
    merged_into: "_Happening | None" = None
    changed: bool = False
    lost_reports: bool = False
    actors_changed: bool = False
    sectors_changed: bool = False
    _derived_from: tuple = ()
    _derived: tuple = (None, None)

    @classmethod
    def of(cls, event: Event) -> "_Happening":
        reports = [
            _Report(Candidate.from_record(c.extracted), c.article.published, c.article_id, c)
            for c in event.citations.all()
            if c.extracted
        ]
        return cls(
            event, reports,
            {a.pk for a in event.actors.all()}, {s.pk for s in event.sectors.all()},
        )  # fmt: skip

    def final(self) -> "_Happening":
        """The happening this one was merged into, if any."""
        happening = self
        while happening.merged_into is not None:
            happening = happening.merged_into
        return happening

    @property
    def readings(self) -> list[Candidate]:
        return [report.candidate for report in sorted(self.reports, key=lambda r: r.order)]

    def _fold(self) -> tuple[FoldedEvent | None, Signature | None]:
        """The folded event and its signature, worked out again only when the reports change:
        a much-reported event has hundreds, and every candidate is compared with it."""
        reports = tuple(id(report.candidate) for report in self.reports)
        if reports != self._derived_from:
            readings = self.readings
            self._derived_from = reports
            self._derived = (
                (fold_citations(readings), Signature.of(readings)) if readings else (None, None)
            )
        return self._derived

    def folded(self) -> FoldedEvent | None:
        return self._fold()[0]

    def signature(self) -> Signature | None:
        return self._fold()[1]

    def date_range(self) -> tuple[dt.date, dt.date]:
        folded = None if self.event.reviewed else self.folded()
        source = folded or self.event
        return source.start_date, source.end_date

    def cites(self, sentence) -> bool:
        return any(report.sentence == sentence for report in self.reports)


class _Reading:
    """One article's candidates matched against the happenings they may report."""

    def __init__(self, article: Article, candidates: list[Candidate]):
        self.article = article
        self.stored = {
            (c.quote_start, c.quote_end, c.date_start): c for c in article.citations.all()
        }
        nearby = self._nearby_events(candidates) if candidates or self.stored else []
        self.happenings: dict[int, _Happening] = {
            event.pk: _Happening.of(event) for event in nearby
        }
        self.new: list[_Happening] = []
        self.new_citations: list[tuple[_Happening, _Report]] = []
        self.stale: list[Citation] = []
        self.reread: list[Citation] = []
        self.cited: list[_Happening] = []

    def _nearby_events(self, candidates: list[Candidate]):
        """Events that could report the same happening as a candidate, or that this article
        already cites, with their citations, actors and sectors."""
        overlapping = Q(pk__in={c.event_id for c in self.stored.values()})
        for candidate in candidates:
            overlapping |= Q(
                start_date__lte=candidate.end_date,
                end_date__gte=candidate.start_date,
                is_synthetic=False,
            )
        citations = Citation.objects.select_related("article").only(
            *(f.name for f in Citation._meta.concrete_fields), "article__published"
        )
        return (
            Event.objects.filter(overlapping)
            .order_by("-reviewed", "id")
            .prefetch_related(Prefetch("citations", queryset=citations), "actors", "sectors")
        )

    def _live(self) -> list[_Happening]:
        return [h for h in (*self.happenings.values(), *self.new) if h.merged_into is None]

    def _matching(self, candidate: Candidate) -> list[_Happening]:
        signature = Signature.of([candidate])
        matching = []
        for happening in self._live():
            if not happening.reports:
                continue
            start, end = happening.date_range()
            if start > candidate.end_date or end < candidate.start_date:
                continue
            if same_happening(signature, happening.signature()):
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
                for report in happening.reports:
                    if report.citation is not None and report.citation.pk == citation.pk:
                        report.candidate = candidate
                happening.changed = True
            return
        matching = self._matching(candidate)
        happening = self._join(matching) if matching else self._start(candidate)
        report = _Report(candidate, self.article.published, self.article.pk)
        # Two dates in one sentence may turn out to be one happening: one citation is enough.
        if happening.cites(report.sentence):
            return
        report.citation = Citation(
            article=self.article,
            passage=passage,
            quote_start=candidate.quote_start,
            quote_end=candidate.quote_end,
        )
        _copy_reading(report.citation, candidate)
        happening.reports.append(report)
        happening.changed = True
        self.new_citations.append((happening, report))
        self.cited.append(happening)

    def _start(self, candidate: Candidate) -> _Happening:
        happening = _Happening(Event(**{name: getattr(candidate, name) for name in FOLDED_FIELDS}))
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
            for report in other.reports:
                if not keeper.cites(report.sentence):
                    keeper.reports.append(report)
            other.merged_into = keeper
            keeper.changed = True
        return keeper

    def forget_unread(self) -> None:
        """Citations of sentences that no longer report anything go, unless reviewed."""
        for citation in self.stored.values():
            happening = self.happenings[citation.event_id].final()
            if happening.event.reviewed:
                continue
            happening.reports = [r for r in happening.reports if r.citation is not citation]
            happening.changed = happening.lost_reports = True
            self.stale.append(citation)


@transaction.atomic
def extract_article(article: Article, vocabulary: Vocabulary | None = None) -> list[Event]:
    """Bring the article's events up to date; return the events it cites."""
    vocabulary = vocabulary or Vocabulary.current()
    passages = list(article.passages.filter(kind=Passage.Kind.BODY).order_by("ordinal"))
    candidates = candidates_for_text(
        article.text, article.published, [(p.start, p.end) for p in passages], vocabulary
    )
    reading = _Reading(article, candidates)
    # The most precise reports first, so vaguer ones find the event they refine.
    for candidate in sorted(candidates, key=lambda c: (PRECISION_RANK[c.precision], c.quote_start)):
        passage = next(p for p in passages if p.start <= candidate.quote_start < p.end)
        reading.read(candidate, passage)
    reading.forget_unread()
    return _write(reading, vocabulary)


def _write(reading: _Reading, vocabulary: Vocabulary) -> list[Event]:
    """Store what reading one article decided, in a few statements."""
    happenings = [*reading.happenings.values(), *reading.new]
    live = [h for h in happenings if h.merged_into is None]
    # An event whose last sentence no longer reports anything goes (editors' events stay).
    gone = [h for h in live if h.lost_reports and not h.reports and not h.event.reviewed]
    live = [h for h in live if h not in gone]
    new = [h for h in live if h.event.pk is None]

    for happening in new:
        _fold_into(happening)
    Event.objects.bulk_create([h.event for h in new])
    for happening, report in reading.new_citations:
        report.citation.event = happening.final().event
    Citation.objects.bulk_create([report.citation for _, report in reading.new_citations])
    Citation.objects.filter(pk__in=[c.pk for c in reading.stale]).delete()
    merged_away = [h for h in reading.happenings.values() if h.merged_into is not None]
    for happening in merged_away:
        _move_citations(happening.event, happening.final().event)
    Event.objects.filter(pk__in=[h.event.pk for h in (*merged_away, *gone)]).delete()

    Citation.objects.bulk_update(
        reading.reread, ["extracted", "date_start", "date_end", "date_value", "date_rule"]
    )
    changed = []
    for happening in live:
        if happening.event.reviewed or not happening.changed:
            continue
        changes = _fold_into(happening) + _relations_changed(happening, vocabulary)
        if happening in new or changes:
            happening.event._change_reason = (
                "Extracted" if happening in new else f"Extraction changed {', '.join(changes)}"
            )
            changed.append(happening)
    now = timezone.now()
    for happening in changed:
        happening.event.updated_at = now
    Event.objects.bulk_update(
        [h.event for h in changed if h not in new], [*FOLDED_FIELDS, "updated_at"]
    )
    _store_relations(changed)
    _record_history(changed, new)
    refresh_search_vectors([h.event.pk for h in live if h.changed])
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


def _store_relations(happenings: list[_Happening]) -> None:
    for name, column in (("actors", "actor_id"), ("sectors", "sector_id")):
        changing = [h for h in happenings if getattr(h, f"{name}_changed")]
        through = getattr(Event, name).through
        through.objects.filter(event_id__in=[h.event.pk for h in changing]).delete()
        through.objects.bulk_create(
            through(event_id=h.event.pk, **{column: pk})
            for h in changing
            for pk in sorted(getattr(h, f"{name[:-1]}_ids"))
        )


def _record_history(happenings: list[_Happening], new: list[_Happening]) -> None:
    """One history record per changed event, with its actors and sectors, in bulk."""
    record_of = {}
    for created in (True, False):
        events = [h.event for h in happenings if (h in new) == created]
        records = Event.history.bulk_history_create(events, update=not created) or []
        record_of.update({event.pk: record for event, record in zip(events, records, strict=True)})
    for name, column in (("actors", "actor_id"), ("sectors", "sector_id")):
        through = getattr(Event, name).through
        m2m_history = apps.get_model("timeline", f"HistoricalEvent_{name}")
        m2m_history.objects.bulk_create(
            m2m_history(
                history=record_of[row.event_id], id=row.pk, event_id=row.event_id,
                **{column: getattr(row, column)},
            )
            for row in through.objects.filter(event_id__in=record_of)
        )  # fmt: skip


def _copy_reading(citation: Citation, candidate: Candidate) -> None:
    citation.extracted = candidate.as_record()
    citation.date_start = candidate.expression_start
    citation.date_end = candidate.expression_end
    citation.date_value = candidate.value
    citation.date_rule = candidate.rule[:300]


# The words of the cited sentences come from the article text, cut out by PostgreSQL.
_INDEX_SQL = """
UPDATE timeline_event AS e SET search_vector =
    setweight(to_tsvector('english', e.title), 'A')
    || setweight(to_tsvector('english', e.summary), 'B')
    || setweight(to_tsvector('english', coalesce((
        SELECT string_agg(substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start), ' ')
        FROM timeline_citation AS c JOIN articles_article AS a ON a.id = c.article_id
        WHERE c.event_id = e.id), '')), 'C')
WHERE e.id = ANY(%s)
"""


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


def on_article_ingested(sender, article, **kwargs):
    extract_article(article)

