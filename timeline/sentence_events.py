"""Events an editor makes from one sentence of an article, on the article page.

The sentences are the pipeline's own (`body_sentences`), and the
form is filled from the pipeline's reading of the sentence, with the rest of the article as
context, exactly as ingest reads it. The editor takes or changes what it proposes; the event
is then saved as the admin saves one: reviewed, with a history record naming the editor.
"""

import datetime as dt
from dataclasses import dataclass, field, replace

from django.db import transaction
from django.db.models import CharField, F, Func, Q, Value
from django.utils.text import slugify

from articles.models import Article, Passage
from timeline.curation import CurationError, save_reviewed
from timeline.dates import resolve_dates
from timeline.display import format_event_date
from timeline.extraction import Candidate, fold_citations
from timeline.extraction.titles import TITLE_MAX_WORDS
from timeline.models import Actor, Citation, Event, Precision, Sector
from timeline.pipeline import Vocabulary, candidates_for_text, refresh_search_vectors
from timeline.sentences import Body, Sentence, body_sentences

# What an editor needs to act on sentences: the admin checks the same permissions.
EDITOR_PERMISSIONS = ("timeline.add_event", "timeline.change_event", "timeline.add_citation")
# What a date typed by the editor, or the article's own date, says about where it came from.
TYPED_DATE_RULE = "typed by an editor"
PUBLICATION_DATE_RULE = "no date words in the sentence: the article's publication date"
TITLE_MAX_CHARS = Event._meta.get_field("title").max_length - 1
# Each vocabulary's other words for a name: an actor's aliases, a sector's keywords.
OTHER_NAMES = {Actor: "aliases", Sector: "keywords"}


@dataclass(frozen=True)
class DateChoice:
    """A date the sentence offers the event, and the words (offsets into the article) it
    comes from; no words for a typed date or the article's publication date."""

    value: str
    start: dt.date
    end: dt.date
    precision: str
    rule: str
    words: str = ""
    words_start: int | None = None
    words_end: int | None = None

    @classmethod
    def typed(cls, found) -> "DateChoice":
        """A calendar range the editor typed (curation.DateRange)."""
        return cls(found.value, found.start, found.end, found.precision, TYPED_DATE_RULE)

    @property
    def label(self) -> str:
        when = format_event_date(self.start, self.end, self.precision, self.value)
        return f"{when} (“{self.words}”)" if self.words else when


@dataclass(frozen=True)
class SentenceReading:
    """What the pipeline makes of one sentence: the form's first values."""

    title: str
    summary: str
    status: str
    dates: list[DateChoice]
    actors: list[str]
    sectors: list[str]
    candidates: list[Candidate] = field(default_factory=list)

    def candidate_for(self, date: DateChoice) -> Candidate | None:
        """The pipeline's reading dated by these words, stored with the citation."""
        return next(
            (c for c in self.candidates if c.expression_start == date.words_start),
            self.candidates[0] if self.candidates else None,
        )


@dataclass
class SentenceRow:
    """A body sentence on the editor's article page: its words (split for a <mark>) and the
    events that cite it."""

    sentence: Sentence
    before: str
    marked: str
    after: str
    events: list[Event] = field(default_factory=list)


def can_edit_events(user) -> bool:
    """The Editors group, staff given these permissions, and superusers (who have them all)."""
    return user.has_perms(EDITOR_PERMISSIONS)


def body_passages(article: Article) -> list[Passage]:
    return list(article.passages.filter(kind=Passage.Kind.BODY).order_by("ordinal"))


def passage_sentences(text: str, passages: list[Passage], language: str):
    """[(passage, [Sentence])]: the sentences extraction reads, each under the passage it
    starts in (a sentence wrapped over two lines is whole, under the first)."""
    by_passage = [(passage, []) for passage in passages]
    spans = [(passage.start, passage.end) for passage in passages]
    for index, sentence in body_sentences(text, spans, language):
        by_passage[index][1].append(sentence)
    return by_passage


def find_sentence(by_passage, start: int, end: int):
    """(passage, sentence) of the body sentence at exactly these offsets, or None;
    `by_passage` as passage_sentences gives it."""
    for passage, sentences in by_passage:
        for sentence in sentences:
            if (sentence.start, sentence.end) == (start, end):
                return passage, sentence
    return None


