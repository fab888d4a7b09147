"""Date resolution: temporal expressions in news text, as TimeML TIMEX3 values and date ranges.

Pure Python (no Django), so it can be tested and benchmarked on its own.
"""

import datetime

from .mention import DateMention
from .resolve import resolve_dates as resolve_english_dates
from .russian import resolve_russian
from .urdu import resolve_urdu

_BY_LANGUAGE = {"ru": resolve_russian, "ur": resolve_urdu}


def resolve_dates(text: str, published: datetime.date, language: str = "en") -> list[DateMention]:
    """All temporal expressions in `text`, resolved against the publication date, read with
    the patterns of its language (ISO 639-1; English for a language without its own)."""
    return _BY_LANGUAGE.get(language, resolve_english_dates)(text, published)


__all__ = ["DateMention", "resolve_dates"]
