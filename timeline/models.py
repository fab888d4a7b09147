from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import models
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


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def for_actors(self, slugs):
        for slug in slugs:
            self = self.filter(actors__slug=slug)
        return self

    def for_sectors(self, slugs):
        for slug in slugs:
            self = self.filter(sectors__slug=slug)
        return self

    def in_years(self, first=None, last=None):
        if first is not None:
            self = self.filter(end_date__year__gte=first)
        if last is not None:
            self = self.filter(start_date__year__lte=last)
        return self

    def reported_in(self, language):
        """Events with a source written in `language` (ISO 639-1)."""
        sources = Citation.objects.filter(event=OuterRef("pk"), article__language=language)
        return self.filter(Exists(sources))

    def matching(self, text):
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return self.filter(search_vector=query)

    def chronological(self):
        return self.order_by("start_date", "end_date", "id")


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
    reading = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text="What all the citations add up to, kept by the pipeline; empty when unknown.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    is_synthetic = models.BooleanField(default=False, db_index=True)

    history = HistoricalRecords(m2m_fields=[actors, sectors], excluded_fields=["reading"])
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "end_date", "id"]
        indexes = [
            models.Index(fields=["start_date", "end_date", "id"]),
            models.Index(fields=["published", "start_date", "id"]),
            GinIndex(fields=["search_vector"]),
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
