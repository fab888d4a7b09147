"""Print the date mentions of a text file as JSON lines.

python manage.py resolve_dates --published 2022-02-22 article.txt
cat article.txt | python manage.py resolve_dates --published 2022-02-22 -
"""

import datetime
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.dates import resolve_dates


class Command(BaseCommand):
    help = "Resolve the dates in a text; print one JSON object per mention."

    def add_arguments(self, parser):
        parser.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
        parser.add_argument(
            "--language", default="en", help="ISO 639-1 code of the text: en (default), ru, ur"
        )
        parser.add_argument("file", help='path of a UTF-8 text file, or "-" for standard input')

    def handle(self, *args, published, file, language, **options):
        try:
            publication_date = datetime.date.fromisoformat(published)
        except ValueError:
            raise CommandError(
                f"--published must be a date as YYYY-MM-DD, not {published!r}"
            ) from None
        text = _read_text(file)
        for mention in resolve_dates(text, publication_date, language):
            self.stdout.write(json.dumps(mention.as_dict(), ensure_ascii=False))


def _read_text(file: str) -> str:
    """The text exactly as stored: no newline translation, so offsets index the file."""
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {file}: {error.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CommandError(f"{file} is not UTF-8 text (byte {error.start})") from None
