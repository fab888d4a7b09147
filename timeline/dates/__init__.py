"""Date resolution: temporal expressions in news text, as TimeML TIMEX3 values and date ranges.

Pure Python (no Django), so it can be tested and benchmarked on its own.
"""

import datetime

from .mention import DateMention
from .resolve import resolve_dates as resolve_english_dates
from .russian import resolve_russian
from .urdu import resolve_urdu

_BY_LANGUAGE = {"ru": resolve_russian, "ur": resolve_urdu}


def resolve_dates(
    text: str,
    published: datetime.date,
    language: str = "en",
    anchor: datetime.date | None = None,
) -> list[DateMention]:
    """All temporal expressions in `text`, resolved against the publication date, read with
    the patterns of its language (ISO 639-1; English for a language without its own).

    `anchor`, the day the story is at where the text begins, dates anaphors ("a day
    earlier", «в этот же день») that have no date before them in the text."""
    if language in _BY_LANGUAGE:
        return _BY_LANGUAGE[language](text, published, anchor)
    return resolve_english_dates(text, published, anchor)


__all__ = ["DateMention", "resolve_dates"]
