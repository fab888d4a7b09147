import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import IngestError, dateline_date, ingest_article, read_article_file
from articles.manifest import ManifestEntry, read_manifest

DEFAULT_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "articles"
PROGRESS_BAR_FROM = 20


class Command(BaseCommand):
    help = (
        "Ingest articles: the fixtures (no argument), a folder with a manifest.json, "
        "or one file with --outlet, --title and --published."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="A folder with manifest.json, or one text file."
        )
        parser.add_argument("--outlet")
        parser.add_argument("--title")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--url", default="")
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
        if target.is_dir():
            try:
                entries = read_manifest(target)
            except IngestError as error:
                raise CommandError(str(error)) from None
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

    def ingest_entry(self, entry: ManifestEntry) -> tuple[str, str]:
        name = entry.path.name
        try:
            text = read_article_file(entry.path)
            published, note = entry.published, ""
            if not published:
                published = dateline_date(text)
                if published is None:
                    raise IngestError(
                        "no publication date in the metadata and no dateline in the text"
                    )
                note = f" (publication date {published} taken from the dateline)"
            result = ingest_article(
                text=text,
                outlet=entry.outlet,
                title=entry.title,
                published=published,
                url=entry.url,
                language=entry.language,
            )
        except IngestError as error:
            return "failed", f"failed     {name}: {error}"
        article = result.article
        if not result.created:
            return "unchanged", f"unchanged  {name}: already stored as article {article.pk}"
        body = article.passages.filter(kind="body").count()
        events = article.citations.values("event").distinct().count()
        return "ingested", (
            f"ingested   {name}: article {article.pk} ({article.language}), "
            f"{article.passages.count()} passages "
            f"({body} body), {events} events{note}"
        )

    def draw_progress(self, done: int, total: int, width: int = 40):
        filled = width * done // total
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
