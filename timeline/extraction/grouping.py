"""Which candidates report the same happening, and what an event's reports add up to."""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .candidate import PRECISION_RANK, Candidate

_COMPATIBLE_KINDS = {frozenset({"meeting", "statement"}), frozenset({"visit", "meeting"})}


def _kinds_compatible(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or any(frozenset({x, y}) in _COMPATIBLE_KINDS for x in a for y in b)


@dataclass(frozen=True)
class Signature:
    """What same_happening compares: an event's dates, people, sectors and kinds."""

    start_date: dt.date
    end_date: dt.date
    precision: str
    people: frozenset[str]
    sectors: frozenset[str]
    kinds: frozenset[str]

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> "Signature":
        return EventReading.of(candidates).signature()


def _one_day_one_unsectored(a: Signature, b: Signature) -> bool:
    """A report naming no sector tells the same day's news as one that does ("Pakistan,
    Russia sign MoU" and "signed an MoU on energy on Thursday"). Over a month or a year,
    two such reports are as likely two happenings (a deal agreed, an embargo lifted)."""
    one_day = a.precision == b.precision == "day" and a.start_date == b.start_date
    return one_day and not (a.sectors and b.sectors)


def same_happening(a: Signature, b: Signature) -> bool:
    """Two reports of one happening: compatible dates, a shared person, compatible kinds.

    Same-day reports of talks and statements are one happening; an arrival on Tuesday and
    the talks on Wednesday are two, though they share the visitor. Without named people,
    reports must share a kind and a sector (the first oil cargo in two articles), or be of
    one day with no sector named in one of them.
    """
    if a.start_date > b.end_date or b.start_date > a.end_date:
        return False
    rank_a, rank_b = PRECISION_RANK[a.precision], PRECISION_RANK[b.precision]
    if rank_a == rank_b:
        if rank_a == PRECISION_RANK["day"]:
            both_stays = "visit" in a.kinds and "visit" in b.kinds
            if a.start_date != b.start_date and not both_stays:
                return False
        elif (a.start_date, a.end_date) != (b.start_date, b.end_date):
            return False
    else:
        vague, precise = (a, b) if rank_a > rank_b else (b, a)
        if not vague.start_date <= precise.start_date <= vague.end_date:
            return False
        # A vague mention refines only a report of the same kind ("In April last year ...
        # visited" is the visit, not the talks on its second day).
        if not vague.kinds & precise.kinds:
            return False
    if a.people or b.people:
        if not a.people & b.people:
            return False
    elif not (a.kinds & b.kinds and (a.sectors & b.sectors or _one_day_one_unsectored(a, b))):
        return False
    if a.precision == b.precision == "day" and a.start_date != b.start_date:
        return True
    return _kinds_compatible(set(a.kinds), set(b.kinds))


def group_candidates(candidates: Sequence[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped by happening, the most precise reports first in each group."""
    groups: list[list[Candidate]] = []
    for candidate in sorted(candidates, key=lambda c: (PRECISION_RANK[c.precision], c.quote_start)):
        signature = Signature.of([candidate])
        group = next((g for g in groups if same_happening(signature, Signature.of(g))), None)
        if group is None:
            groups.append([candidate])
        else:
            group.append(candidate)
    return groups


@dataclass(frozen=True)
class FoldedEvent:
    title: str
    summary: str
    value: str
    start_date: dt.date
    end_date: dt.date
    precision: str
    status: str
    actors: tuple[str, ...]
    sectors: tuple[str, ...]


def _names_a_person(candidate: Candidate) -> bool:
    """A title that says who acted ("Lavrov arrives ...") reads better than one that doesn't."""
    return any(person.split()[-1] in candidate.title for person in candidate.people)


def _lead_key(candidate: Candidate, order) -> list:
    """The most precise report leads; among equals, one that says who acted, then the first."""
    return [
        PRECISION_RANK[candidate.precision], candidate.continues, not candidate.verbal,
        not _names_a_person(candidate), *order,
    ]  # fmt: skip


@dataclass
class EventReading:
    """All an event's reports add up to, kept so that one more report can be added without
    reading the others again: an event reported by hundreds of articles stays cheap.

    Folding is the same whether the reports come one by one or all at once.
    """

    count: int = 0
    lead: Candidate | None = None
    lead_key: list = field(default_factory=list)
    ends: dict[str, str] = field(default_factory=dict)
    occurred: bool = False
    actors: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> "EventReading":
        """The reading of reports given in citation order."""
        reading = cls()
        for index, candidate in enumerate(candidates):
            reading.add(candidate, [index])
        return reading

    def add(self, candidate: Candidate, order) -> None:
        """Add one report; `order` sorts reports as citations are (earliest article first)."""
        key = _lead_key(candidate, order)
        if self.lead is None or key < self.lead_key:
            self.lead, self.lead_key = candidate, key
        span = f"{candidate.precision}|{candidate.start_date.isoformat()}"
        self.ends[span] = max(self.ends.get(span, ""), candidate.end_date.isoformat())
        self.occurred = self.occurred or candidate.status == "occurred"
        for names, new in (
            (self.actors, candidate.actors), (self.sectors, candidate.sectors),
            (self.people, candidate.people), (self.kinds, [candidate.kind]),
        ):  # fmt: skip
            names.extend(name for name in new if name not in names)
        self.count += 1

    def merge(self, other: "EventReading") -> None:
        if other.lead is not None and (self.lead is None or other.lead_key < self.lead_key):
            self.lead, self.lead_key = other.lead, other.lead_key
        for span, end in other.ends.items():
            self.ends[span] = max(self.ends.get(span, ""), end)
        self.occurred = self.occurred or other.occurred
        for names, new in (
            (self.actors, other.actors), (self.sectors, other.sectors),
            (self.people, other.people), (self.kinds, other.kinds),
        ):  # fmt: skip
            names.extend(name for name in new if name not in names)
        self.count += other.count

    def fold(self) -> "FoldedEvent":
        lead = self.lead
        span = f"{lead.precision}|{lead.start_date.isoformat()}"
        return FoldedEvent(
            title=lead.title, summary=lead.summary, value=lead.value,
            start_date=lead.start_date, end_date=dt.date.fromisoformat(self.ends[span]),
            precision=lead.precision, status="occurred" if self.occurred else "planned",
            actors=tuple(self.actors), sectors=tuple(self.sectors),
        )  # fmt: skip

    def signature(self) -> "Signature":
        event = self.fold()
        return Signature(
            event.start_date, event.end_date, event.precision,
            frozenset(self.people), frozenset(self.sectors), frozenset(self.kinds),
        )  # fmt: skip

    def as_record(self) -> dict:
        return {
            "count": self.count, "lead": self.lead.as_record() if self.lead else None,
            "lead_key": self.lead_key, "ends": self.ends, "occurred": self.occurred,
            "actors": self.actors, "sectors": self.sectors, "people": self.people,
            "kinds": self.kinds,
        }  # fmt: skip

    @classmethod
    def from_record(cls, record: dict) -> "EventReading":
        values = dict(record)
        values["lead"] = Candidate.from_record(values["lead"]) if values.get("lead") else None
        return cls(**values)


def fold_citations(candidates: Sequence[Candidate]) -> FoldedEvent:
    """One event's fields from its citations, given earliest article first: the most precise
    report leads, its day range widened by any same-day report of a longer stay."""
    return EventReading.of(candidates).fold()
