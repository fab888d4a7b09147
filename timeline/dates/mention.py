"""The result type of date resolution."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text, with its TimeML TIMEX3 reading.

    `start`/`end` are character offsets into the resolved text; `start_date`/`end_date` are
    the inclusive calendar range the expression denotes (None for PRESENT_REF and the like,
    for durations and for sets). `is_relative` is True when the value depends on the
    publication date or on an earlier mention rather than on the words alone.
    """

    start: int
    end: int
    text: str
    value: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    precision: str
    rule: str
    timex_type: str = "DATE"
    is_relative: bool = False

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "precision": self.precision,
            "rule": self.rule,
        }
