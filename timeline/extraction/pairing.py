"""Pairing the words that report a happening with the date mentions that date it."""

import datetime as dt
import itertools
import re
from dataclasses import replace

from timeline.dates.calendar_values import add_months, last_day_of_month
from timeline.languages import LANGUAGES

from .candidate import PRECISION_RANK
from .clauses import CLAUSE_BREAK, END_OF, PARENTHESES, WHEN_AFTER_DATE
from .participants import attribution_start
from .status import FUTURE, said_to_be_ahead
from .triggers import HELD, Trigger, is_noun

# How near (in characters) the length of a stay must be to its date to widen it.
STAY_WINDOW = 40


# A noun trigger ("for a two-day visit") dates the happening less surely than a verb
# ("landed on Tuesday"): it counts as this many characters further from the date. A noun a
# verb reports ("will undertake an official visit", "held talks") is as sure as a verb.
NOUN_DISTANCE_PENALTY = 25


# Each clause boundary between a trigger and a date counts as this many characters more.
CLAUSE_PENALTY = 60


# How far apart (in characters, with the penalties above) a date and the words reporting a
# happening may be: the closest pair in a sentence, and any further pair. Further than that,
# the date belongs to something else ("a price cap came into force on Dec. 5, and Pakistani
# officials have said any purchase would comply").
PAIR_MAX_COST = 80


SECOND_PAIR_MAX_COST = 70


# A date that opens its sentence, after a dateline or a list bullet ("* May 1, 1948 - ..."),
# or after a linking adverb that only places the sentence in the story ("Earlier, on
# February 20, Lavrov spoke with …", "Meanwhile, in May, …"); a range opens one too
# ("From January to March, trade grew …", «С 19 по 23 апреля отряд кораблей …»); so does one
# after the words that tie a sentence to the one before («Об этом 28 ноября заявила …») or
# recall background («Напомним, что в конце прошлого года … было подписано соглашение», «Напомним,
# в июле стало известно, что …»).
_OPENING_DATE = re.compile(
    r"^\s*(?:[*•·▪◦‣–—-]\s*)?(?:[A-Z][A-Z .'-]{2,}(?:,[^:]{0,40})?:\s*)?"
    r"(?:(?:earlier|later|previously|meanwhile|separately|subsequently|afterwards|also|"
    r"however|moreover|besides|in\s+addition|об\s+этом|напомним(?:\s*,\s*что)?|по\s+данным)\s*,?\s+)?"
    r"(?:(?:in|on|at|since|by|during|early|late|as\s+of|from|between|в|во|с|со|к|ко"
    r"|по\s+состоянию\s+на)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _breaks_between(sentence: str, trigger: Trigger, start: int, end: int) -> int:
    """Clause boundaries between a trigger and a date: "talks ... on Sept 15, where the
    Russian leader said gas supplies were possible" dates the talks, not the supplies.

    A date that opens the sentence ("In April last year, Lavrov visited") dates its main
    clause across the comma.
    """
    if trigger.start > end and _OPENING_DATE.match(sentence[:start]):
        return 0
    low, high = (trigger.end, start) if trigger.end <= start else (end, trigger.start)
    if low >= high:
        return 0
    return len(CLAUSE_BREAK.findall(PARENTHESES.sub("", sentence[low:high])))


def _distance(sentence: str, trigger: Trigger, start: int, end: int) -> int:
    """Characters between a trigger and a date, not counting asides in brackets."""
    low, high = (trigger.end, start) if trigger.end <= start else (end, trigger.start)
    if low >= high:
        return 0
    gap = sentence[low:high]
    return len(gap) - sum(len(aside) for aside in PARENTHESES.findall(gap))


_STAY_NOUN = re.compile(
    r"[\s-]*(?:long\s+)?(?:[\w-]+\s+){0,1}"
    r"(?:visit|trip|tour|stay|exercises?|drills?|session|conference|meeting|summit|talks)\b",
    re.IGNORECASE,
)


# A stay said to end on its date, in English: its end named before its length ("at the
# conclusion of the three-day meeting last Friday") or a verb of ending after it ("the
# three-day talks concluded on Friday"); other languages say it in their STAY_COMPLETED.
_ENDED_BEFORE = re.compile(
    rf"\b{END_OF}\s+(?:(?:the|a|an|his|her|their|its)\s+)?$", re.IGNORECASE
)
_STAY_COMPLETED = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:concluded|ended|closed|(?:wound|wrapped)\s+up"
    r"|came\s+to\s+an\s+end)\b",
    re.IGNORECASE,
)


