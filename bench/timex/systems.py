"""The systems under test. Each maps a gold Document to a list of predicted Timex."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.timex.gold import Document, Timex

REPO_ROOT = Path(__file__).resolve().parents[2]

System = Callable[[Document], list[Timex]]


class SystemUnavailable(RuntimeError):
    """The system cannot run here (e.g. the resolver package is not written yet)."""


def resolver_in_process() -> System:
    """Our resolver, imported directly (fast: no Django start-up per document)."""
    try:
        from timeline.dates import resolve_dates
    except ImportError as error:
        raise SystemUnavailable(f"timeline.dates is not importable: {error}") from error

    def run(document: Document) -> list[Timex]:
        return [_timex_from_mention(m) for m in resolve_dates(document.text, document.dct)]

    return run


def resolver_via_cli() -> System:
    """Our resolver through `manage.py resolve_dates`, exactly as an operator would run it."""

    def run(document: Document) -> list[Timex]:
        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as handle:
            handle.write(document.text.encode("utf-8"))
        path = Path(handle.name)
        try:
            completed = subprocess.run(
                [
                    sys.executable,
                    "manage.py",
                    "resolve_dates",
                    "--published",
                    document.dct.isoformat(),
                    str(path),
                ],
                cwd=REPO_ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
        finally:
            path.unlink(missing_ok=True)
        if completed.returncode != 0:
            raise SystemUnavailable(f"resolve_dates CLI failed: {completed.stderr.strip()[-500:]}")
        return [
            _timex_from_mention(json.loads(line))
            for line in completed.stdout.splitlines()
            if line.strip()
        ]

    return run


def dateparser_baseline() -> System:
    """dateparser's search_dates, the obvious off-the-shelf alternative.

    It returns (substring, datetime) pairs without offsets, so each substring is
    located by searching forward from the previous hit; its only possible value
    is a calendar day, so every value is YYYY-MM-DD and the type is unknown.
    """
    from dateparser.search import search_dates

    def run(document: Document) -> list[Timex]:
        base = datetime.datetime.combine(document.dct, datetime.time())
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        found = search_dates(document.text, settings=settings, languages=["en"]) or []
        return list(locate_substrings(document.text, found))

    return run


def locate_substrings(text: str, found: list[tuple[str, datetime.datetime]]):
    """Give dateparser hits offsets: successive occurrences for repeated substrings."""
    cursor = 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:  # out of order; fall back to the first occurrence anywhere
            start = text.find(substring)
        if start < 0:
            continue
        end = start + len(substring)
        cursor = end
        yield Timex(start, end, substring, type=None, value=moment.date().isoformat())


def _timex_from_mention(mention) -> Timex:
    """Accept a DateMention object or the CLI's JSON dict."""
    fields = mention if isinstance(mention, dict) else mention.as_dict()
    timex_type = fields.get("timex_type") or getattr(mention, "timex_type", None)
    return Timex(
        start=int(fields["start"]),
        end=int(fields["end"]),
        text=fields.get("text", ""),
        type=timex_type,
        value=fields.get("value") or "",
    )
