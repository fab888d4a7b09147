"""The one write path for articles: validate, store text and passages, announce.

Used by the `ingest_articles` command, the admin and the tests alike.
"""

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

from articles.cleaning import split_passages
from articles.languages import ISO_639_1, detect_language
from articles.models import Article, Passage, content_hash
from articles.signals import article_ingested

EARLIEST_PUBLICATION = dt.date(1900, 1, 1)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A dateline is a date alone on one of the first lines: "April 8, 2021" or "8 April 2021".
_DATELINE = re.compile(
    rf"^\s*(?:(?P<month1>{_MONTHS})\s+(?P<day1>\d{{1,2}}),\s*(?P<year1>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS})\s+(?P<year2>\d{{4}}))\s*$",
    re.IGNORECASE,
)
_DATELINE_SEARCH_LINES = 5


# Only links a reader can follow safely: no javascript:, data: or file: addresses.
_WEB_ADDRESS = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class IngestError(Exception):
    """Bad input, with a one-line reason fit to show the user."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def decode_article_bytes(data: bytes) -> str:
    if not data.strip():
        raise IngestError("empty file")
    if len(data) > settings.ARTICLE_MAX_BYTES:
        limit_mb = settings.ARTICLE_MAX_BYTES / 1024 / 1024
        raise IngestError(f"too large: {len(data):,} bytes (the limit is {limit_mb:g} MB)")
    if b"\x00" in data:
        raise IngestError("binary file: it contains NUL bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(f"not UTF-8 text (invalid byte at position {error.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise IngestError("empty file")
    return text


def read_article_file(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from None
    if size > settings.ARTICLE_MAX_BYTES:
        limit_mb = settings.ARTICLE_MAX_BYTES / 1024 / 1024
        raise IngestError(f"too large: {size:,} bytes (the limit is {limit_mb:g} MB)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from None
    return decode_article_bytes(data)


def parse_publication_date(value, *, today: dt.date | None = None) -> dt.date:
    """Accept a date or an ISO string; refuse what cannot be a publication date."""
    today = today or dt.date.today()
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise IngestError(
                f"publication date {value!r} is not a date (use YYYY-MM-DD)"
            ) from None
    if value > today:
        raise IngestError(f"publication date {value} is in the future")
    if value < EARLIEST_PUBLICATION:
        raise IngestError(f"publication date {value} is before {EARLIEST_PUBLICATION.year}")
    return value


def dateline_date(text: str) -> dt.date | None:
    """The date printed alone on one of the first lines of the text, if any."""
    lines = [line for line in text.splitlines() if line.strip()][:_DATELINE_SEARCH_LINES]
    for line in lines:
        match = _DATELINE.match(line)
        if not match:
            continue
        month = match["month1"] or match["month2"]
        day = match["day1"] or match["day2"]
        year = match["year1"] or match["year2"]
        try:
            return dt.datetime.strptime(f"{day} {month} {year}", "%d %B %Y").date()
        except ValueError:
            return None
    return None


def ingest_article(
    *, text: str, outlet: str, title: str, published, url: str = "", language: str | None = None
) -> IngestResult:
    """Store one article with its passages in one transaction; the same text is stored once.

    `language` (ISO 639-1) is detected from the text when not given.
    """
    outlet, title, url = outlet.strip(), title.strip(), (url or "").strip()
    for name, value in (("outlet", outlet), ("title", title), ("url", url)):
        limit = Article._meta.get_field(name).max_length
        if len(value) > limit:
            raise IngestError(f"{name} too long: {len(value)} characters (the limit is {limit})")
    if not outlet:
        raise IngestError("no outlet given")
    if not title:
        raise IngestError("no title given")
    if url and not _WEB_ADDRESS.match(url):
        raise IngestError(f"url {url[:60]!r} is not an http(s) address")
    if not text.strip():
        raise IngestError("empty text")
    published = parse_publication_date(published)
    if language and not ISO_639_1.match(language):
        raise IngestError(f"language {language[:20]!r} is not an ISO 639-1 code such as en, ru, ur")

    existing = Article.objects.filter(content_hash=content_hash(text)).first()
    if existing:
        return IngestResult(existing, created=False)

    with transaction.atomic():
        with connection.cursor() as cursor:
            # An article is all or nothing either way; not waiting for the disk at each commit
            # makes bulk ingest several times faster, and what a crash loses in the last
            # moment, ingesting the same files again restores.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        article = Article.objects.create(
            outlet=outlet, title=title, url=url, published=published, text=text,
            language=language or detect_language(text),
        )  # fmt: skip
        passages = Passage.objects.bulk_create(
            Passage(
                article=article, ordinal=ordinal, start=span.start, end=span.end, kind=span.kind
            )
            for ordinal, span in enumerate(split_passages(text), start=1)
        )
        article_ingested.send(sender=Article, article=article, passages=passages)
    return IngestResult(article, created=True)