def stay_dates(
    mention, durations, kind: str, text: str, passage_start: int, trigger_at: int,
    language: str = "en",
) -> tuple[dt.date, dt.date]:  # fmt: skip
    """ "arrived on Tuesday for a two-day visit" gives the visit's days, from its date on.

    Only a stay ("a two-day visit", "the three-day meeting", "دو روزہ دورہ") widens, when its
    length is said next to its date, and not a statement made during it: in "Lavrov, who is
    in Islamabad on a two-day visit, said on Wednesday" the saying lasts a day. Each language
    names its stays in its own words (STAY_NOUN of timeline.languages). A stay said to end
    on its date reaches back from it when the stay is what the sentence reports (the
    trigger at `trigger_at`, a position in `text`, is among its words, "at the conclusion of
    the three-day meeting last Friday", or holds it); its end ("upon completion of his
    three-day visit") and what follows it ("will fly home on 20 May after completing a
    three-day visit") are of that day alone.
    """
    rules = LANGUAGES.get(language)
    stay_noun = rules.STAY_NOUN if rules else _STAY_NOUN
    stay_completed = rules.STAY_COMPLETED if rules else _STAY_COMPLETED
    one_day = (mention.start_date, mention.end_date)
    if mention.precision != "day" or kind == "statement" or stay_noun is None:
        return one_day
    # In a verb-final language the stay a date opens follows it ("20 مئی کو دو روزہ دورے
    # پر"); a stay named before the date frames another day's happening ("دو روزہ دورے پر
    # آج ملاقات کریں گے": the meeting is today's).
    either_side = not (rules and rules.VERB_FINAL)
    for duration in durations:
        length = re.fullmatch(r"P(\d+)([DW])", duration.value or "")
        if either_side:
            near = (
                abs(duration.start - mention.end) <= STAY_WINDOW
                or abs(mention.start - duration.end) <= STAY_WINDOW
            )
        else:
            near = 0 <= duration.start - mention.end <= STAY_WINDOW
        stay = stay_noun.match(text, passage_start + duration.end)
        days = int(length[1]) * (7 if length[2] == "W" else 1) if length else 0
        if not (near and stay and 1 < days <= 31):
            continue
        first = passage_start + duration.start
        ended_before = None if rules else _ENDED_BEFORE.search(text, max(0, first - 40), first)
        completed = stay_completed and stay_completed.match(text, stay.end())
        if not (ended_before or completed):
            return mention.start_date, mention.start_date + dt.timedelta(days=days - 1)
        # "held a three-day meeting that ended on Friday": the verb before reports the stay.
        # English only: Urdu pairs the date with the completed stay even where the sentence
        # reports the journey home after it ("دورہ روس مکمل کرنے کے بعد وطن واپس روانہ").
        named_to = completed.end() if completed else stay.end()
        reported = first <= trigger_at < named_to or HELD.match(text, trigger_at, first)
        if rules is None and reported:
            return mention.end_date - dt.timedelta(days=days - 1), mention.end_date
        return one_day
    return one_day


