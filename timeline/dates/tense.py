"""The tense around a date mention, within its sentence.

Tense decides the direction of underspecified dates: "met on Tuesday" is the last Tuesday,
"will travel on Wednesday" the next one. The clue nearest to the mention wins, because a
news sentence often mixes tenses ("said on Monday that they would ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from enum import Enum

from timeline.markers import DECIDED_TO, FUTURE_MARKER
from timeline.sentences import sentence_bounds


class Tense(Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    NONE = "none"


_PAST_IRREGULAR = (
    "said|met|held|told|made|took|gave|went|came|began|saw|spoke|left|led|sent|won|lost|paid|"
    "built|brought|thought|felt|found|kept|knew|meant|sold|stood|wrote|became|fell|rose|grew|"
    "drew|flew|struck|chose|fought|sought|taught|caught|bought|ran|ate|hit|was|were|had|did|"
    "ago|last|earlier|previously|yesterday|got|heard|became|spent|broke|forgot|shook|swore|"
    "tore|woke|wore|won|underwent|undertook|withdrew|oversaw|foresaw|froze|hid|laid|lay|lent|"
    "rode|rang|sang|sank|slid|stole|stuck|swept|threw|understood|upheld|withheld|wound"
)
# "-ed" words that are not past-tense verbs. "Scheduled" and "slated" name a plan's date ("the
# drills scheduled on Friday"), not a past act; the rest of the sentence gives the tense.
_NOT_PAST = (
    "scheduled|slated|need|indeed|speed|seed|feed|proceed|exceed|succeed|bed|red|shed|bleed|breed|greed|deed|"
    "weed|creed|embed|hundred|united|limited|advanced|based|concerned|alleged|so-called|called|"
    "detailed|sophisticated|experienced|talented|dedicated|interested|ned|ted|fred|ahmed|"
    "mohammed|muhammed|hamed|saeed|javed|naveed|waheed|zahid|sayed|syed|rasheed|mahmood|ed"
)
_TENSE_CLUES = re.compile(
    # Clues start a word (or are "'ll"); saying so first lets the engine skip mid-word positions.
    r"(?:(?<![\w'’])|(?=['’]))"
    # A plan told in the past ("was slated to arrive on June 20", "were due to open") may lie
    # on either side of the report, so it reads as past tense: the past reading already takes
    # a near future date when the past one is too far back. Tried first, it keeps "slated to"
    # from counting as a future clue.
    r"(?:(?P<past_plan>\b(?:was|were)\s+(?:\w+ly\s+|also\s+|not\s+)?"
    r"(?:expected|scheduled|slated|due|set|supposed|planned|poised|likely)\s+to\b)"
    # A decision ("agreed to meet") is past before its infinitive and future after it.
    rf"|(?P<decided>{DECIDED_TO})"
    # A future clue swallows the participle after it: "will be held" is not past tense.
    rf"|(?P<future>{FUTURE_MARKER}"
    r"(?:\s+(?:not|also|now|then|still|likely|soon)\b)*(?:\s+(?:be|have\s+been)\s+\w+)?"
    r"|\b(?:could|might|may)\s+(?:well\s+|also\s+|soon\s+)?(?:be|take|come|happen|visit|travel|"
    r"meet|hold|begin|start|open|close|arrive|go|sign)\b"
    # Present progressive with a date is a plan: "the minister is visiting China on Monday".
    r"|\b(?:is|are|am)\s+(?!being\b)[a-z]+ing\b"
    r"|\b(?:upcoming|forthcoming)\b"
    # The present of a schedule: "the talks open Thursday", "Lavrov arrives Monday".
    r"|\b(?:opens?|begins?|starts?|arrives|meets|travels|leaves|returns|resumes|kicks\s+off)"
    r"(?=\s+(?:on\s+|next\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b))"
    r"|(?P<present>\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ed\b|\b(?:be|being)\s+(?:\w+ly\s+)?\w+\b"
    r"|\b(?:is|are|am|says|say|does|do|remains|continues)\b)"
    r"|(?P<past>\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|not\s+|already\s+)?"
    r"(?:been|[a-z]+(?:ed|en)|met|held|made|told|said|had|sent|built|led|paid|won|lost|left|"
    r"kept|brought|found|become|come|done|gone|seen|begun|spoken|taken)\b"
    rf"|\b(?:{_PAST_IRREGULAR})\b"
    rf"|\b(?!(?:{_NOT_PAST})\b)[a-z][a-z-]+ed\b))"
    # Matched against lower-cased text: much faster than re.IGNORECASE.
)
_CLUE_TENSES = {
    "past_plan": Tense.PAST,
    "decided": None,  # the side of the mention decides: see SentenceIndex.tense_at
    "future": Tense.FUTURE,
    "present": Tense.PRESENT,
    "past": Tense.PAST,
}
# A clue after the mention counts as this many times farther away than one before it:
# "said on Monday that it would ..." is a past statement.
_AFTER_PENALTY = 3
# A clue in another clause ("who took office in August, is expected to ...") counts less.
_CLAUSE_BREAK = re.compile(r"[;:“”\"()—]|,(?!\d)")
_CLAUSE_PENALTY = 40


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_case(text: str) -> str:
    """The text in lower case, character for character (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters ("İ") lower to two characters
        lowered = text.translate(_ASCII_LOWER)
    return lowered


class SentenceIndex:
    """Finds the sentence around an offset and the tense that governs a span inside it."""

    def __init__(self, text: str):
        self.text = text
        self.lowered = lower_case(text)
        self.starts = [0, *(start for start, _ in sentence_bounds(text) if start)]
        self._clues: dict[int, list[tuple[int, int, Tense]]] = {}

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def tense_at(self, start: int, end: int) -> Tense:
        sentence_start, sentence_end = self.sentence_bounds(start)
        clues = self._clues.get(sentence_start)
        if clues is None:
            clues = [
                (m.start(), m.end(), _CLUE_TENSES[m.lastgroup])
                for m in _TENSE_CLUES.finditer(self.lowered, sentence_start, sentence_end)
            ]
            self._clues[sentence_start] = clues
        best, best_distance = Tense.NONE, None
        for clue_start, clue_end, tense in clues:
            if clue_end <= start:
                distance = start - clue_end
                gap = self.text[clue_end:start]
            elif clue_start >= end:
                distance = (clue_start - end) * _AFTER_PENALTY
                gap = self.text[end:clue_start]
            else:
                continue  # the clue is part of the mention itself ("last week")
            if tense is None:
                # A decision: "on Tuesday agreed to meet" dates the agreeing, done; "agreed
                # to meet on Tuesday" the meeting, still ahead.
                tense = Tense.PAST if clue_start >= end else Tense.FUTURE
            if _CLAUSE_BREAK.search(gap):
                distance += _CLAUSE_PENALTY
            if best_distance is None or distance < best_distance:
                best, best_distance = tense, distance
        return best
