import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.cleaning import split_passages
from articles.ingest import IngestError, read_article_file
from articles.languages import detect_language
from timeline.extraction import fold_citations, group_candidates
from timeline.pipeline import candidates_for_text, extract_all


class Command(BaseCommand):
    help = (
        "Re-run event extraction over every stored article (--all), or print as JSON the "
        "events one article file would give, without writing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="An article text file (UTF-8).")
        parser.add_argument("--all", action="store_true", help="Re-extract every stored article.")
        parser.add_argument("--published", help="The file's publication date, YYYY-MM-DD.")
        parser.add_argument("--outlet", default="", help="The outlet (informational).")
        parser.add_argument("--language", help="ISO 639-1 code (en, ru, ur); detected if omitted.")

    def handle(self, *args, file=None, all=False, published=None, language=None, **options):
        if all:
            cited = extract_all()
            self.stdout.write(f"{cited} events cited by the stored articles")
            return
        if not file or not published:
            raise CommandError("give --all, or a FILE with --published YYYY-MM-DD")
        try:
            published_date = dt.date.fromisoformat(published)
        except ValueError:
            raise CommandError(
                f"--published {published!r} is not a date (use YYYY-MM-DD)"
            ) from None
        try:
            text = read_article_file(Path(file))
        except IngestError as error:
            raise CommandError(f"{file}: {error}") from None
        body = [(p.start, p.end) for p in split_passages(text) if p.kind == "body"]
        events = []
        language = language or detect_language(text)
        candidates = candidates_for_text(text, published_date, body, language=language)
        for group in group_candidates(candidates):
            event, lead = fold_citations(group), group[0]
            events.append(
                {
                    "title": event.title,
                    "value": event.value,
                    "start_date": event.start_date.isoformat(),
                    "end_date": event.end_date.isoformat(),
                    "precision": event.precision,
                    "status": event.status,
                    "actors": list(event.actors),
                    "sectors": list(event.sectors),
                    "quote": text[lead.quote_start : lead.quote_end],
                    "quote_start": lead.quote_start,
                    "quote_end": lead.quote_end,
                    "expression": lead.expression,
                }
            )
        self.stdout.write(json.dumps(events, ensure_ascii=False, indent=2))