def pair_dates_with_triggers(
    text: str, offset: int, dated, triggers, english: bool = True, verb_final: bool = False
) -> list[tuple[object, Trigger]]:
    """Date mentions paired with the words that report what happened on them (in English
    word order, where a date after the subject precedes its verb, if `english`).

    The closest pair always counts; further pairs in the same sentence count only when they
    sit close together ("Russia lifted its embargo in June 2014, and Shoigu flew to Islamabad
    in November that year" reports two happenings). In a verb-final language a date stands
    before what it dates: a happening in a clause before the date's is not its
    ("روسی نائب وزیر کی ملاقات، ڈار آئندہ ہفتے افغانستان جائیں گے").
    """
    # "will visit Moscow on the invitation of Lavrov from 29-30 January": the invitation is
    # a circumstance of the happening the sentence names, and the date that one's (English).
    if english:
        triggers = [
            t
            for t in triggers
            if not (
                t.word.lower() == "invitation"
                and _AT_THE.search(text, 0, t.start)
                and _OF.match(text, t.end)
                and any(other is not t for other in triggers)
            )
        ]
    # "the first visit since 2009, when he made a trip at his counterpart's invitation": the
    # reference point's date dates the happening its "when" clause tells, and nothing else.
    told_then, by_distance = [], []
    for mention in dated:
        when = _when_clause_after_reference(text, mention.start - offset, mention.end - offset)
        if when is None:
            by_distance.append(mention)
            continue
        told = next((t for t in triggers if t.start >= when), None)
        if told is not None:
            told_then.append((mention, told))
    triggers = [t for t in triggers if all(t is not told for _, told in told_then)]
    return told_then + _paired_by_distance(
        text, offset, by_distance, triggers, english, verb_final
    )


def _a_plan(text: str, verb: Trigger, english: bool) -> bool:
    """ "Russia would provide helicopters, the envoy said last week": a plan, which the date
    its telling closes with does not date (English)."""
    return english and said_to_be_ahead(text, verb)


_AT_THE = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def _a_bare_noun(text: str, trigger: Trigger, english: bool, triggers) -> bool:
    """A noun trigger that no verb before it reports (English; other languages' nouns are
    known from the word). A reporting verb that is a trigger itself ("held talks") is the
    surer of the two, and the noun stays bare beside it."""
    if not is_noun(text, trigger):
        return False
    reported = HELD.search(text, 0, trigger.start) if english else None
    return reported is None or any(t.start == reported.start() for t in triggers)


# In a verb-final language a comma may stand between a subject and the rest of its clause:
# "دو طرفہ مذاکرات، کل وزارت خارجہ میں ہوں گے" (the talks will be held tomorrow at the
# ministry). The happening noun just before it is the date's, when the date follows the comma
# at once and its clause reports no happening of its own.
_SUBJECT_COMMA = re.compile(r"\s*[،,]\s*")


def _subject_before_comma(text: str, offset: int, mention, trigger, triggers) -> bool:
    start = mention.start - offset
    if trigger.end > start or not _SUBJECT_COMMA.fullmatch(text, trigger.end, start):
        return False
    clause_end = CLAUSE_BREAK.search(text, mention.end - offset)
    end = clause_end.start() if clause_end else len(text)
    return not any(mention.end - offset <= t.start < end for t in triggers)


def _breaks(text: str, offset: int, mention, trigger, triggers, verb_final: bool) -> int:
    if verb_final and _subject_before_comma(text, offset, mention, trigger, triggers):
        return 0
    return _breaks_between(text, trigger, mention.start - offset, mention.end - offset)


