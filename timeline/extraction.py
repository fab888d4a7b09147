"""From an article's body passages to candidate timeline events (pure Python).

A candidate is one sentence that reports a Pakistan–Russia happening with a resolved date:
the date mention, the words that say something happened or is planned (the trigger), the
actors and sectors named, a headline-style title and the citation offsets. Deciding which
candidates are the same happening is `same_happening`; folding several citations into one
event's fields is `fold_citations`.
"""

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace

from timeline import languages
from timeline.dates import resolve_dates
from timeline.languages import LANGUAGES
from timeline.sentences import split_sentences
from timeline.tagging import ActorTagger, SectorTagger

PRECISION_RANK = {
    precision: rank
    for rank, precision in enumerate(
        ("day", "week", "month", "quarter", "season", "year", "decade", "century")
    )
}
# A century dates a symbol or an era, not a happening ("a symbol of friendship in the 20th
# century"), so it never makes an event on its own.
EVENT_PRECISIONS = frozenset(PRECISION_RANK) - {"century"}
# How many paragraphs after a dated report an undated sentence may still continue it, and
# the kinds of sentence that can: those that say who took part.
CONTINUATION_PASSAGES = 2
CONTINUATION_KINDS = frozenset({"visit", "meeting", "agreement"})
# How near (in characters) to the trigger or the date one of the two sides must be named.
SIDE_WINDOW = 70
# How near (in characters) the length of a stay must be to its date to widen it.
STAY_WINDOW = 40
# A noun trigger ("for a two-day visit") dates the happening less surely than a verb
# ("landed on Tuesday"): it counts as this many characters further from the date.
NOUN_DISTANCE_PENALTY = 25
# Each clause boundary between a trigger and a date counts as this many characters more.
CLAUSE_PENALTY = 60
# How far apart (in characters, with the penalties above) a date and the words reporting a
# happening may be: the closest pair in a sentence, and any further pair. Further than that,
# the date belongs to something else ("a price cap came into force on Dec. 5, and Pakistani
# officials have said any purchase would comply").
PAIR_MAX_COST = 80
SECOND_PAIR_MAX_COST = 70

