"""What the Russian and Urdu resolvers share with the English one and with each other.

Each language lists its own patterns (`recognisers`) and its own tense clues; choosing among
overlapping candidates, anaphora ("тогда", "اسی روز") and the output are the English
resolver's, so a mention reads the same whatever the language.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from . import calendar_values as cv
from .calendar_values import Date, Reading
from .mention import DateMention
from .resolve import MONTH_NAMES, _Anaphor, _Candidate, _Resolver, _without_overlaps
from .tense import Tense

Recogniser = tuple[re.Pattern, Callable[["LanguageResolver", re.Match], Iterable | None]]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class LanguageResolver(_Resolver):
    """A resolver for one language: its recognisers, its sentence ends, its tense clues."""

    recognisers: list[Recogniser] = []
    language = ""
    # What ends the clause of a mention on its right: a clue past it (", сообщили в штабе")
    # tells of another clause and counts as CLAUSE_PENALTY characters farther. None: no
    # penalty.
    clause_end: re.Pattern | None = None
    CLAUSE_PENALTY = 40

    def __init__(self, text: str, published: Date, anchor: Date | None = None):
        super().__init__(text, published, anchor)
        # Imported here: the sentence splitter reads language data that imports nothing of ours.
        from timeline.sentences import split_sentences

        self.sentence_starts = [s.start for s in split_sentences(text, language=self.language)]

    def run(self) -> list[DateMention]:
        candidates = [
            _Candidate(start, end, order, meaning)
            for order, (pattern, build) in enumerate(self.recognisers)
            for match in pattern.finditer(self.text)
            for start, end, meaning in build(self, match) or ()
        ]
        return self._resolve_in_reading_order(_without_overlaps(candidates))

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        following = index + 1
        end = (
            self.sentence_starts[following]
            if following < len(self.sentence_starts)
            else len(self.text)
        )
        return start, end

    def tense_clues(self, sentence_start: int, sentence_end: int) -> Iterable[tuple[int, Tense]]:
        """(position, tense) for each word in the sentence that says past or future."""
        raise NotImplementedError

    def clause_start(self, sentence_start: int, start: int) -> int:
        """Where the clause holding a mention at `start` begins: no clue before it tells the
        mention's tense. The sentence's start unless a language says otherwise."""
        return sentence_start

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clue nearest the mention; one after it counts double the distance,
        as a verb after a date more often governs it in both languages."""
        sentence_start, sentence_end = self.sentence_bounds(start)
        clause_start = self.clause_start(sentence_start, start)
        best, best_distance = Tense.NONE, None
        for position, tense in self.tense_clues(sentence_start, sentence_end):
            if start <= position < end or position < clause_start:
                continue
            distance = start - position if position < start else 2 * (position - end)
            after_clause = position >= end and self.clause_end is not None
            if after_clause and self.clause_end.search(self.text, end, position):
                distance += self.CLAUSE_PENALTY
            if best_distance is None or distance < best_distance:
                best, best_distance = tense, distance
        return best

    # --- readings shared by both languages ----------------------------------------------

    def weekday_reading(self, weekday: int, shift: int | None, start: int, end: int) -> Reading:
        """`shift` -1 "last", +1 "next", 0 "this" week's; None: by the tense."""
        pub, name = self.published, WEEKDAY_NAMES[weekday]
        if shift == -1:
            d = pub - datetime.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
            how = f"last {name} before {pub}"
        elif shift == 1:
            d = pub + datetime.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
            how = f"next {name} after {pub}"
        elif shift == 0:
            d = pub + datetime.timedelta(days=weekday - pub.weekday())
            how = f"{name} in the week of {pub}"
        elif self.tense(start, end) is Tense.FUTURE:
            d = pub + datetime.timedelta(days=(weekday - pub.weekday()) % 7)
            how = f"{name}, future tense: next on or after {pub}"
        else:
            d = pub - datetime.timedelta(days=(pub.weekday() - weekday) % 7)
            how = f"{name}: last on or before {pub}"
        return cv.day(d).because(f"weekday {how}", relative=True)

    def month_day_reading(
        self, month: int, first_day: int, last_day: int, year: int | None, start: int, end: int
    ) -> Reading | None:
        if year is not None:
            how = "year as written"
        else:
            found = self._year_for_month_day(month, first_day, None, start, end)
            if found is None:
                return None
            year, how = found
        try:
            first, last = Date(year, month, first_day), Date(year, month, last_day)
        except ValueError:
            return None
        if last < first:
            return None
        reading = cv.day(first) if first == last else cv.day_range(first, last)
        what = "day range" if first != last else "month and day"
        return reading.because(f"{what} ({MONTH_NAMES[month - 1]}), {how}", relative=year is None)

    def range_across_months(self, m: re.Match, first: tuple[int, int], last: tuple[int, int],
                            start: int):  # fmt: skip
        """A day range whose days name their own months (month, day each), with the year
        after the second day or, when none is written, the year found for the first day."""
        year = int(m["year"]) if m["year"] else None
        opening = self.month_day_reading(first[0], first[1], first[1], year, m.start(), m.end())
        if opening is None:
            return
        try:
            closing = Date(opening.start_date.year, last[0], last[1])
        except ValueError:
            return
        if closing < opening.start_date:
            closing = closing.replace(year=closing.year + 1)
        reading = cv.day_range(opening.start_date, closing)
        rule = f"day range across months, from {opening.rule}"
        yield start, m.end(), reading.because(rule, relative=year is None)

    def month_reading(
        self, month: int, year_shift: int | None, start: int, end: int, day: int = 15
    ) -> Reading:
        """A month without its year: `year_shift` from a phrase ("прошлого года"), else the
        year of its middle day (or of the `day` a part of it named centres on) as for a
        month-day, leaning with the tense."""
        pub = self.published
        found = (
            None
            if year_shift is not None
            else self._year_for_month_day(month, day, None, start, end)
        )
        if found is not None:
            year, how = found
        else:
            year, how = pub.year + (year_shift or 0), f"publication year {year_shift or 0:+d}"
        rule = f"month {MONTH_NAMES[month - 1]}, {how}"
        return cv.month(year, month).because(rule, relative=True)

    def relative_unit_reading(self, unit: str, shift: int, words: str) -> Reading:
        reading = cv.shifted(cv.day(self.published), unit, shift)
        return reading.because(f"“{words}”: {unit} {shift:+d} from {self.published}", relative=True)

    def day_offset_reading(self, days: int, words: str) -> Reading:
        d = self.published + datetime.timedelta(days=days)
        rule = f"“{words}”: {days:+d} day(s) from {self.published}"
        return cv.day(d).because(rule, relative=True)

    def distance_reading(self, amount: int, unit: str, words: str) -> Reading | None:
        reading = cv.shifted(cv.day(self.published), unit, amount)
        if reading is None:
            return None
        rule = f"“{words}”: {amount:+d} {unit}(s) from {self.published}"
        return reading.because(rule, relative=True)

    @staticmethod
    def anaphor(words: str, precision: str | None, shift: int = 0, *, fallback=False) -> _Anaphor:
        return _Anaphor(words, precision, shift, falls_back_to_publication=fallback)


def year_reading(year: int, words: str) -> Reading | None:
    if not 1800 <= year <= 2100:
        return None
    return cv.year(year).because(f"year with “{words}”")


def normalised(words: str) -> str:
    return " ".join(words.lower().split())