def _paired_by_distance(
    text: str, offset: int, dated, triggers, english: bool, verb_final: bool
) -> list:
    """The pairs of pair_dates_with_triggers, by how near each date is to each happening."""
    costs = sorted(
        (
            _distance(text, t, m.start - offset, m.end - offset)
            + (NOUN_DISTANCE_PENALTY if _a_bare_noun(text, t, english, triggers) else 0)
            + CLAUSE_PENALTY * _breaks(text, offset, m, t, triggers, verb_final),
            PRECISION_RANK[m.precision],
            index,
            m,
            t,
        )
        for index, (m, t) in enumerate((m, t) for m in dated for t in triggers)
        if not (
            verb_final
            and t.end <= m.start - offset
            and (
                _breaks(text, offset, m, t, triggers, verb_final)
                or _AND.search(text, t.end, m.start - offset)
            )
        )
    )
    pairs, used_mentions, used_triggers = [], set(), set()
    for cost, _, _, mention, trigger in costs:
        if cost > (SECOND_PAIR_MAX_COST if pairs else PAIR_MAX_COST):
            break
        if mention.start in used_mentions or trigger.start in used_triggers:
            continue
        pairs.append((mention, trigger))
        used_mentions.add(mention.start)
        used_triggers.add(trigger.start)
    if not pairs and len(dated) == 1:
        pairs = _lone_date_with_main_verb(
            text, offset, dated[0], triggers, english, verb_final
        )
        used_mentions.update(mention.start for mention, _ in pairs)
        used_triggers.update(trigger.start for _, trigger in pairs)
    pairs += _coordinated(text, offset, dated, triggers, pairs, used_mentions, verb_final)
    used_mentions.update(mention.start for mention, _ in pairs)
    # A date in the closing attribution (", Sharif said on Sunday.") dates the report, and so
    # its main verb's happening when nothing nearer dates it.
    for mention in dated:
        attributed = attribution_start(text, mention.start - offset)
        if mention.start in used_mentions or attributed == mention.start - offset:
            continue
        unused = [t for t in triggers if t.end <= attributed and t.start not in used_triggers]
        # "According to a statement issued on Wednesday, the two navies held an exercise":
        # an opening attribution dates the report after it.
        if not unused and _OPENING_DATE.match(text[:attributed]):
            after = mention.end - offset
            unused = [t for t in triggers if t.start >= after and t.start not in used_triggers]
        verb = next((t for t in unused if not is_noun(text, t)), unused[0] if unused else None)
        if (
            verb is not None
            and not _a_plan(text, verb, english)
            and not any(t.start < verb.start for t in triggers if t.start in used_triggers)
        ):
            pairs.append((mention, verb))
            used_triggers.add(verb.start)
    return pairs


# "in October 2005 in Moscow and September 2006 in Dushanbe", "in 2016 and in 2018": a
# date joined to the one before by "and", with at most the place of its happening between.
_COORDINATION = re.compile(
    r"^(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,?\s*"
    r"(?:and|as\s+well\s+as)\s+(?:(?:again\s+)?(?:in|on|during)\s+)?$"
)
# "the first in 2016 in Pakistan and the second in 2017 in Russia", "в 2019 и 2020 гг.": in
# any language, years joined by "and" (or listed with commas) within this many characters,
# with no verb of their own between them.
COORDINATION_WINDOW = 40
_COORDINATOR = re.compile(r"(?<!\w)(?:and|и|اور)(?!\w)|[,،]", re.IGNORECASE)
# A year in brackets is an aside ("for 2021 (the 2022 data are not out)").
_BRACKET = re.compile(r"[()]")
# In a verb-final language a date opens its conjunct: "جون میں بشکیک سمٹ اور ستمبر میں ماسکو
# اجلاس کے موقع پر ملاقات کی" dates the summit by June and the session by September, and the
# noun before "اور" is no happening of the date after it. Two such dates of one precision,
# each with its place and its occasion, are two of the verb's happenings (_coordinated); an
# occasion may be named in full, quoted, with its acronym in brackets, within the window.
_AND = re.compile(r"(?<!\w)اور(?!\w)")
_AND_BEFORE_DATE = re.compile(r"(?<!\w)اور\s*$")
VERB_FINAL_LIST_WINDOW = 70


def _listed_together(text: str, offset: int, first, second, triggers, verb_final=False) -> bool:
    gap = text[first.end - offset : second.start - offset]
    if _COORDINATION.match(gap):
        return True
    if (
        verb_final
        and first.precision == second.precision
        and _AND_BEFORE_DATE.search(gap)
        and len(PARENTHESES.sub("", gap)) <= VERB_FINAL_LIST_WINDOW
        and not any(
            first.end <= t.start + offset < second.start and not is_noun(text, t)
            for t in triggers
        )
    ):
        return True
    return (
        first.precision == second.precision == "year"
        and 0 < len(gap) <= COORDINATION_WINDOW
        and bool(_COORDINATOR.search(gap))
        and not _BRACKET.search(gap)
        and not any(first.end <= t.start + offset < second.start for t in triggers)
    )


