import hashlib

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

from articles.languages import ISO_639_1


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Article(models.Model):
    outlet = models.CharField(max_length=200)
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(help_text="The anchor for relative dates in the text.")
    text = models.TextField(help_text="Exactly as received; passages are offsets into it.")
    language = models.CharField(
        max_length=2, default="en", db_index=True,
        validators=[RegexValidator(ISO_639_1, "Two lower-case letters (ISO 639-1): en, ru, ur.")],
        help_text="ISO 639-1 code, detected on ingest. The pipeline reads en, ru and ur; "
        "correcting it re-runs extraction on this article.",
    )  # fmt: skip
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    ingested_at = models.DateTimeField(auto_now_add=True)
    is_synthetic = models.BooleanField(
        default=False, db_index=True, help_text="Made by generate_synthetic for load tests."
    )
    # Wire copies (articles/wire.py): the first article stored of an agency story that
    # several outlets printed; null for that first one and for every other article.
    wire_story = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_copies",
        help_text="The same agency story, as first stored from another outlet.",
    )
    wire_signature = models.BinaryField(default=b"", editable=False)

    class Meta:
        ordering = ["-published", "id"]
        indexes = [models.Index(fields=["published"])]

    def __str__(self):
        return f"{self.outlet}: {self.title} ({self.published:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("article-detail", args=[self.pk])

    @property
    def story_id(self) -> int:
        """The same for every outlet's copy of one wire story: sources are counted by it."""
        return self.wire_story_id or self.pk

    def other_printings(self):
        """The other outlets' copies of this article's wire story."""
        story = self.story_id
        return (
            Article.objects.filter(models.Q(pk=story) | models.Q(wire_story_id=story))
            .exclude(pk=self.pk)
            .defer("text", "wire_signature")
            .order_by("published", "outlet")
        )


class Passage(models.Model):
    class Kind(models.TextChoices):
        BODY = "body", "Body"
        BOILERPLATE = "boilerplate", "Boilerplate"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    ordinal = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.BODY)

    class Meta:
        ordering = ["article", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["article", "ordinal"], name="passage_ordinal_unique"),
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")), name="passage_not_empty"
            ),
        ]

    def __str__(self):
        return f"¶{self.ordinal} of article {self.article_id}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]

    @property
    def anchor(self) -> str:
        return f"p-{self.ordinal}"


class PageFetch(models.Model):
    """An editor's request to fetch one web page and store its article, done by a worker."""

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        INGESTED = "ingested", "Ingested"
        UNCHANGED = "unchanged", "Already stored"
        FAILED = "failed", "Failed"

    url = models.URLField("URL", max_length=1000)
    outlet = models.CharField(max_length=200, blank=True, help_text="Blank: the page's own.")
    title = models.CharField(max_length=500, blank=True, help_text="Blank: the page's own.")
    published = models.DateField(null=True, blank=True, help_text="Blank: the page's own.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    error = models.CharField(max_length=300, blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    job_id = models.BigIntegerField(null=True, blank=True, help_text="The worker's job.")
    requested_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = "article from URL"
        verbose_name_plural = "articles from URLs"

    def __str__(self):
        return self.url


class Feed(models.Model):
    """An outlet's RSS or Atom feed, polled for Pakistan–Russia stories."""

    url = models.URLField("URL", max_length=1000, unique=True)
    outlet = models.CharField(
        max_length=200, blank=True, help_text="Blank: each page's own site name."
    )
    active = models.BooleanField(default=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["outlet", "url"]

    def __str__(self):
        return self.outlet or self.url


class FeedItem(models.Model):
    """An item seen in a feed, kept so that no item is ever fetched or ingested twice."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(max_length=1000, help_text="The item's GUID, or its link.")
    url = models.URLField("URL", max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    relevant = models.BooleanField(help_text="It names both Pakistan and Russia.")
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    error = models.CharField(max_length=300, blank=True)
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-seen_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "key"], name="feed_item_seen_once"),
        ]

    def __str__(self):
        return self.title or self.url or self.key