# Words that report a happening, by the kind of happening. The kind keeps an arrival and
# the next day's talks apart although both are "Lavrov in Islamabad".
TRIGGERS = {
    "visit": "visit visits visited visiting travel travels travelled traveled travelling "
    "arrive arrives arrived arriving land lands landed trip tour toured flew fly flies "
    "leave leaves depart departs departed",
    "meeting": "meet meets met meeting talks summit conference discussed discuss discusses "
    "hold holds held holding called call calls sat",
    "statement": "said says announced announces announce confirmed confirms confirm "
    "statement stated told reiterated stressed pledged offered urged expressed",
    "agreement": "sign signs signed agreed agree agrees agreement MoU MoUs deal accord pact "
    "established establish establishes founded lifted lift lifts approved approves notified "
    "adopted finalised finalized concluded ratified",
    "supply": "supply supplies supplied supplier shipment shipments cargo reached reach "
    "delivered deliver delivers exported imported provided provide exceeding order ordered "
    "placing placed purchase purchased bought received receive berthed docked anchored "
    "unloaded loaded shipped dispatched",
    "construction": "build builds built construction commissioned inaugurated launched "
    "launch launches began begin begins started opened laid groundbreaking ground-breaking "
    "inauguration completed completion",
    "exercise": "exercises exercise drills",
    "host": "host hosts hosted hosting",
}
_TRIGGER_KIND = {word.lower(): kind for kind, words in TRIGGERS.items() for word in words.split()}
# Trigger words that only ever name a happening, never report one as a verb.
NOUN_TRIGGERS = frozenset(
    "talks summit conference statement agreement deal accord pact mou mous cargo shipment "
    "shipments construction exercises drills session trip tour supplier".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Said right before the trigger, these make the happening future relative to publication.
_FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|(?:is|are)\s+expected\s+to|due\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|planning\s+to|scheduled\s+to|is\s+scheduled|will\s+be)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_PAST_MARKERS = re.compile(r"\b(?:was|were|had|has|have)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
RUSSIA_WORDS = re.compile(
    r"\b(?:Russia|Russian|Russians|Moscow|Kremlin|Soviet|USSR|St\.? Petersburg|Sochi|Kazan|"
    r"Vladivostok|Novorossiysk|Astrakhan|Yekaterinburg|Ufa|Rosneft|Gazprom|Rosatom|TASS)\b"
)
PAKISTAN_WORDS = re.compile(
    r"\b(?:Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Rawalpindi|Quetta|Peshawar|"
    r"Gwadar|Port Qasim|Multan|Faisalabad|Sialkot|Kasur|Cherat|Balochistan|Sindh|Khyber)\b"
)
SIDE_WORDS = {"russia": RUSSIA_WORDS, "pakistan": PAKISTAN_WORDS}
# In an article about both, "the two countries" are Pakistan and Russia.
BOTH_SIDES_WORDS = re.compile(
    r"\b(?:the two|both)\s+(?:countries|sides|nations|governments)\b",
    re.IGNORECASE,
)
BOTH_SIDES = frozenset(SIDE_WORDS)
THIRD_PARTIES = re.compile(
    r"\b(?:India|Indian|Indians|New Delhi|China|Chinese|Beijing|United States|U\.S\.|US|"
    r"American|Americans|Washington|Western|Iran|Iranian|Iraq|Ukraine|Ukrainian|Israel|"
    r"Israeli|Saudi|Turkey|Turkish|Bangladesh|Britain|British|UK|European|EU|Japan|Japanese|"
    r"NATO|Yugoslavia|Serbia|Serbian|Kosovo|Syria|Syrian|Germany|German|France|French)\b"
)
# Leading "ISLAMABAD:" or "MOSCOW, Jan 18 (Reuters) -" style datelines are not headline words.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,[^:–—-]{0,40})?\s*(?::|–|—|-{1,2}|\.\s*/TASS/\.)\s*"
)
# A comma between digits ("100,000 tonnes") separates thousands, not clauses.
_CLAUSE_BREAK = re.compile(
    r"[;:“”\"—–]|,(?!\d)|\s-\s|\b(?:which|where|who|while|but|when|as|after)\b"
)
_PRESENT_TENSE = {
    "arrived": "arrives", "landed": "lands", "called": "calls", "travelled": "travels",
    "traveled": "travels",
    "visited": "visits", "met": "meets", "held": "holds", "said": "says", "signed": "signs",
    "agreed": "agrees", "reached": "reaches", "confirmed": "confirms", "announced": "announces",
    "hosted": "hosts", "built": "builds", "established": "establishes", "lifted": "lifts",
    "flew": "flies", "sat": "sits", "laid": "lays", "approved": "approves",
    "finalised": "finalises", "finalized": "finalizes", "concluded": "concludes",
    "notified": "notifies", "ordered": "orders", "placed": "places", "purchased": "purchases",
    "departed": "departs", "completed": "completes", "bought": "buys", "received": "receives",
    "berthed": "berths", "docked": "docks",
    "anchored": "anchors", "unloaded": "unloads", "shipped": "ships", "dispatched": "dispatches",
    "began": "begins", "started": "starts",
    "launched": "launches", "delivered": "delivers", "supplied": "supplies", "toured": "tours",
    "discussed": "discusses", "inaugurated": "inaugurates", "opened": "opens", "stated": "states",
    "told": "tells", "reiterated": "reiterates", "stressed": "stresses", "offered": "offers",
    "pledged": "pledges", "provided": "provides", "exported": "exports", "imported": "imports",
    "urged": "urges", "expressed": "expresses",
}
TITLE_MAX_WORDS = 14
SUMMARY_MAX_CHARS = 280


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
    passage_index: int = 0
    people: tuple[str, ...] = ()
    verbal: bool = True
    continues: bool = False

    def as_record(self) -> dict:
        """JSON-ready, for the citation's stored copy and the CLI."""
        record = asdict(self)
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


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    word: str
    kind: str
    noun: bool | None = None  # known from the word alone (Russian and Urdu)


# "reserves held by the central bank" is owning, not holding a meeting.
_NOT_A_HAPPENING = re.compile(r"\s+by\b")