def _coordinated(
    text: str, offset: int, dated, triggers, pairs, used_mentions: set, verb_final=False
) -> list:
    """A date listed with a paired one dates another happening of the paired one's kind: the
    summits "in October 2005 in Moscow and September 2006 in Dushanbe" are two, and so are
    the exercises "в 2019 и 2020 гг.", whichever of the two dates the verb is nearer. A range
    ("between 2016 and 2018") stays one happening, and so do decades ("built in the 1970s
    and 1980s"): what goes on for decades goes on between them too."""
    paired = {mention.start: trigger for mention, trigger in pairs}
    more = []
    ordered = sorted(dated, key=lambda m: m.start)
    # Forwards, then backwards, so a list takes the verb of whichever end is paired.
    for known, other in [*itertools.pairwise(ordered), *itertools.pairwise(ordered[::-1])]:
        trigger = paired.get(known.start)
        if (
            trigger is None
            or other.start in used_mentions
            or other.start in paired
            or PRECISION_RANK[other.precision] >= PRECISION_RANK["decade"]
            or (known.start_date, known.end_date) == (other.start_date, other.end_date)
        ):
            continue
        earlier, later = sorted((known, other), key=lambda m: m.start)
        if _RANGE_OPENER.search(text, 0, earlier.start - offset) or not _listed_together(
            text, offset, earlier, later, triggers, verb_final
        ):
            continue
        more.append((other, trigger))
        paired[other.start] = trigger
    return more


# Between a main verb and a date at the end of its long sentence, only these say the date
# belongs to another clause; commas do not ("met Putin in Samarkand, Uzbekistan on Thursday").
# What a speaker adds is a clause of its own: in "the minister told Sputnik, adding that
# Russia will bid later this year" the date is the bid's, not the telling's. Urdu's comma ،
# joins the clauses of its long chains, each ended by its own verb.
_SUBORDINATE_BREAK = re.compile(
    r"[;:“”\"—–،]|\s-\s|\b(?:which|where|who|while|but|when|after|before|because|since|"
    r"whereas|although|said|says|adding|added)\b",
    re.IGNORECASE,
)


# A name in guillemets is one word, whatever stops it holds: «обсудили детали конференции
# «Пакистан: пути сотрудничества», которая намечена на 5 мая» (Russian).
_GUILLEMETS = re.compile(r"«[^«»]*»")
# Two names a dash joins are one pair, no clause of its own: «матч Россия — Пакистан
# состоится 11 октября», «на медиафоруме Москва – Исламабад 27 февраля» (Russian).
_NAMES_PAIRED = re.compile(r"(?<=[А-ЯЁ][а-яё])[а-яё]*\s+[—–]\s+(?=[А-ЯЁ][а-яё])")


def _unpaired(text: str) -> str:
    """text with the dash of each pair of names blanked, so offsets stay put."""
    return _NAMES_PAIRED.sub(lambda m: m.group().replace("—", " ").replace("–", " "), text)


_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
_WHILE = re.compile(r"\bwhile\s+", re.IGNORECASE)


# Words that open a clause of its own in Russian: "который", "где", "когда", a colon or dash;
# «и» only after a comma, as it joins nouns as often («ВМФ России и ВМС Пакистана»).
_OWN_CLAUSE = re.compile(
    r"[;:—–]|(?<!\w)(?:котор\w+|где|когда|но|а)(?!\w)|,\s*и(?!\w)", re.IGNORECASE
)


# A noun this near the start of a sentence is its subject ("A meeting between … is set
# for Wednesday"), which the sentence's only date dates.
SUBJECT_CHARS = 40


# "Earlier this year, it was the special secretary, Ms X, who on a visit to Moscow met …":
# a cleft sets its subject between commas, and the clause after its "who" is the main one.
_CLEFT = re.compile(r"^\s*,?\s*it\s+(?:was|is)\s+[^;:.]*?\b(?:who|that)\b", re.IGNORECASE)


def _first_happening_after(text: str, offset: int, mention, triggers, breaks) -> list:
    """The date paired with the first happening named after it, unless `breaks` finds a
    clause of its own between them (brackets and a cleft's subject aside)."""
    after = [t for t in triggers if t.start >= mention.end - offset]
    if not after:
        return []
    gap = _CLEFT.sub("", PARENTHESES.sub("", text[mention.end - offset : after[0].start]))
    return [] if breaks.search(gap) else [(mention, after[0])]


