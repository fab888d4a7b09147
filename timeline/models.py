import datetime as dt

from django.contrib.postgres.fields import ArrayField, DateRangeField
from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection, models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from simple_history.models import HistoricalRecords

from articles.models import Article, Passage
from timeline.display import ArticleSource, sources_by_article

# PostgreSQL's "russian" configuration stems Cyrillic words with the Russian stemmer and
# Latin ones with the English stemmer and stop words, exactly as "english" does: one index
# serves English, Russian (переговоры, переговоров) and Urdu (left as written) text.
SEARCH_CONFIG = "russian"


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        COUNTRY = "country", "Country"
        ORGANISATION = "organisation", "Organisation"

    class Side(models.TextChoices):
        PAKISTAN = "pakistan", "Pakistan"
        RUSSIA = "russia", "Russia"
        OTHER = "", "Neither"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    side = models.CharField(
        max_length=10, choices=Side.choices, blank=True, default=Side.OTHER,
        help_text="Which side of the relationship the actor stands for: an event needs both.",
    )
    aliases = ArrayField(
        models.CharField(max_length=200), blank=True, default=list,
        help_text="Other spellings and full names, comma-separated: "
        "Sergei Lavrov, Sergey Viktorovich Lavrov.",
    )
    roles = ArrayField(
        models.CharField(max_length=200), blank=True, default=list,
        help_text="Role phrases that name this person when the article also names them: "
        "Russian foreign minister, Russian FM.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Sector(models.Model):
    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=100)
    keywords = ArrayField(
        models.CharField(max_length=100), blank=True, default=list,
        help_text="Words that put a sentence in this sector, comma-separated: oil, crude, gas.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Precision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    QUARTER = "quarter", "Quarter"
    SEASON = "season", "Season"
    YEAR = "year", "Year"
    DECADE = "decade", "Decade"
    CENTURY = "century", "Century"


def overlapping_years(first=None, last=None) -> models.Q:
    """Events that overlap the years first to last (either may be open)."""
    condition = models.Q()
    if first is not None:
        condition &= models.Q(end_date__year__gte=first)
    if last is not None:
        condition &= models.Q(start_date__year__lte=last)
    return condition


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def for_actors(self, actor_ids):
        """Events with every one of these actors (ids)."""
        return self.filter(actor_ids__contains=sorted(actor_ids)) if actor_ids else self

    def for_sectors(self, sector_ids):
        """Events in every one of these sectors (ids)."""
        return self.filter(sector_ids__contains=sorted(sector_ids)) if sector_ids else self

    def in_years(self, first=None, last=None):
        return self.filter(overlapping_years(first, last))

    def reported_in(self, language):
        """Events with a source written in `language` (ISO 639-1)."""
        sources = Citation.objects.filter(event=OuterRef("pk"), article__language=language)
        return self.filter(Exists(sources))

    def matching(self, text):
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return self.filter(search_vector=query)

    def starting_in_or_after(self, year: int | None):
        """Events that start in `year` or later; none at all when `year` is None."""
        if year is None:
            return self.none()
        return self.filter(start_date__gte=dt.date(year, 1, 1))

    def chronological(self):
        return self.order_by("start_date", "end_date", "id")


class DateSpan(models.Func):
    """An event's dates as one range, both days included, as the event_date_span index holds
    them: the events overlapping some dates are found without reading all earlier ones."""

    function = "daterange"
    template = "%(function)s(%(expressions)s, '[]')"
    output_field = DateRangeField()

    def __init__(self):
        super().__init__("start_date", "end_date")


class Event(models.Model):
    class Status(models.TextChoices):
        OCCURRED = "occurred", "Occurred"
        PLANNED = "planned", "Planned"

    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    start_date = models.DateField()
    end_date = models.DateField()
    precision = models.CharField(max_length=10, choices=Precision.choices)
    value = models.CharField("TimeML value", max_length=40)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OCCURRED)
    published = models.BooleanField(default=True)
    reviewed = models.BooleanField(
        default=False,
        help_text="Set when an editor saves the event; the pipeline never changes it then.",
    )
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    sectors = models.ManyToManyField(Sector, blank=True, related_name="events")
    search_vector = SearchVectorField(null=True, editable=False)
    # Copies of the actors and sectors relations, kept by database triggers (migration 0009)
    # so one indexed condition filters by several of them and counts need no join.
    actor_ids = ArrayField(models.IntegerField(), default=list, editable=False)
    sector_ids = ArrayField(models.IntegerField(), default=list, editable=False)
    reading = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text="What all the citations add up to, kept by the pipeline; empty when unknown.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    is_synthetic = models.BooleanField(default=False, db_index=True)
    # Bumped by database triggers whenever something the event's card shows changes
    # (timeline/cards.py, migration 0010), whoever writes.
    card_revision = models.BigIntegerField(default=0, editable=False)

    history = HistoricalRecords(
        m2m_fields=[actors, sectors],
        excluded_fields=["reading", "actor_ids", "sector_ids", "card_revision"],
    )
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "end_date", "id"]
        indexes = [
            models.Index(fields=["start_date", "end_date", "id"]),
            # Pages walk this index in order and filter on what it includes, without
            # reading the table: only the events shown are fetched.
            models.Index(
                fields=["published", "start_date", "end_date", "id"],
                include=["status", "precision", "actor_ids", "sector_ids"],
                name="event_chronological_filters",
            ),
            models.Index(
                fields=["status", "start_date", "end_date", "id"],
                condition=models.Q(published=True),
                name="event_published_by_status",
            ),
            GistIndex(DateSpan(), name="event_date_span"),
            GinIndex(fields=["search_vector"]),
            GinIndex(fields=["actor_ids"]),
            GinIndex(fields=["sector_ids"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_date__lte=models.F("end_date")), name="event_range_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.value}: {self.title}"

    def get_absolute_url(self):
        return reverse("event-detail", args=[self.pk])

    @property
    def sources(self) -> list[ArticleSource]:
        """The articles that report the event, each with its cited passages; uses prefetched
        citations (with their articles) when there are some."""
        return sources_by_article(self.citations.all())


class EventCard(models.Model):
    """An event's card as the timeline page shows it, rendered at one revision of the event.

    A cache kept in the database, so every worker on every machine shares it: a card whose
    revision or format is not the event's current one is never read (timeline/cards.py).
    """

    # No foreign-key constraint: a trigger deletes the cards of deleted events, however
    # they are deleted, and no delete of events has to look for cards first.
    event = models.OneToOneField(
        Event, primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False,
        related_name="card",
    )  # fmt: skip
    revision = models.BigIntegerField()
    format = models.CharField(max_length=64, help_text="Which templates rendered it.")
    html = models.TextField()

    def __str__(self):
        return f"card of event {self.event_id} at revision {self.revision}"


class EventTallyManager(models.Manager):
    # Plain SQL: every timeline page asks this, and building the ORM's aggregate query cost
    # more than running it.
    EARLIEST_START_YEAR = """
        SELECT min(start_year) FROM timeline_eventtally
        WHERE facet = %s AND facet_id = %s AND other = %s AND other_id = %s AND events > 0
          AND (%s = '' OR status = %s) AND end_year >= %s AND start_year <= %s
    """

    def earliest_start_year(self, *, actor_ids=(), sector_ids=(), status="", first=None,
                            last=None) -> int | None:  # fmt: skip
        """The earliest start year of the published events matching these filters (and
        maybe others: the tally pairs at most two actors or sectors); None when none do."""
        facets = [(EventTally.Facet.ACTOR, pk) for pk in actor_ids]
        facets += [(EventTally.Facet.SECTOR, pk) for pk in sector_ids]
        facet, facet_id = facets[0] if facets else (EventTally.Facet.EVENT, 0)
        other, other_id = facets[1] if len(facets) > 1 else ("", 0)
        first = dt.MINYEAR if first is None else first
        last = dt.MAXYEAR if last is None else last
        params = [facet, facet_id, other, other_id, status, status, first, last]
        with connection.cursor() as cursor:
            cursor.execute(self.EARLIEST_START_YEAR, params)
            return cursor.fetchone()[0]


class EventTally(models.Model):
    """How many published events share a year span, a status and up to two actors or sectors.

    Kept exact by database triggers on timeline_event (migration 0009), whoever writes. A
    row counts the events of its span and status that have `facet` (an actor, a sector, or
    'event' for every event) and, unless `other` is empty, `other` too: the timeline reads
    the counts of a filter with at most one actor or sector here instead of counting events.
    """

    class Facet(models.TextChoices):
        EVENT = "event", "Every event"
        ACTOR = "actor", "Actor"
        SECTOR = "sector", "Sector"

    facet = models.CharField(max_length=6, choices=Facet.choices)
    # The actor's or sector's id; 0 for the facet 'event'.
    facet_id = models.IntegerField()
    other = models.CharField(max_length=6, blank=True, choices=Facet.choices)
    other_id = models.IntegerField()
    start_year = models.SmallIntegerField()
    end_year = models.SmallIntegerField()
    status = models.CharField(max_length=10, choices=Event.Status.choices)
    # Whether the per-year chart counts these events (not decades or centuries).
    charted = models.BooleanField()
    events = models.IntegerField()

    objects = EventTallyManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "facet", "facet_id", "other", "other_id",
                    "start_year", "end_year", "status", "charted",
                ],  # fmt: skip
                name="event_tally_key",
                # The counts read the tally through this index alone (an index-only scan):
                # its rows lie scattered over the table, one heap page each.
                include=["events"],
            ),
        ]

    def __str__(self):
        facets = f"{self.facet} {self.facet_id}"
        if self.other:
            facets += f" & {self.other} {self.other_id}"
        return f"{facets}, {self.start_year}–{self.end_year}, {self.status}: {self.events}"


class Citation(models.Model):
    """The sentence that reports an event, and the words in it that date the event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="citations")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="citations")
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    date_start = models.PositiveIntegerField(null=True, blank=True)
    date_end = models.PositiveIntegerField(null=True, blank=True)
    date_value = models.CharField(max_length=40, blank=True)
    date_rule = models.CharField(max_length=300, blank=True)
    extracted = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text="What the pipeline read in this sentence; events are folded from these.",
    )

    class Meta:
        ordering = ["article__published", "quote_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "quote_start", "quote_end"], name="citation_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(quote_start__lt=models.F("quote_end")),
                name="citation_quote_not_empty",
            ),
        ]

    def __str__(self):
        return f"“{self.quote[:60]}” ({self.article.outlet})"

    @property
    def quote(self) -> str:
        return self.article.text[self.quote_start : self.quote_end]

    @property
    def date_expression(self) -> str:
        if self.date_start is None or self.date_end is None:
            return ""
        return self.article.text[self.date_start : self.date_end]
