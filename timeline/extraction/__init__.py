"""From an article's body passages to candidate timeline events (pure Python).

A candidate is one sentence that reports a Pakistan–Russia happening with a resolved date:
the date mention, the words that say something happened or is planned (the trigger), the
actors and sectors named, a headline-style title and the citation offsets. One module per
stage: `triggers` (what happened), `pairing` (which date dates it), `participants` (both
sides take part), `status` (occurred or planned), `titles`, `frame` (a report's time frame
carried to its undated sentences) and `reports` (the stages in order). Deciding which
candidates are the same happening and folding several citations into one event's fields is
`grouping`.
"""

from .candidate import EVENT_PRECISIONS, PRECISION_RANK, Candidate
from .grouping import (
    EventReading,
    FoldedEvent,
    Signature,
    fold_citations,
    group_candidates,
    same_happening,
)
from .reports import extract_candidates

__all__ = [
    "EVENT_PRECISIONS",
    "PRECISION_RANK",
    "Candidate",
    "EventReading",
    "FoldedEvent",
    "Signature",
    "extract_candidates",
    "fold_citations",
    "group_candidates",
    "same_happening",
]