def _lone_date_with_main_verb(
    text: str, offset: int, mention, triggers, english: bool, verb_final: bool = False
) -> list:
    """The only date of a long sentence dates its first verb (or the happening its subject
    names), however far apart they are, unless another clause comes between them.

    A date after the subject, before any happening is named ("Pakistan and Russia on
    Thursday formalised their ties with the signing of an MoU"), dates the first one after
    it, if no comma or other clause break comes between ("… then noted, that it plans …").
    That is English word order: in Urdu the verb ends the sentence, and a date early in it
    may date a noun ("before next year's membership, the visit …")."""
    before = [t for t in triggers if t.end <= mention.start - offset]
    verbs = [t for t in before if not is_noun(text, t)]
    subjects = [t for t in before if t.start < SUBJECT_CHARS]
    if english and not before and mention.start - offset < SUBJECT_CHARS:
        # The main clause after a clause of time that only sets the date is what happened.
        when = WHEN_AFTER_DATE.match(text, mention.end - offset)
        if when is not None:
            main = next((t for t in triggers if t.start >= when.end()), None)
            if main is None or CLAUSE_BREAK.search(text, when.end(), main.start):
                return []
            return [(mention, main)]
        return _first_happening_after(text, offset, mention, triggers, CLAUSE_BREAK)
    # «19 апреля отряд кораблей …, выполняющий задачи в океане, с визитом зашел в порт»: in
    # Russian a date that opens the sentence dates its main clause, past the commas of the
    # subject's participles, unless a clause of its own comes first.
    if not english and not before and _OPENING_DATE.match(text[: mention.start - offset]):
        return _first_happening_after(text, offset, mention, triggers, _OWN_CLAUSE)
    if not verbs and not subjects:
        # «тон был задан на встрече президентов … в рамках саммита … в июне 2002 года»: in
        # Russian, a sentence that names its happenings only by nouns dates the nearest one
        # before its only date, unless a clause of its own comes between them.
        if english or verb_final or not before:
            return []
        noun = max(before, key=lambda t: t.start)
        if _OWN_CLAUSE.search(_unpaired(text), noun.end, mention.start - offset):
            return []
        return [(mention, noun)]
    verb = verbs[0] if verbs else subjects[0]
    # A date in the closing attribution (", the Kremlin said on Wednesday.") dates the
    # report, and so the news, as nearly as the sentence allows.
    gap_end = attribution_start(text, mention.start - offset)
    if gap_end < mention.start - offset and _a_plan(text, verb, english):
        return []
    gap = PARENTHESES.sub("", text[verb.end : gap_end])
    if not english:
        gap = _unpaired(_GUILLEMETS.sub("", gap))
    breaks = list(_SUBORDINATE_BREAK.finditer(gap))
    # "the agreements were signed when the same party was in power in 2015": a clause of
    # time that reports no happening of its own only says when the verb's happening was.
    if [found.group().lower() for found in breaks] == ["when"]:
        clause_start = _WHEN.search(text, verb.end, gap_end)
        if clause_start and not any(
            clause_start.start() <= t.start and t.end <= gap_end for t in triggers
        ):
            breaks = []
    # "He said this while talking with the consul general, here Thursday": the meeting the
    # clause of "while" names is the saying's occasion, and the sentence's date is its date.
    if [found.group().lower() for found in breaks] == ["while"]:
        clause_start = _WHILE.search(text, verb.end, gap_end)
        occasion = next(
            (t for t in triggers if clause_start and t.start == clause_start.end()), None
        )
        if occasion is not None and occasion.kind in ("meeting", "construction"):
            return [(mention, occasion)]
    return [] if breaks else [(mention, verb)]


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:first|last)\b", re.IGNORECASE)
_THEN = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _is_reference_point(sentence: str, position: int) -> bool:
    """ "the first visit by a Pakistani premier since 1974": the year after "since" counts
    happenings from then, it is not the date of one."""
    return bool(_SINCE.search(sentence, 0, position) and _FIRST.search(sentence, 0, position))


