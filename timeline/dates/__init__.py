"""Date resolution: temporal expressions in news text, as TimeML TIMEX3 values and date ranges.

Pure Python (no Django), so it can be tested and benchmarked on its own.
"""

from .mention import DateMention
from .resolve import resolve_dates

__all__ = ["DateMention", "resolve_dates"]
