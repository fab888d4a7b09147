"""Status: whether a report says a happening occurred or is planned."""

import datetime as dt
import re

from timeline import languages
from timeline.languages import LANGUAGES
from timeline.markers import FUTURE_MARKER

from .triggers import HELD, Trigger, is_noun

SCHEDULE_PRESENT = frozenset(
    "begin begins start starts open opens arrive arrives meet meets hold holds kick kicks "
    "commence commences".split()
)

# Said within two words before the trigger, a future marker makes the happening planned
# ("are scheduled to meet", "will formally sign"), unless a past auxiliary governs it
# ("was expected to visit").
_FUTURE_BEFORE_TRIGGER = re.compile(FUTURE_MARKER + r"(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
FUTURE = re.compile(FUTURE_MARKER, re.IGNORECASE)
_PAST_BEFORE_TRIGGER = re.compile(
    r"\b(?:was|were|had|has|have)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE
)


def status_of(
    sentence: str, trigger: Trigger, start: dt.date, published: dt.date, language: str = "en"
) -> str:
    if start > published:
        return "planned"
    if language in LANGUAGES:
        planned = languages.is_planned(sentence, trigger.start, trigger.end, language)
        return "planned" if planned else "occurred"
    # "the exercises, which begin today": the present of a schedule on the day of the report.
    if start == published and trigger.word.lower() in SCHEDULE_PRESENT:
        return "planned"
    # "due to meet in Moscow later this year": a future marker governs the trigger, and the
    # date's range may begin before publication.
    return "planned" if said_to_be_ahead(sentence, trigger) else "occurred"


# A headline ends without a full stop ("Pakistan, Russia sign MoU for cooperation"); Urdu's
# full stop is ۔ and its question mark ؟. A closing quotation mark ends a sentence only
# after a stop: a headline may end on a name it quotes («Круглый стол «Пакистан и ШОС»»).
SENTENCE_END = re.compile(r"[.!?…۔؟][\"”»’]*\s*$")
# A headline's plan has no auxiliary: "Pakistan and Russia to launch cargo train service".
_HEADLINE_TO = re.compile(r"\bto\s+$", re.IGNORECASE)


def said_to_be_ahead(sentence: str, trigger: Trigger, language: str = "en") -> bool:
    """Whether the words before the trigger put it in the future ("would hold talks")."""
    if language in LANGUAGES:
        return languages.is_planned(sentence, trigger.start, trigger.end, language)
    before = sentence[: trigger.start]
    noun = is_noun(sentence, trigger)
    if not noun and not SENTENCE_END.search(sentence) and _HEADLINE_TO.search(before):
        return True
    # "will undertake an official visit", "will host a second quadripartite summit": the
    # future marker governs the verb that reports the noun.
    reported = HELD.search(before) if noun else None
    if reported:
        before = before[: reported.start() + len(reported.group().split()[0])]
    future = _FUTURE_BEFORE_TRIGGER.search(before)
    if not future:
        return False
    past = _PAST_BEFORE_TRIGGER.search(before)
    return not (past and past.start() < future.start())