def _when_clause_after_reference(sentence: str, start: int, end: int) -> int | None:
    """Where the "when" clause that tells what happened at a reference point ends its date
    ("since 2009, when he had made a trip"), if one does."""
    if not _is_reference_point(sentence, start):
        return None
    then = _THEN.match(sentence, end)
    return then.end() if then else None


# "a programme of exchanges for 2003–2006": the years a thing is valid for, not a happening.
_VALID_FOR = re.compile(r"\bfor\s+(?:the\s+)?(?:years?\s+)?(?:\d{4}\s*[-–]\s*)?$", re.IGNORECASE)
_YEAR_SPAN_AROUND = re.compile(r"\d{4}\s*[-–]\s*$|^\s*[-–]\s*\d{2,4}")


def begins_a_stretch(sentence: str, mention, offset: int) -> bool:
    """ "relations had improved since 2013": the date after "since" begins a stretch of time
    up to the report. What goes on over it may start then; a saying never does."""
    return bool(_SINCE.search(sentence, 0, mention.start - offset))


# "grew by 49% compared with the same period last year": the base a figure is measured
# against is no time anything happened.
_COMPARISON_BASE = re.compile(
    r"\b(?:(?:compared|as\s+compared)\s+(?:with|to)|as\s+against|against|versus|vs\.?"
    r"|(?:over|from|on)\s+(?=the\s+(?:same|corresponding)\b))\s+"
    r"(?:the\s+(?:same|corresponding)\s+(?:period|months?|quarter|time)\s+(?:of\s+|in\s+)?)?$",
    re.IGNORECASE,
)


# "condolences on the loss of lives in the attack last week": the date is the loss's.
_CONDOLED = re.compile(
    r"\b(?:condolences?|sympathy|sympathies)\s+(?:on|over|for|at)\b[^.;:]{0,120}$", re.IGNORECASE
)


# "Russia's chairmanship of BRICS this year and Pakistan's bid were also discussed": a date
# in the subject of a passive "discussed" places the topic, not the discussion.
_TOPIC_DISCUSSED = re.compile(
    r"[^.;:]{0,120}?\b(?:was|were)\s+(?:also\s+)?(?:discussed|reviewed|deliberated|"
    r"considered|taken\s+up)\b",
    re.IGNORECASE,
)


def dates_no_happening(sentence: str, mention, offset: int) -> bool:
    """ "the first visit by a Pakistani premier since 1974": 1974 dates the visit before; a
    span of years a programme is "for", the base a figure is compared with, or the loss
    condolences are offered for dates no happening."""
    position = mention.start - offset
    if _COMPARISON_BASE.search(sentence, max(0, position - 60), position):
        return True
    if _CONDOLED.search(sentence, max(0, position - 160), position):
        return True
    if _TOPIC_DISCUSSED.match(sentence, mention.end - offset):
        return True
    if _is_reference_point(sentence, position):
        # "…, when he had made a trip": the clause after it tells a happening of that date.
        return _when_clause_after_reference(sentence, position, mention.end - offset) is None
    end = mention.end - offset
    in_a_span = _YEAR_SPAN_AROUND.search(sentence[max(0, position - 8) : position]) or (
        _YEAR_SPAN_AROUND.search(sentence[end : end + 8])
    )
    return bool(in_a_span and _VALID_FOR.search(sentence, 0, position))


# "will start in the next couple of days", "will be signed within a month": a stretch that
# opens with the report and lasts as long as the duration says (English).
# "The first premier to visit Russia in 23 years" counts back: only "within" or "in the
# next" opens a stretch ahead; Pakistani English often drops the article ("in next few days").
_WINDOW_OPENER = re.compile(
    r"\b(?:within\s+(?:the\s+(?:next|coming)\s+)?|in\s+(?:the\s+)?(?:next|coming)\s+)$",
    re.IGNORECASE,
)
_NEXT = re.compile(r"(?:the\s+)?(?:next|coming)\s+", re.IGNORECASE)
_LENGTH = re.compile(r"P(\d+|X)([DWMY])")
# "a few days" ahead stay within the coming week, "a few weeks" within the coming month,
# "a few months" within the coming year.
_FEW = {"D": (6, "D"), "W": (1, "M"), "M": (1, "Y")}
_WINDOW_PRECISION = {"D": "week", "W": "week", "M": "month", "Y": "year"}


