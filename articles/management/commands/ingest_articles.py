import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import (
    IngestError,
    IngestResult,
    dateline_date,
    ingest_article,
    ingest_url,
    ingest_web_page,
    is_html_file,
    read_article_file,
    read_file_bytes,
)
from articles.manifest import MANIFEST_NAME, ManifestEntry, read_manifest

DEFAULT_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "articles"
PROGRESS_BAR_FROM = 20


@dataclass(frozen=True)
class URLEntry:
    url: str
    outlet: str
    title: str
    published: str | None


class Command(BaseCommand):
    help = (
        "Ingest articles: the fixtures (no argument), a folder with a manifest.json or of "
        ".html pages, one text file with --outlet, --title and --published, or one .html "
        "page (its own title, site name and date unless given); with --url alone, the page "
        "at that address is fetched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="A folder (manifest.json, or .html pages), or one file."
        )
        parser.add_argument("--outlet")
        parser.add_argument("--title")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument(
            "--url",
            default="",
            help="The article's address; given without a path, the page is fetched from it.",
        )
        parser.add_argument("--language", help="ISO 639-1 code (en, ru, ur); detected if omitted.")

    def handle(
        self,
        *args,
        path=None,
        outlet=None,
        title=None,
        published=None,
        url="",
        language=None,
        **options,
    ):
        target = Path(path) if path else DEFAULT_DIRECTORY
        if url and not path:
            entries = [URLEntry(url, outlet or "", title or "", published)]
        elif target.is_dir():
            entries = self.folder_entries(target)
        elif target.is_file() and is_html_file(target):
            entries = [ManifestEntry(target, outlet or "", title or "", url, published)]
        elif target.is_file():
            missing = [
                flag for flag, value in (("--outlet", outlet), ("--title", title)) if not value
            ]
            if missing:
                raise CommandError(f"{target}: one file needs {' and '.join(missing)}")
            entries = [ManifestEntry(target, outlet, title, url, published, language)]
        else:
            raise CommandError(f"{target}: no such file or folder")

        counts = {"ingested": 0, "unchanged": 0, "failed": 0}
        quiet = options["verbosity"] == 0
        show_bar = not quiet and sys.stdout.isatty() and len(entries) >= PROGRESS_BAR_FROM
        for done, entry in enumerate(entries, start=1):
            outcome, line = self.ingest_entry(entry)
            counts[outcome] += 1
            if show_bar:
                self.draw_progress(done, len(entries))
            if outcome == "failed":
                self.stderr.write(self.style.ERROR(line))
            elif not (show_bar or quiet):
                self.stdout.write(line)
        if show_bar:
            self.stdout.write("")
        if not quiet:
            self.stdout.write(", ".join(f"{count} {outcome}" for outcome, count in counts.items()))
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {len(entries)} articles failed")

    def folder_entries(self, folder: Path) -> list[ManifestEntry]:
        pages = sorted(path for path in folder.iterdir() if is_html_file(path))
        if pages and not (folder / MANIFEST_NAME).exists():
            return [ManifestEntry(path, "", "", "", None) for path in pages]
        try:
            return read_manifest(folder)
        except IngestError as error:
            raise CommandError(str(error)) from None

    def ingest_entry(self, entry: ManifestEntry | URLEntry) -> tuple[str, str]:
        if isinstance(entry, URLEntry):
            name, read = entry.url, self.ingest_fetched
        else:
            name = entry.path.name
            read = self.ingest_page if is_html_file(entry.path) else self.ingest_text
        try:
            result, note = read(entry)
        except IngestError as error:
            return "failed", f"failed     {name}: {error}"
        return self.report(name, result, note)

    def ingest_fetched(self, entry: URLEntry) -> tuple[IngestResult, str]:
        result = ingest_url(
            entry.url, outlet=entry.outlet, title=entry.title, published=entry.published
        )
        return result, result.date_note

    def ingest_text(self, entry: ManifestEntry) -> tuple[IngestResult, str]:
        text = read_article_file(entry.path)
        published, note = entry.published, ""
        if not published:
            published = dateline_date(text)
            if published is None:
                raise IngestError("no publication date in the metadata and no dateline in the text")
            note = f"publication date {published} taken from the dateline"
        result = ingest_article(
            text=text,
            outlet=entry.outlet,
            title=entry.title,
            published=published,
            url=entry.url,
            language=entry.language,
        )
        return result, note

    def ingest_page(self, entry: ManifestEntry) -> tuple[IngestResult, str]:
        html = read_file_bytes(entry.path, settings.WEB_PAGE_MAX_BYTES)
        result = ingest_web_page(
            html, outlet=entry.outlet, title=entry.title, published=entry.published, url=entry.url
        )
        return result, result.date_note

    def report(self, name: str, result: IngestResult, note: str) -> tuple[str, str]:
        article = result.article
        if not result.created:
            return "unchanged", f"unchanged  {name}: already stored as article {article.pk}"
        body = article.passages.filter(kind="body").count()
        events = article.citations.values("event").distinct().count()
        note = f" ({note})" if note else ""
        return "ingested", (
            f"ingested   {name}: article {article.pk} ({article.language}), "
            f"{article.passages.count()} passages "
            f"({body} body), {events} events{note}"
        )

    def draw_progress(self, done: int, total: int, width: int = 40):
        filled = width * done // total
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