def _triggers(sentence: str, language: str = "en") -> list[_Trigger]:
    if language in LANGUAGES:
        return [_Trigger(*found) for found in languages.happening_words(sentence, language)]
    found = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        kind = _TRIGGER_KIND.get(word.lower())
        if not kind:
            continue
        if word.lower() == "held" and _NOT_A_HAPPENING.match(sentence, match.end()):
            continue
        # "call on" reports a happening only as a courtesy call, not "called for" or "a call".
        if word.lower() in ("called", "call", "calls") and not sentence.startswith(
            " on", match.end()
        ):
            continue
        found.append(_Trigger(match.start(), match.end(), word, kind))
    return found


# A date that opens its sentence, after a dateline or a list bullet ("* May 1, 1948 - ...").
_OPENING_DATE = re.compile(
    r"^\s*(?:[*•·▪◦‣–—-]\s*)?(?:[A-Z][A-Z .'-]{2,}(?:,[^:]{0,40})?:\s*)?"
    r"(?:(?:in|on|at|since|by|during|early|late)\s+)?$",
    re.IGNORECASE,
)


def _breaks_between(sentence: str, trigger: _Trigger, start: int, end: int) -> int:
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
    return len(_CLAUSE_BREAK.findall(_PARENTHESES.sub("", sentence[low:high])))


def _distance(sentence: str, trigger: _Trigger, start: int, end: int) -> int:
    """Characters between a trigger and a date, not counting asides in brackets."""
    low, high = (trigger.end, start) if trigger.end <= start else (end, trigger.start)
    if low >= high:
        return 0
    gap = sentence[low:high]
    return len(gap) - sum(len(aside) for aside in _PARENTHESES.findall(gap))


def _status(
    sentence: str, trigger: _Trigger, start: dt.date, published: dt.date, language: str = "en"
) -> str:
    if start > published:
        return "planned"
    if language in LANGUAGES:
        planned = languages.is_planned(sentence, trigger.start, trigger.end, language)
        return "planned" if planned else "occurred"
    # "due to meet in Moscow later this year": a future marker governs the trigger, and the
    # date's range may begin before publication.
    before = sentence[: trigger.start]
    if _FUTURE_MARKERS.search(before) and not _PAST_MARKERS.search(before):
        return "planned"
    return "occurred"


