"""A candidate event: one sentence's report of a happening, with its date and citation."""

import datetime as dt
from dataclasses import dataclass, fields, replace

PRECISION_RANK = {
    precision: rank
    for rank, precision in enumerate(
        ("day", "week", "month", "quarter", "season", "year", "decade", "century")
    )
}


# A century dates a symbol or an era, not a happening ("a symbol of friendship in the 20th
# century"), so it never makes an event on its own.
EVENT_PRECISIONS = frozenset(PRECISION_RANK) - {"century"}


@dataclass(frozen=True)
class Candidate:
    """One sentence's report of a happening; stored with its citation."""

    title: str
    summary: str
    kind: str
    value: str
    start_date: dt.date
    end_date: dt.date
    precision: str
    status: str
    actors: tuple[str, ...]
    sectors: tuple[str, ...]
    quote_start: int
    quote_end: int
    expression_start: int
    expression_end: int
    expression: str
    rule: str
    passage_index: int = 0  # the paragraph it stands in, for how far its frame reaches
    people: tuple[str, ...] = ()
    verbal: bool = True
    continues: bool = False

    def dated(self, date, rule: str, **changes) -> "Candidate":
        """This candidate with the value, range and precision of `date` (a date reading, or
        another candidate) and the rule that says why; `changes` set the rest (where the
        date words stand)."""
        return replace(
            self, value=date.value, start_date=date.start_date, end_date=date.end_date,
            precision=date.precision, rule=rule[:300], **changes,
        )  # fmt: skip

    def as_record(self) -> dict:
        """JSON-ready, for the citation's stored copy and the CLI."""
        # Every field is a plain value or a tuple of strings: asdict's deep copy is not needed.
        record = {field.name: getattr(self, field.name) for field in fields(self)}
        record["start_date"] = self.start_date.isoformat()
        record["end_date"] = self.end_date.isoformat()
        record["actors"] = list(self.actors)
        record["sectors"] = list(self.sectors)
        record["people"] = list(self.people)
        return record

    @classmethod
    def from_record(cls, record: dict) -> "Candidate":
        values = dict(record)
        values["start_date"] = dt.date.fromisoformat(values["start_date"])
        values["end_date"] = dt.date.fromisoformat(values["end_date"])
        for key in ("actors", "sectors", "people"):
            values[key] = tuple(values.get(key, ()))
        return cls(**values)