def windows_ahead(sentence: str, offset: int, durations, published: dt.date) -> list:
    """The durations of a plan that open at the report ("the unloading will start in the
    next couple of days") as the stretch of days they give it: from the publication day to
    as far ahead as they say. TimeML keeps them durations; a plan is dated by them."""
    if not FUTURE.search(sentence):
        return []
    windows = []
    for mention in durations:
        length = _LENGTH.fullmatch(mention.value or "")
        # "in a two-day conference" is a stay's length, not a stretch ahead.
        if "-" in mention.text:
            continue
        before = sentence[: mention.start - offset]
        # "the next couple of days" carries its own "the next".
        lead = _NEXT.match(mention.text)
        if not (length and _WINDOW_OPENER.search(before + (lead.group() if lead else ""))):
            continue
        if length[1] == "X":
            if length[2] not in _FEW:
                continue
            amount, unit = _FEW[length[2]]
        else:
            amount, unit = int(length[1]), length[2]
        if unit in "DW":
            end = published + dt.timedelta(days=amount * (7 if unit == "W" else 1))
        else:
            months = amount * (12 if unit == "Y" else 1)
            year, month = add_months(published.year, published.month, months)
            end = dt.date(year, month, min(published.day, last_day_of_month(year, month).day))
        precision = _WINDOW_PRECISION[unit]
        value = {
            "week": "{}-W{:02d}".format(*published.isocalendar()[:2]),
            "month": published.strftime("%Y-%m"),
            "year": str(published.year),
        }[precision]
        windows.append(
            replace(
                mention, value=value, start_date=published, end_date=end, precision=precision,
                rule=f"{mention.text}: ahead from publication {published}",
            )  # fmt: skip
        )
    return windows


# "from February 1 to March 31, 2023", "between 21 and 23 October": one happening's range.
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOINER = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*(?:the\s+)?$")
# "today (Tuesday)", "this month (in November)", «в минувшую субботу, 19 апреля»: the
# bracketed or apposed words restate the date.
_APPOSITION = re.compile(r"^\s*(?:\(\s*(?:in|on)?|,)\s*$")


# "MOSCOW (UrduPoint News / Sputnik - 12th June, 2023) The first batch …": a dateline's
# date is when the report was filed, not when anything in it happened.
_OPENING_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z .'-]{2,}(?:,[^:(\n]{0,30})?\s*(?:\([^()]{0,80}\))?\s*(?::|–|—|-{1,2})?"
)


def outside_dateline(sentence: str, offset: int, dated: list) -> list:
    """The date mentions that are not part of the sentence's opening dateline."""
    dateline = _OPENING_DATELINE.match(sentence)
    if not dateline:
        return dated
    return [m for m in dated if m.start - offset >= dateline.end()]


def join_ranges(sentence: str, offset: int, dated: list) -> list:
    """Date mentions as the happenings' dates: a range given by two mentions becomes one
    mention spanning both, and a bracketed restatement of a date is dropped."""
    joined: list = []
    for mention in sorted(dated, key=lambda m: m.start):
        previous = joined[-1] if joined else None
        if previous is not None:
            between = sentence[previous.end - offset : mention.start - offset]
            same_range = (previous.start_date, previous.end_date) == (
                mention.start_date,
                mention.end_date,
            )
            if same_range and _APPOSITION.match(between):
                # One expression: its words run on to the end of the restatement.
                joined[-1] = replace(
                    previous,
                    end=mention.end,
                    text=sentence[previous.start - offset : mention.end - offset],
                )
                continue
            if (
                _RANGE_JOINER.match(between)
                and _RANGE_OPENER.search(sentence, 0, previous.start - offset)
                and previous.precision == mention.precision
                and previous.start_date < mention.end_date
            ):
                joined[-1] = replace(
                    previous,
                    end=mention.end,
                    text=sentence[previous.start - offset : mention.end - offset],
                    end_date=mention.end_date,
                    rule=f"the range from “{previous.text}” ({previous.rule}) to "
                    f"“{mention.text}” ({mention.rule})",
                )
                continue
        joined.append(mention)
    return joined
