"""A report's time frame: undated sentences that go on about the happening dated before."""

from dataclasses import replace

from .titles import headline, summarise
from .triggers import find_triggers, is_noun

# How many paragraphs after a dated report an undated sentence may still continue it, and
# the kinds of sentence that can: those that say who took part.
CONTINUATION_PASSAGES = 2


CONTINUATION_KINDS = frozenset({"visit", "meeting", "agreement"})


def continuation(article, sentence, candidates, passage_index):
    """An undated sentence that goes on about the last dated report, sharing a person.

    "The prime minister was talking to Sergey Viktorovich Lavrov, who called on him" follows
    "Prime Minister Raja Pervez Ashraf said Thursday ...": it names who took part in the
    happening dated one paragraph earlier. It takes that report's date and kind.
    """
    source = next((c for c in reversed(candidates) if not c.continues), None)
    if source is None or passage_index - source.passage_index > CONTINUATION_PASSAGES:
        return []
    triggers = [t for t in find_triggers(sentence.text) if t.kind in CONTINUATION_KINDS]
    found = article.actors.find(sentence.text, article.named)
    people = tuple(name for _, name in found if name in article.people)
    if not triggers or not set(people) & set(source.people):
        return []
    trigger = triggers[0]
    subject = next((name for position, name in found if position < trigger.start), None)
    return [replace(
        source,
        title=headline(sentence.text, trigger, (0, 0), subject),
        summary=summarise(sentence.text),
        actors=tuple(name for _, name in found),
        sectors=tuple(article.sectors.find(sentence.text)),
        quote_start=sentence.start,
        quote_end=sentence.end,
        rule=f"continues the report dated by “{source.expression}”: {source.rule}"[:300],
        people=people,
        verbal=not is_noun(sentence.text, trigger),
        continues=True,
    )]
