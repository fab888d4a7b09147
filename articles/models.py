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
