"""The one write path for articles: validate, store text and passages, announce.

Used by the `ingest_articles` command, the admin and the tests alike.
"""

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from articles.cleaning import split_passages
from articles.fetch import FetchError, fetch
from articles.languages import ISO_639_1, detect_language
from articles.models import Article, PageFetch, Passage, content_hash
from articles.signals import article_ingested
from articles.webpage import NotAnArticle, WebPage, read_web_page
from articles.wire import SAME_STORY, signature, similarities

EARLIEST_PUBLICATION = dt.date(1900, 1, 1)
# Outlets print an agency story within days of each other (a print edition a day later).
WIRE_COPY_WINDOW = dt.timedelta(days=3)

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
    page: WebPage | None = None  # what was read from the page, for an article from HTML

    @property
    def date_note(self) -> str:
        if self.page is None or self.page.published != self.article.published:
            return ""
        return f"publication date {self.page.published} from {self.page.date_source}"


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


def read_file_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from None
    if size > limit:
        raise IngestError(f"too large: {size:,} bytes (the limit is {limit / 1024 / 1024:g} MB)")
    try:
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from None


def read_article_file(path: Path) -> str:
    return decode_article_bytes(read_file_bytes(path, settings.ARTICLE_MAX_BYTES))


def is_html_file(path: Path) -> bool:
    return path.suffix.lower() in {".html", ".htm"}


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
    try:
        return _store_article(text, outlet, title, published, url, language)
    except IntegrityError:
        # Another worker stored the same text a moment ago: content_hash is unique.
        existing = Article.objects.filter(content_hash=content_hash(text)).first()
        if existing is None:
            raise
        return IngestResult(existing, created=False)


# Workers on several machines ingest at once. Each article's transaction waits its turn
# before its first write and keeps it to the end: a copy of a wire story then finds the
# first printing stored a moment before, and the timeline app matches an article's reports
# against events that every earlier article has committed, so two reports of one happening
# make one event. Cutting the text into passages and reading its language do not wait.
# "inge" in ASCII; no other advisory lock in the project.
_TAKE_TURN = "SELECT pg_advisory_xact_lock(1768843109)"


def take_ingest_turn() -> None:
    """Wait until no other transaction stores or re-reads an article; keep the turn to the
    end of this transaction."""
    with connection.cursor() as cursor:
        cursor.execute(_TAKE_TURN)


def _store_article(
    text: str, outlet: str, title: str, published, url: str, language: str | None
) -> IngestResult:
    spans = split_passages(text)
    body = "\n".join(text[span.start : span.end] for span in spans if span.kind == "body")
    wire_signature = signature(body)
    language = language or detect_language(text)
    with transaction.atomic():
        with connection.cursor() as cursor:
            # An article is all or nothing either way; not waiting for the disk at each commit
            # makes bulk ingest several times faster, and what a crash loses in the last
            # moment, ingesting the same files again restores. Its queries read a few hundred
            # rows through indexes: parallel workers would cost more to start than they save,
            # and take cores from the other ingesting workers.
            cursor.execute(
                "SET LOCAL synchronous_commit TO OFF;"
                " SET LOCAL max_parallel_workers_per_gather TO 0;"
                f" {_TAKE_TURN}"
            )
        article = Article.objects.create(
            outlet=outlet,
            title=title,
            url=url,
            published=published,
            text=text,
            language=language,
            wire_signature=wire_signature,
            wire_story_id=wire_story(wire_signature, published),
        )
        passages = Passage.objects.bulk_create(
            Passage(
                article=article, ordinal=ordinal, start=span.start, end=span.end, kind=span.kind
            )
            for ordinal, span in enumerate(spans, start=1)
        )
        article_ingested.send(sender=Article, article=article, passages=passages)
    return IngestResult(article, created=True)


def ingest_web_page(
    html: bytes,
    *,
    page_url: str = "",
    outlet: str = "",
    title: str = "",
    published=None,
    url: str = "",
) -> IngestResult:
    """Store the article a web page carries. Metadata given here wins over the page's own.

    page_url is where the page was fetched from (its path may carry the date); url, when
    given, is stored instead of the page's canonical address.
    """
    if not html.strip():
        raise IngestError("empty page")
    if len(html) > settings.WEB_PAGE_MAX_BYTES:
        limit_mb = settings.WEB_PAGE_MAX_BYTES / 1024 / 1024
        raise IngestError(f"too large: {len(html):,} bytes (the limit is {limit_mb:g} MB)")
    try:
        page = read_web_page(html, page_url or url)
    except NotAnArticle as error:
        raise IngestError(str(error)) from None
    outlet = outlet or page.site_name
    if not outlet:
        raise IngestError("the page does not name its site: give the outlet")
    published = published or page.published
    if not published:
        raise IngestError("no publication date found on the page: give one")
    result = ingest_article(
        text=page.text,
        outlet=outlet,
        title=title or page.title,
        published=published,
        url=url or page.canonical_url,
    )
    return IngestResult(result.article, result.created, page)


def ingest_url(url: str, *, outlet: str = "", title: str = "", published=None) -> IngestResult:
    """Fetch a page and store its article; refusals of the fetch are IngestErrors too."""
    try:
        page = fetch(url.strip(), allow_private=settings.ALLOW_PRIVATE_FETCH)
    except FetchError as error:
        raise IngestError(str(error)) from None
    return ingest_web_page(
        page.body, page_url=page.url, outlet=outlet, title=title, published=published
    )


def wire_story(wire_signature: bytes, published: dt.date) -> int | None:
    """The stored wire story whose text this one prints, if any (see articles/wire.py)."""
    if not wire_signature:
        return None
    printed_near = Article.objects.filter(
        published__range=(published - WIRE_COPY_WINDOW, published + WIRE_COPY_WINDOW)
    ).exclude(wire_signature=b"")
    rows = list(printed_near.values_list("pk", "wire_story_id", "wire_signature"))
    scores = similarities(wire_signature, [bytes(row[2]) for row in rows])
    best = max(range(len(rows)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < SAME_STORY:
        return None
    pk, story, _ = rows[best]
    return story or pk


def run_page_fetch(page_fetch: PageFetch) -> PageFetch:
    """Do an editor's fetch request and record how it ended, with a one-line reason on failure."""
    try:
        result = ingest_url(
            page_fetch.url,
            outlet=page_fetch.outlet,
            title=page_fetch.title,
            published=page_fetch.published,
        )
    except IngestError as error:
        page_fetch.state, page_fetch.error = PageFetch.State.FAILED, one_line(error)
    else:
        created = result.created
        page_fetch.state = PageFetch.State.INGESTED if created else PageFetch.State.UNCHANGED
        page_fetch.article, page_fetch.error = result.article, ""
    page_fetch.finished_at = timezone.now()
    page_fetch.save(update_fields=["state", "error", "article", "finished_at"])
    return page_fetch


def one_line(error: Exception, limit: int = 300) -> str:
    line = " ".join(str(error).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