_DETERMINER = re.compile(
    r"^.*?((?:\b(?:the|a|an|his|her|its|their|this)\b|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)"
    r"(?:(?!(?<!\bof\s)\b(?:the|a|an|his|her|its|their|this)\b)[^,;:])*)$",
    re.DOTALL,
)
_FUTURE_AUXILIARY = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|expected|due|scheduled|likely|to)|due|plans|planning"
    r"|intends|hopes|(?:have|has|had)\s+agreed|agreed)(?:\s+to)?(?P<passive>\s+be)?\s*$",
    re.IGNORECASE,
)
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|has|have|had)(?:\s+also)?\s*$", re.IGNORECASE)
_PASSIVE_AUXILIARY = re.compile(
    r"\b(?P<aux>was|were|(?:has|have|had)\s+been)"
    r"(?:\s+(?:also|originally|first|already|formally|officially|jointly))?\s*$",
    re.IGNORECASE,
)
# "He recalled that ...", "officials said that ...": the report, not the reporting, leads.
_REPORTED_BY = re.compile(
    r"^.*\b(?:said|says|recalled|added|noted|stated|confirmed|announced|reported)\s+"
    r"(?:that\s+)?(?=(?:the|a|an|that|both|two|[A-Z])\b)",
    re.IGNORECASE,
)
_HEADLINE_BREAK = re.compile(
    r"[;:—–…]|,(?!\d)|\s-\s|\b(?:which|where|who|while|but|when|as|after|before|because|although|"
    r"though|since|despite)\b"
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_QUOTES = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")
_DANGLING = re.compile(
    r"(?:\s+(?:at|in|on|of|for|to|and|or|the|a|an|that|with|by|from|its|his|her|their|"
    r"into|about|over))+$",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:with|and|but|also|then|meanwhile|moreover|however|so|the|a|an|['’]s)\s+)+",
    re.IGNORECASE,
)
# The last "the ... meeting" before a relative pronoun is what the clause is about.
_HAPPENING_PHRASE = re.compile(
    r"^.*((?<!\w)(?:the|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|visit|talks|summit|session|conference|exercises?|trip|tour)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_RELATIVE_PRONOUN = re.compile(r"\s+(?:that|which|who)\s*$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|he|she|they|this|that|which|there)$", re.IGNORECASE)


# "Pakistan and Russia", "the two", "Soviet engineers" (a lower-case plural noun), "they".
_PLURAL_SUBJECT = re.compile(
    r"(?:\band\b.*|\b(?i:two|they|we)|\b[a-z]+[^sui\W]s)$"
)


def _plural(verb: str) -> str:
    """ "signs" → "sign", "reaches" → "reach", "supplies" → "supply", for plural subjects."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x)es$", verb):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _is_noun(sentence: str, trigger: _Trigger) -> bool:
    """ "the visit", "a two-day visit", "the SCO Summit": the trigger names a happening."""
    if trigger.noun is not None:
        return trigger.noun
    if trigger.word.lower() in NOUN_TRIGGERS:
        return True
    if trigger.word[0].isupper() and sentence[: trigger.start].strip():
        return True
    before = sentence[max(0, trigger.start - 60) : trigger.start]
    # "for talks", "during talks": a preposition takes a noun (but "to visit" is a verb).
    if re.search(r"\b(?:for|of|in|on|at|during|after|before|with|about|from)\s+$", before):
        return True
    return bool(re.search(r"(?:\b(?:the|a|an|his|her|its|their|first|[\w-]+-day)|['’]s)"
                          r"(?:\s+[\w-]+){0,2}\s*$", before, re.IGNORECASE))


def _blank(text: str, start: int, end: int) -> str:
    """Spaces instead of text[start:end], so offsets stay put."""
    return text[:start] + " " * (end - start) + text[end:]


def _headline(
    sentence: str, trigger: _Trigger, expression: tuple[int, int], subject: str | None
) -> str:
    """Plain news-style title from the clause around the trigger, in the present tense."""
    # The date words (with their preposition) and asides in brackets are not headline words.
    start, end = expression
    prefix = re.search(r"(?:\b(?:on|in|at|since|during|by|from|until)\s+)?$", sentence[:start])
    blanked = _blank(sentence, prefix.start() if prefix else start, end)
    for aside in _PARENTHESES.finditer(blanked):
        blanked = _blank(blanked, aside.start(), aside.end())
    clause_start = max((m.end() for m in _HEADLINE_BREAK.finditer(blanked, 0, trigger.start)),
                       default=0)
    match = _HEADLINE_BREAK.search(blanked, trigger.end)
    clause_end = match.start() if match else len(blanked)
    noun = _is_noun(sentence, trigger)
    if noun:
        # "Russia hosted an international conference": the verb that governs the noun leads.
        governing = [
            t for t in _triggers(blanked[clause_start : trigger.start])
            if not _is_noun(blanked, replace(t, start=t.start + clause_start))
        ]
        if governing:
            verb_trigger = governing[-1]
            trigger = replace(verb_trigger, start=verb_trigger.start + clause_start,
                              end=verb_trigger.end + clause_start)
            noun = False
    before = _DATELINE.sub("", blanked[clause_start : trigger.start].strip())
    after = blanked[trigger.end : clause_end]
    verb = trigger.word
    if noun:
        noun_phrase = _DETERMINER.match(before)
        before = noun_phrase.group(1) if noun_phrase else before
    elif future := _FUTURE_AUXILIARY.search(before):
        verb = f"to be {verb}" if future["passive"] else f"to {verb}"
        before = before[: future.start()].strip()
    elif (passive := _PASSIVE_AUXILIARY.search(before)) and verb.lower() not in {"said", "met"}:
        verb = f"{'are' if passive['aux'].lower() in ('were', 'have been') else 'is'} {verb}"
        before = before[: passive.start()].strip()
    else:
        before = _PAST_AUXILIARY.sub("", before).strip()
        verb = _PRESENT_TENSE.get(verb.lower(), verb)
        if _PLURAL_SUBJECT.search(before) and verb != trigger.word and not _triggers(before):
            verb = _plural(verb)
    before = _REPORTED_BY.sub("", before)
    relative = _RELATIVE_PRONOUN.search(before)
    if relative:
        # "the three-day meeting ... that began on Wednesday": the meeting began.
        head = before[: relative.start()]
        antecedent = _HAPPENING_PHRASE.match(head) or _DETERMINER.match(head)
        before = antecedent.group(1) if antecedent else head
    lead = _LEADING_FILLER.sub("", before.strip())
    if not lead or _PRONOUN.match(lead):
        opening = _HEADLINE_BREAK.split(_blank(sentence, *expression), maxsplit=1)[0].strip()
        lead = subject or (opening if 0 < len(opening.split()) <= 8 and not noun else lead)
    words = _QUOTES.sub("", f"{lead} {verb} {after}").split()
    title = _DANGLING.sub("", " ".join(words[:TITLE_MAX_WORDS]))
    title = re.sub(r"\s+([,.;:])", r"\1", title).strip(" ,;:.-–—…")
    # Wire copy shouts its first word ("PRIME minister Imran Khan"); a title does not.
    title = re.sub(r"^([A-Z])([A-Z]+)(?=\s+[a-z])", lambda m: m[1] + m[2].lower(), title)
    return title[:1].upper() + title[1:] if title else _summary(sentence)[:80]


def _title(article, sentence: str, trigger: _Trigger, expression, subject) -> str:
    """A headline in the article's own language."""
    if article.language in LANGUAGES:
        return languages.title(sentence, trigger.start, expression, article.language)
    return _headline(sentence, trigger, expression, subject)


def _summary(sentence: str) -> str:
    text = " ".join(sentence.split())
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    cut = text.rfind(" ", 0, SUMMARY_MAX_CHARS)
    return text[: cut if cut > 0 else SUMMARY_MAX_CHARS] + "…"


_STAY_NOUN = re.compile(
    r"[\s-]*(?:[\w-]+\s+){0,1}"
    r"(?:visit|trip|tour|stay|exercises?|drills?|session|conference|meeting|summit|talks)\b",
    re.IGNORECASE,
)


def _widened_end(mention, durations, kind: str, text: str, passage_start: int) -> dt.date:
    """ "arrived on Tuesday for a two-day visit" gives the visit's last day.

    Only a stay ("a two-day visit", "the three-day meeting") widens, when its length is said
    next to its date, and not a statement made during it: in "Lavrov, who is in Islamabad on
    a two-day visit, said on Wednesday" the saying lasts a day.
    """
    if mention.precision != "day" or kind == "statement":
        return mention.end_date
    for duration in durations:
        length = re.fullmatch(r"P(\d+)D", duration.value or "")
        near = abs(duration.start - mention.end) <= STAY_WINDOW or abs(
            mention.start - duration.end
        ) <= STAY_WINDOW
        stay = _STAY_NOUN.match(text, passage_start + duration.end)
        if length and near and stay and 1 < int(length.group(1)) <= 31:
            return mention.start_date + dt.timedelta(days=int(length.group(1)) - 1)
    return mention.end_date


@dataclass
class _Article:
    text: str
    published: dt.date
    actors: ActorTagger
    sectors: SectorTagger
    named: set[str]
    people: set[str]
    side_of: dict[str, str]
    language: str = "en"


# A sentence that opens like this leaves the story so far: it borrows no side from before.
_NEW_TOPIC = re.compile(r"^\W*(?:Meanwhile|Separately|Elsewhere|In other news|Also)\b", re.I)


def _third_party(article: _Article, text: str) -> bool:
    if article.language in LANGUAGES:
        return languages.names_a_third_country(text, article.language)
    return bool(THIRD_PARTIES.search(text))


def _sides(article: _Article, text: str) -> set[str]:
    if article.language in LANGUAGES:
        if languages.names_both_sides(text, article.language) and not _third_party(article, text):
            return set(BOTH_SIDES)
        sides = languages.sides_named(text, article.language)
    elif BOTH_SIDES_WORDS.search(text) and not THIRD_PARTIES.search(text):
        return set(BOTH_SIDES)
    else:
        sides = {side for side, words in SIDE_WORDS.items() if words.search(text)}
    sides.update(
        article.side_of[name]
        for _, name in article.actors.find(text, article.named)
        if article.side_of.get(name)
    )
    return sides


def _about_pakistan_and_russia(
    article: _Article, sentence: str, span: tuple[int, int], previous_sentence: str
) -> bool:
    """Both sides take part in the happening, named near it or just before.

    In "As Washington reviews an agreement it signed a year ago with the Taliban and rethinks
    a withdrawal of its soldiers, Moscow has stepped up ..." Moscow is far from the signing,
    and in "NATO began bombing Yugoslavia on March 24, and Moscow ..." in another clause.
    "The power plant was commissioned at that time" names nobody: it continues the sentence
    before. A sentence naming one side takes the other from the sentence before, unless a
    third country is in it ("Jaishankar met his Russian counterpart").
    """
    in_sentence = _sides(article, sentence)
    before = set() if _NEW_TOPIC.match(sentence) else _sides(article, previous_sentence)
    if not in_sentence:
        return before == BOTH_SIDES
    start, end = span
    if not _sides(article, sentence[max(0, start - SIDE_WINDOW) : end + SIDE_WINDOW]):
        return False
    # "NATO began bombing Yugoslavia on March 24, and Moscow ...": the happening's own clause
    # names another country and neither side.
    breaks = LANGUAGES[article.language].CLAUSE_BREAK if article.language in LANGUAGES else (
        _CLAUSE_BREAK
    )
    clause_start = max((m.end() for m in breaks.finditer(sentence, 0, start)), default=0)
    clause_break = breaks.search(sentence, end)
    clause = sentence[clause_start : clause_break.start() if clause_break else len(sentence)]
    if _third_party(article, clause) and not _sides(article, clause):
        return False
    if in_sentence == BOTH_SIDES:
        return True
    return not _third_party(article, sentence) and in_sentence | before == BOTH_SIDES


def extract_candidates(
    text: str,
    published: dt.date,
    passages: Sequence[tuple[int, int]],
    actors: ActorTagger,
    sectors: SectorTagger,
    language: str = "en",
) -> list[Candidate]:
    """Candidate events from the body passages (offsets into text) of one article, read with
    the sentence, date and happening rules of its language (ISO 639-1)."""
    body = "\n".join(text[start:end] for start, end in passages)
    article = _Article(
        text, published, actors, sectors, actors.named_in(body),
        {actor.name for actor in actors.actors if actor.kind == "person"},
        {actor.name: actor.side for actor in actors.actors}, language,
    )
    # An article that never names both sides reports no Pakistan–Russia happening.
    if _sides(article, body) != BOTH_SIDES:
        return []
    candidates: list[Candidate] = []
    previous_sentence = ""
    for passage_index, (passage_start, passage_end) in enumerate(passages):
        mentions = resolve_dates(text[passage_start:passage_end], published, language)
        for sentence in split_sentences(text, passage_start, passage_end, language):
            local_start, local_end = sentence.start - passage_start, sentence.end - passage_start
            inside = [m for m in mentions if local_start <= m.start and m.end <= local_end]
            dated = [m for m in inside if m.precision in EVENT_PRECISIONS and m.start_date]
            durations = [m for m in inside if m.precision == "duration"]
            if dated:
                found = _dated_candidates(
                    article, sentence, passage_start, dated, durations, previous_sentence
                )
            else:
                found = _continuation(article, sentence, candidates, passage_index)
            candidates.extend(replace(c, passage_index=passage_index) for c in found)
            previous_sentence = sentence.text
    return candidates


def _pairings(text: str, offset: int, dated, triggers) -> list[tuple[object, _Trigger]]:
    """Date mentions paired with the words that report what happened on them.

    The closest pair always counts; further pairs in the same sentence count only when they
    sit close together ("Russia lifted its embargo in June 2014, and Shoigu flew to Islamabad
    in November that year" reports two happenings).
    """
    costs = sorted(
        (
            _distance(text, t, m.start - offset, m.end - offset)
            + (NOUN_DISTANCE_PENALTY if _is_noun(text, t) else 0)
            + CLAUSE_PENALTY * _breaks_between(text, t, m.start - offset, m.end - offset),
            PRECISION_RANK[m.precision],
            index,
            m,
            t,
        )
        for index, (m, t) in enumerate((m, t) for m in dated for t in triggers)
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
    return pairs


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:first|last)\b", re.IGNORECASE)


def _dates_the_one_before(sentence: str, position: int) -> bool:
    """ "the first visit by a Pakistani premier since 1974": 1974 dates the visit before."""
    return bool(_SINCE.search(sentence, 0, position) and _FIRST.search(sentence, 0, position))


def _dated_candidates(article, sentence, passage_start, dated, durations, previous_sentence):
    text, offset = sentence.text, sentence.start - passage_start
    triggers = _triggers(text, article.language)
    dated = [m for m in dated if not _dates_the_one_before(text, m.start - offset)]
    if not triggers or not dated:
        return []
    pairs = _pairings(text, offset, dated, triggers)
    candidates = []
    for mention, trigger in pairs:
        mention_span = (mention.start - offset, mention.end - offset)
        span = (min(trigger.start, mention_span[0]), max(trigger.end, mention_span[1]))
        if not _about_pakistan_and_russia(article, text, span, previous_sentence):
            continue
        # With several happenings in one sentence, each names the people near it.
        start = max(0, span[0] - SIDE_WINDOW) if len(pairs) > 1 else 0
        end = span[1] + SIDE_WINDOW if len(pairs) > 1 else len(text)
        found = [(position + start, name)
                 for position, name in article.actors.find(text[start:end], article.named)]
        subject = next((name for position, name in found if position < trigger.start), None)
        names = tuple(name for _, name in found)
        candidates.append(
            Candidate(
                title=_title(article, text, trigger, mention_span, subject),
                summary=_summary(text),
                kind=trigger.kind,
                value=mention.value,
                start_date=mention.start_date,
                end_date=_widened_end(mention, durations, trigger.kind, article.text,
                                      passage_start),
                precision=mention.precision,
                status=_status(
                    text, trigger, mention.start_date, article.published, article.language
                ),
                actors=names,
                sectors=tuple(article.sectors.find(text[start:end])),
                quote_start=sentence.start,
                quote_end=sentence.end,
                expression_start=passage_start + mention.start,
                expression_end=passage_start + mention.end,
                expression=mention.text,
                rule=mention.rule,
                people=tuple(name for name in names if name in article.people),
                verbal=not _is_noun(text, trigger),
            )
        )
    return candidates


def _continuation(article, sentence, candidates, passage_index):
    """An undated sentence that goes on about the last dated report, sharing a person.

    "The prime minister was talking to Sergey Viktorovich Lavrov, who called on him" follows
    "Prime Minister Raja Pervez Ashraf said Thursday ...": it names who took part in the
    happening dated one paragraph earlier. It takes that report's date and kind.
    """
    source = next((c for c in reversed(candidates) if not c.continues), None)
    if source is None or passage_index - source.passage_index > CONTINUATION_PASSAGES:
        return []
    triggers = [
        t for t in _triggers(sentence.text, article.language) if t.kind in CONTINUATION_KINDS
    ]
    found = article.actors.find(sentence.text, article.named)
    people = tuple(name for _, name in found if name in article.people)
    if not triggers or not set(people) & set(source.people):
        return []
    trigger = triggers[0]
    subject = next((name for position, name in found if position < trigger.start), None)
    return [replace(
        source,
        title=_title(article, sentence.text, trigger, (0, 0), subject),
        summary=_summary(sentence.text),
        actors=tuple(name for _, name in found),
        sectors=tuple(article.sectors.find(sentence.text)),
        quote_start=sentence.start,
        quote_end=sentence.end,
        rule=f"continues the report dated by “{source.expression}”: {source.rule}"[:300],
        people=people,
        verbal=not _is_noun(sentence.text, trigger),
        continues=True,
    )]


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


def same_happening(a: Signature, b: Signature) -> bool:
    """Two reports of one happening: compatible dates, a shared person, compatible kinds.

    Same-day reports of talks and statements are one happening; an arrival on Tuesday and
    the talks on Wednesday are two, though they share the visitor. Without named people,
    reports must share a kind and a sector (the first oil cargo in two articles).
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
    elif not (a.kinds & b.kinds and a.sectors & b.sectors):
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