def cut_out(text: str, start: int, end: int, marked: tuple[int, int] | None):
    """(before, marked, after): the part of text[start:end] inside `marked` cut out."""
    part = text[start:end]
    if not marked or not (marked[0] < end and start < marked[1]):
        return part, "", ""
    first, last = max(marked[0], start) - start, min(marked[1], end) - start
    return part[:first], part[first:last], part[last:]


def sentence_rows(article: Article, by_passage, marked=None):
    """[(passage, [SentenceRow])]: each passage's sentences (`by_passage` as
    passage_sentences gives them) with the events (published or not) that cite them, in one
    query."""
    rows_by_passage = [
        (passage, [
            SentenceRow(sentence, *cut_out(article.text, sentence.start, sentence.end, marked))
            for sentence in sentences
        ])
        for passage, sentences in by_passage
    ]  # fmt: skip
    citations = (
        Citation.objects.filter(article=article)
        .select_related("event")
        .only("quote_start", "quote_end", "event__title", "event__published")
        .order_by("event__start_date", "event_id")
    )
    rows = [row for _, passage_rows in rows_by_passage for row in passage_rows]
    for citation in citations:
        for row in rows:
            sentence = row.sentence
            overlaps = citation.quote_start < sentence.end and sentence.start < citation.quote_end
            if overlaps and citation.event not in row.events:
                row.events.append(citation.event)
    return rows_by_passage


def read_sentence(article: Article, passages: list[Passage], sentence) -> SentenceReading:
    """The pipeline's reading of one sentence, or what the vocabulary and the date resolver
    find in it when the pipeline made nothing of it."""
    vocabulary = Vocabulary.current()
    spans = [(p.start, p.end) for p in passages]
    candidates = [
        c
        for c in candidates_for_text(
            article.text, article.published, spans, vocabulary, article.language
        )
        if (c.quote_start, c.quote_end) == (sentence.start, sentence.end)
    ]
    folded = fold_citations(candidates) if candidates else None
    body = Body.of(article.text, spans)
    dates = _date_choices(article, body, sentence, candidates, folded)
    if folded:
        return SentenceReading(
            folded.title, folded.summary, folded.status, dates,
            list(folded.actors), list(folded.sectors), candidates,
        )  # fmt: skip
    actors, sectors = vocabulary.taggers(article.language)
    named = actors.named_in(body.text)
    planned = dates[0].start > article.published
    return SentenceReading(
        title=_opening_words(sentence.text),
        summary="",
        status=Event.Status.PLANNED if planned else Event.Status.OCCURRED,
        dates=dates,
        actors=[name for _, name in actors.find(sentence.text, named)],
        sectors=sectors.find(sentence.text),
    )


def _opening_words(text: str) -> str:
    words = text.split()
    title = " ".join(words[:TITLE_MAX_WORDS]).rstrip(" ,;:.")[:TITLE_MAX_CHARS]
    return title + "…" if len(words) > TITLE_MAX_WORDS else title


def _date_choices(article, body: Body, sentence, candidates, folded) -> list[DateChoice]:
    """The pipeline's date first, then every other dated mention in the sentence; when the
    sentence has none, the date the report carries; else the article's publication date."""
    choices = []
    for c in candidates:
        choice = DateChoice(c.value, c.start_date, c.end_date, c.precision, c.rule,
                            c.expression, c.expression_start, c.expression_end)  # fmt: skip
        if (c.value, c.start_date) == (folded.value, folded.start_date):
            # The folded event's end: "arrived on Tuesday for a two-day visit" lasts two days.
            choices.insert(0, replace(choice, end=folded.end_date))
        else:
            choices.append(choice)
    # Resolved over the whole paragraph, as the pipeline does: "that day" needs the sentence
    # before.
    first, last = body.paragraph_at(sentence.start)
    paragraph = article.text[first:last]
    for mention in resolve_dates(paragraph, article.published, article.language):
        start, end = first + mention.start, first + mention.end
        inside = sentence.start <= start and end <= sentence.end
        if inside and mention.start_date and mention.precision in Precision.values:
            choices.append(DateChoice(
                mention.value, mention.start_date, mention.end_date, mention.precision,
                mention.rule, mention.text, start, end,
            ))  # fmt: skip
    unique = {}
    for choice in choices:
        unique.setdefault((choice.value, choice.start, choice.end), choice)
    published = article.published
    return list(unique.values()) or [
        DateChoice(published.isoformat(), published, published, Precision.DAY,
                   PUBLICATION_DATE_RULE)
    ]  # fmt: skip


