"""A report's time frame: undated sentences that go on about the happening dated before.

"PM Sharif on Thursday met President Putin in Samarkand." sets the frame; "The two sides
signed agreements on energy." and "It was agreed to convene the commission in Islamabad."
later in the report have no date words of their own and happened that Thursday. The frame
holds until the text moves to another time: a date that is not the frame's, a quotation,
or background ("Earlier, …", "had been").
"""

import re
from dataclasses import replace

from .candidate import Candidate
from .participants import THIRD_PARTIES, participants, sides_named
from .status import status_of
from .titles import headline, summarise
from .triggers import find_triggers, is_noun

# How many paragraphs after its dated sentence a report's frame still holds.
FRAME_PASSAGES = 4
# What an undated sentence in the frame may report: who met, signed, sent or exercised; of
# statements, only an invitation, which is news in itself. A
# visit is the frame itself: more words about it are no new happening.
CONTINUATION_KINDS = frozenset({"meeting", "agreement", "supply", "exercise", "construction"})
CARRIED_STATEMENTS = frozenset({"invited", "invitation"})
# Sentences that step out of the frame: a quotation, background, or an earlier time.
_OUT_OF_FRAME = re.compile(
    r"^\W*[“\"‘]|^\W*(?:earlier|previously|in the past|historically|back in|since|so far|"
    r"over the years|traditionally)\b|\b(?:had|has|have)\s+(?:\w+ly\s+)?been\b|\bhad\s+\w+ed\b"
    r"|\bago\b|\bsince\b",
    re.IGNORECASE,
)
# Words before the trigger that make it something said or wished, not something done:
# "he said both countries are discussing", "Pakistan is keen to build".
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:said|says|say|told|added|noted|stressed|recalled|recalling|believes?|hoped|keen|"
    r"ready|willing|eager|wants?|wanted|wish|wishes|need|needs|could|can|may|might|should|"
    r"must)\b",
    re.IGNORECASE,
)


# Only the news of the day frames a report: a sentence dated to a day or week near
# publication. "In 2015, the two countries signed a deal" is background, and the sentence
# after it is not carried back to 2015.
FRAME_PRECISIONS = frozenset({"day", "week"})
FRAME_DAYS_FROM_PUBLICATION = 31


def frame_of(candidates: list[Candidate], published) -> Candidate | None:
    """The report a dated sentence sets as the frame for the sentences after it, if any."""
    for candidate in candidates:
        if candidate.precision in FRAME_PRECISIONS and (
            abs((candidate.start_date - published).days) <= FRAME_DAYS_FROM_PUBLICATION
        ):
            return candidate
    return None


def moves_the_frame(frame: Candidate | None, dated) -> bool:
    """A sentence dated to another time than the frame's ends the frame."""
    return frame is not None and any(
        mention.end_date < frame.start_date or mention.start_date > frame.end_date
        for mention in dated
    )


def continuation(article, sentence, frame, passage_index) -> list[Candidate]:
    """The happening an undated sentence reports inside the frame of the report before it.

    It takes the frame's date, and says so in its rule; it cites its own sentence, reports
    its own kind of happening.
    """
    if frame is None or passage_index - frame.passage_index > FRAME_PASSAGES:
        return []
    text = sentence.text
    if _OUT_OF_FRAME.search(text):
        return []
    triggers = [
        t
        for t in find_triggers(text)
        if t.kind in CONTINUATION_KINDS or t.word.lower() in CARRIED_STATEMENTS
    ]
    if not triggers:
        return []
    trigger = triggers[0]
    if _NOT_DONE_BEFORE.search(text, 0, trigger.start):
        return []
    found = participants(article, text, 0, len(text), trigger.kind)
    people = tuple(name for _, name in found if name in article.people)
    # The frame has both sides already: here a person of it, either side, or "the two
    # sides" will do, as long as no third country comes in.
    if not set(people) & set(frame.people) and (
        THIRD_PARTIES.search(text) or not sides_named(article, text)
    ):
        return []
    # "He will also call on the prime minister" after "arrived on Tuesday" is no report of
    # Tuesday: a sentence carries the frame's date only in the frame's own tense.
    if status_of(text, trigger, frame.start_date, article.published) != frame.status:
        return []
    subject = next((name for position, name in found if position < trigger.start), None)
    return [
        replace(
            frame,
            title=headline(text, trigger, (0, 0), subject),
            summary=summarise(text),
            kind=trigger.kind,
            actors=tuple(name for _, name in found),
            sectors=tuple(article.sectors.find(text)),
            quote_start=sentence.start,
            quote_end=sentence.end,
            rule=f"continues the report dated by “{frame.expression}”: {frame.rule}"[:300],
            people=people,
            verbal=not is_noun(text, trigger),
            continues=True,
        )
    ]
