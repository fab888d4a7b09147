"""Status: whether a report says a happening occurred or is planned."""

import datetime as dt
import re

from .triggers import Trigger

# Said right before the trigger, these make the happening future relative to publication.
_FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|(?:is|are)\s+expected\s+to|due\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|planning\s+to|scheduled\s+to|is\s+scheduled|will\s+be)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)


_PAST_MARKERS = re.compile(r"\b(?:was|were|had|has|have)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def status_of(sentence: str, trigger: Trigger, start: dt.date, published: dt.date) -> str:
    if start > published:
        return "planned"
    # "due to meet in Moscow later this year": a future marker governs the trigger, and the
    # date's range may begin before publication.
    before = sentence[: trigger.start]
    if _FUTURE_MARKERS.search(before) and not _PAST_MARKERS.search(before):
        return "planned"
    return "occurred"
