"""Write an article's events to the database: one happening, one event; editors win.

For each candidate sentence the pipeline either finds its citation already stored (the
article was seen before), attaches it to an event reporting the same happening, or starts a
new event. Events are then folded again from all their citations. Reviewed events are never
changed or deleted: new evidence for them is attached as a citation, nothing more.
"""

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


def load_taggers() -> tuple[ActorTagger, SectorTagger]:
    actors = ActorTagger(
        [
            ActorTerms(a.name, a.kind, tuple(a.aliases), tuple(a.roles), a.side)
            for a in Actor.objects.all()
        ]
    )
    sectors = SectorTagger([SectorTerms(s.slug, tuple(s.keywords)) for s in Sector.objects.all()])
    return actors, sectors


def candidates_for_text(text, published, passages, taggers=None) -> list[Candidate]:
    actors, sectors = taggers or load_taggers()
    return extract_candidates(text, published, passages, actors, sectors)


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


def _refold(event: Event) -> None:
    reports = _citation_candidates(Citation.objects.filter(event=event).select_related("article"))
    if event.reviewed or not reports:
        return
    folded = fold_citations(reports)
    changed = False
    for field in ("title", "summary", "value", "start_date", "end_date", "precision", "status"):
        if getattr(event, field) != getattr(folded, field):
            setattr(event, field, getattr(folded, field))
            changed = True
    if changed:
        event.save()
    actor_ids = set(Actor.objects.filter(name__in=folded.actors).values_list("id", flat=True))
    if set(event.actors.values_list("id", flat=True)) != actor_ids:
        event.actors.set(actor_ids)
    sector_ids = set(Sector.objects.filter(slug__in=folded.sectors).values_list("id", flat=True))
    if set(event.sectors.values_list("id", flat=True)) != sector_ids:
        event.sectors.set(sector_ids)
    refresh_search_vectors([event.pk])


def refresh_search_vectors(event_ids) -> None:
    """Index titles, summaries and every cited sentence for full-text search."""
    events = Event.objects.filter(pk__in=event_ids).prefetch_related(
        Prefetch("citations", queryset=Citation.objects.select_related("article"))
    )
    for event in events:
        quotes = " ".join(citation.quote for citation in event.citations.all())
        vector = (
            SearchVector("title", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector(Value(quotes), weight="C", config="english")
        )
        Event.objects.filter(pk=event.pk).update(search_vector=vector)


def _passage_for(passages: list[Passage], position: int) -> Passage:
    return next(p for p in passages if p.start <= position < p.end)


@transaction.atomic
def extract_article(article: Article, taggers=None) -> list[Event]:
    """Bring the article's events up to date; return the events it cites."""
    passages = list(article.passages.filter(kind=Passage.Kind.BODY).order_by("ordinal"))
    candidates = candidates_for_text(
        article.text, article.published, [(p.start, p.end) for p in passages], taggers
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
            _refold(event)
    return [event for event in touched.values() if event.pk]


def _copy_date_provenance(citation: Citation, candidate: Candidate) -> None:
    citation.date_start = candidate.expression_start
    citation.date_end = candidate.expression_end
    citation.date_value = candidate.value
    citation.date_rule = candidate.rule[:300]


def _new_event(candidate: Candidate) -> Event:
    return Event.objects.create(
        title=candidate.title,
        summary=candidate.summary,
        value=candidate.value,
        start_date=candidate.start_date,
        end_date=candidate.end_date,
        precision=candidate.precision,
        status=candidate.status,
    )


def extract_all() -> int:
    """Re-run extraction over every article, oldest first; return how many events it cites."""
    taggers = load_taggers()
    cited = set()
    for article in Article.objects.filter(is_synthetic=False).order_by("published", "id"):
        cited.update(event.pk for event in extract_article(article, taggers))
    return len(cited)


def on_article_ingested(sender, article, **kwargs):
    extract_article(article)