def vocabulary_matching(model, typed: str, limit: int) -> list:
    """Actors or sectors whose name, or one of whose aliases or keywords, holds the words."""
    other_names = Func(
        F(OTHER_NAMES[model]), Value("\n"), function="array_to_string", output_field=CharField()
    )
    matching = Q(name__icontains=typed) | Q(other_names__icontains=typed)
    return list(model.objects.annotate(other_names=other_names).filter(matching)[:limit])


def names_exactly(item, typed: str) -> bool:
    names = [item.name, *getattr(item, OTHER_NAMES[type(item)])]
    return typed.casefold() in {name.casefold() for name in names}


def actor_for(name: str, kind: str) -> Actor:
    """The vocabulary's actor of that name or alias, or a new one the editor adds by naming it."""
    existing = Actor.objects.filter(Q(name__iexact=name) | Q(aliases__contains=[name])).first()
    if existing is not None:
        return existing
    base = slugify(name) or "actor"
    slug, number = base, 1
    while Actor.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Actor.objects.create(name=name, slug=slug, kind=kind)


def _source_words(article: Article) -> str:
    return f"{article.outlet}, {article.published.day} {article.published:%b %Y}"


def _new_citation(event, article, passage, sentence, reading, date: DateChoice | None):
    """The sentence as a citation of the event, dated by `date` when it dates the event."""
    candidate = reading.candidate_for(date) if date else None
    return Citation.objects.create(
        event=event, article=article, passage=passage,
        quote_start=sentence.start, quote_end=sentence.end,
        date_start=date and date.words_start, date_end=date and date.words_end,
        date_value=date.value if date else "", date_rule=date.rule[:300] if date else "",
        extracted=candidate.as_record() if candidate else {},
    )  # fmt: skip


@transaction.atomic
def create_event(
    article, passage, sentence, reading: SentenceReading, *, date: DateChoice,
    title, summary, status, actors, sectors, user,
) -> Event:  # fmt: skip
    """A published, reviewed event whose one citation is the sentence."""
    event = Event(
        title=title, summary=summary, status=status, published=True, reviewed=True,
        start_date=date.start, end_date=date.end, precision=date.precision, value=date.value,
    )  # fmt: skip
    event._history_user = user
    event._change_reason = f"Made from a sentence of {_source_words(article)}"[:100]
    event.save()
    _new_citation(event, article, passage, sentence, reading, date)
    if actors or sectors:
        # One history record for both, taken after they are set, not one per field.
        event.skip_history_when_saving = True
        try:
            event.actors.set(actors)
            event.sectors.set(sectors)
        finally:
            del event.skip_history_when_saving
        save_reviewed(event, "Actors and sectors from the sentence", user, [])
    refresh_search_vectors([event.pk])
    return event


@transaction.atomic
def cite_sentence(event_id: int, article, passage, sentence, reading, *, user) -> Event:
    """The sentence becomes one more citation of the event; never the same sentence twice."""
    event = Event.objects.select_for_update().filter(pk=event_id).first()
    if event is None:
        raise CurationError("That event no longer exists: search again.")
    already = event.citations.filter(
        article=article, quote_start=sentence.start, quote_end=sentence.end
    )
    if already.exists():
        raise CurationError(f"“{event.title}” already cites this sentence.")
    # A sentence without date words does not date the event it is added to: the publication
    # date would otherwise count as evidence when the date is re-resolved from the citations.
    date = reading.dates[0] if reading.dates[0].words else None
    _new_citation(event, article, passage, sentence, reading, date)
    # Its citations changed: the pipeline works out what they add up to when next needed.
    event.reading = {}
    save_reviewed(event, f"Cited a sentence of {_source_words(article)}", user, ["reading"])
    refresh_search_vectors([event.pk])
    return event
