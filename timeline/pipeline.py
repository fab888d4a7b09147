"""Write an article's events to the database: one happening, one event; editors win.

For each candidate sentence the pipeline either finds its citation already stored (the
article was seen before), attaches it to an event reporting the same happening, or starts a
new event. Events are then folded again from all their citations. Reviewed events are never
changed or deleted: new evidence for them is attached as a citation, nothing more.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import Prefetch, Value

from articles.models import Article, Passage
from timeline.extraction import (
    PRECISION_RANK,
    Candidate,
    Signature,
    extract_candidates,
    fold_citations,
    same_happening,
)
from timeline.models import Actor, Citation, Event, Sector
from timeline.tagging import ActorTagger, ActorTerms, SectorTagger, SectorTerms


@dataclass(frozen=True)
class Vocabulary:
    """The editable vocabulary, compiled once per run rather than once per article."""

    actors: ActorTagger
    sectors: SectorTagger
    actor_ids: dict[str, int]
    sector_ids: dict[str, int]

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
    vocabulary = vocabulary or Vocabulary.load()
    return extract_candidates(text, published, passages, vocabulary.actors, vocabulary.sectors)


def _citation_candidates(citations) -> list[Candidate]:
    """The readings stored on citations, earliest article first."""
    ordered = sorted(citations, key=lambda c: (c.article.published, c.article_id, c.quote_start))
    return [Candidate.from_record(c.extracted) for c in ordered if c.extracted]


def _events_reporting_the_same_happening(candidate: Candidate) -> list[Event]:
    signature = Signature.of([candidate])
    # Actors are compared on the citations' own readings: a new event gets its actors only
    # when it is folded at the end of the article.
    overlapping = (
        Event.objects.filter(start_date__lte=candidate.end_date, end_date__gte=candidate.start_date)
        .filter(is_synthetic=False, citations__isnull=False)
        .distinct()
        .prefetch_related(
            Prefetch("citations", queryset=Citation.objects.select_related("article"))
        )
        .order_by("-reviewed", "id")
    )
    return [
        event
        for event in overlapping
        if (reports := _citation_candidates(event.citations.all()))
        and same_happening(signature, Signature.of(reports))
    ]


def _join(events: list[Event]) -> Event:
    """One report can show that two events are one happening: keep the first, fold the rest in.

    Events an editor reviewed are never folded away; they keep their own citations.
    """
    keeper, *others = events
    for other in others:
        if other.reviewed:
            continue
        for citation in other.citations.all():
            if keeper.citations.filter(
                article=citation.article_id,
                quote_start=citation.quote_start,
                quote_end=citation.quote_end,
            ).exists():
                citation.delete()
            else:
                citation.event = keeper
                citation.save(update_fields=["event"])
        other.delete()
    return keeper


FOLDED_FIELDS = ("title", "summary", "value", "start_date", "end_date", "precision", "status")


def _refold(event: Event, vocabulary: Vocabulary) -> None:
    """Derive the event again from all its citations; reviewed events are left alone."""
    citations = list(Citation.objects.filter(event=event).select_related("article"))
    reports = _citation_candidates(citations)
    if event.reviewed or not reports:
        return
    folded = fold_citations(reports)
    changed = [name for name in FOLDED_FIELDS if getattr(event, name) != getattr(folded, name)]
    for name in changed:
        setattr(event, name, getattr(folded, name))
    related = {
        "actors": {vocabulary.actor_ids[n] for n in folded.actors if n in vocabulary.actor_ids},
        "sectors": {vocabulary.sector_ids[s] for s in folded.sectors if s in vocabulary.sector_ids},
    }
    # One history record for the whole change, written by the save below, rather than one
    # per relation changed.
    event.skip_history_when_saving = True
    try:
        for name, ids in related.items():
            manager = getattr(event, name)
            if set(manager.values_list("id", flat=True)) != ids:
                manager.set(ids)
                changed.append(name)
    finally:
        del event.skip_history_when_saving
    if changed:
        event._change_reason = f"Extraction changed {', '.join(changed)}"
        event.save()
    _index(event, citations)


def _index(event: Event, citations: list[Citation]) -> None:
    quotes = " ".join(citation.quote for citation in citations)
    vector = (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector(Value(quotes), weight="C", config="english")
    )
    Event.objects.filter(pk=event.pk).update(search_vector=vector)


def refresh_search_vectors(event_ids) -> None:
    """Index titles, summaries and every cited sentence for full-text search."""
    events = Event.objects.filter(pk__in=event_ids).prefetch_related(
        Prefetch("citations", queryset=Citation.objects.select_related("article"))
    )
    for event in events:
        _index(event, list(event.citations.all()))


def _passage_for(passages: list[Passage], position: int) -> Passage:
    return next(p for p in passages if p.start <= position < p.end)


@transaction.atomic
def extract_article(article: Article, vocabulary: Vocabulary | None = None) -> list[Event]:
    """Bring the article's events up to date; return the events it cites."""
    vocabulary = vocabulary or Vocabulary.load()
    passages = list(article.passages.filter(kind=Passage.Kind.BODY).order_by("ordinal"))
    candidates = candidates_for_text(
        article.text, article.published, [(p.start, p.end) for p in passages], vocabulary
    )
    stored = {
        (c.quote_start, c.quote_end, c.date_start): c
        for c in article.citations.select_related("event")
    }
    touched: dict[int, Event] = {}
    seen = set()
    # The most precise reports first, so vaguer ones find the event they refine.
    for candidate in sorted(candidates, key=lambda c: (PRECISION_RANK[c.precision], c.quote_start)):
        key = (candidate.quote_start, candidate.quote_end, candidate.expression_start)
        seen.add(key)
        citation = stored.get(key)
        if citation:
            if citation.extracted != candidate.as_record() and not citation.event.reviewed:
                citation.extracted = candidate.as_record()
                _copy_date_provenance(citation, candidate)
                citation.save()
            touched[citation.event_id] = citation.event
            continue
        matching = _events_reporting_the_same_happening(candidate)
        event = _join(matching) if matching else _new_event(candidate)
        touched[event.pk] = event
        # Two dates in one sentence may turn out to be one happening: one citation is enough.
        if event.citations.filter(
            article=article, quote_start=candidate.quote_start, quote_end=candidate.quote_end
        ).exists():
            continue
        citation = Citation(
            event=event,
            article=article,
            passage=_passage_for(passages, candidate.quote_start),
            quote_start=candidate.quote_start,
            quote_end=candidate.quote_end,
            extracted=candidate.as_record(),
        )
        _copy_date_provenance(citation, candidate)
        citation.save()
    for key, citation in stored.items():
        if key not in seen and not citation.event.reviewed:
            touched[citation.event_id] = citation.event
            citation.delete()
    for event in touched.values():
        if not Event.objects.filter(pk=event.pk).exists():
            continue
        if not event.reviewed and not event.citations.exists():
            event.delete()
        else:
            _refold(event, vocabulary)
    return [event for event in touched.values() if event.pk]


def _copy_date_provenance(citation: Citation, candidate: Candidate) -> None:
    citation.date_start = candidate.expression_start
    citation.date_end = candidate.expression_end
    citation.date_value = candidate.value
    citation.date_rule = candidate.rule[:300]


def _new_event(candidate: Candidate) -> Event:
    event = Event(
        title=candidate.title,
        summary=candidate.summary,
        value=candidate.value,
        start_date=candidate.start_date,
        end_date=candidate.end_date,
        precision=candidate.precision,
        status=candidate.status,
    )
    # Its first history record is written once its citations are folded in.
    event.skip_history_when_saving = True
    event.save()
    del event.skip_history_when_saving
    return event


def extract_all() -> int:
    """Re-run extraction over every article, oldest first; return how many events it cites."""
    vocabulary = Vocabulary.load()
    cited = set()
    for article in Article.objects.filter(is_synthetic=False).order_by("published", "id"):
        cited.update(event.pk for event in extract_article(article, vocabulary))
    return len(cited)


def on_article_ingested(sender, article, **kwargs):
    extract_article(article)

