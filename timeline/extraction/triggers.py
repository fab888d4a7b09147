"""Trigger words: the words that say something happened or is planned, by kind of happening."""

import re
from dataclasses import dataclass
from typing import NamedTuple

from timeline import languages
from timeline.languages import LANGUAGES

# Words that report a happening, by the kind of happening. The kind keeps an arrival and
# the next day's talks apart although both are "Lavrov in Islamabad".
TRIGGERS = {
    "visit": "visit visits visited visiting travel travels travelled traveled travelling "
    "arrive arrives arrived arriving land lands landed trip tour toured flew flown fly flies "
    "come comes came coming "
    "leave leaves left depart departs departed "
    # Being somewhere, when the words after say it was a stay: "was in Moscow on Wednesday".
    "was were",
    "meeting": "meet meets met meeting meetings talks summit summits conference discussed discuss "
    "discusses hold holds held holding called call calls sat negotiations consultations forum "
    "talking welcomed welcomes "
    "telephoned phoned spoke conversation address addressed addresses interact interacts "
    "interacted participate participates participated attend attends attended reviewed review "
    "reviews reviewing credentials "
    # A sitting of a body of the two: "the tenth session of the commission opens on Monday".
    "session sessions "
    # Sport and culture between the two: "the regatta will take place until February 2".
    "competition competitions regatta regattas tournament tournaments championship "
    "championships festival festivals exhibition exhibitions",
    "statement": "said says announced announces announce confirmed confirms confirm "
    "statement stated told reiterated reaffirmed reaffirms reaffirm stressed emphasized emphasised "
    "pledged offered urged "
    "expressed invited invitation congratulated congratulates congratulations felicitated "
    "condolences exchanged exchange exchanges wrote awarded",
    "agreement": "sign signs signed signing agreed agree agrees agreement MoU MoUs deal accord "
    "pact memorandum memoranda protocol "
    "struck inked ink inks sealed clinched "
    "established establish establishes establishment inception resumption founded lifted "
    "lift lifts approved approves notified "
    "adopted finalised finalized concluded ratified decided approve finalise finalize "
    "ratify",
    "supply": "supply supplies supplied supplier shipment shipments cargo reached reach "
    "delivered deliver delivers delivery deliveries exported imported provided provide "
    "exceeding "
    "order ordered buy "
    "placing placed purchase purchased bought received receive berthed docked anchored "
    "unloaded loaded shipped dispatched paid offloaded offloading discharged handed hand hands "
    "handing sent send sends sending",
    "construction": "build builds built construction commissioned inaugurated inaugurate "
    "inaugurating "
    "launched "
    "launch launches began begin begins start starts started opened laid groundbreaking "
    "ground-breaking inauguration completed completion commenced set sets setting",
    "exercise": "exercises exercise drills drill training",
    # Trade figures for a period: "bilateral trade amounted to $920 million in 2022-23".
    "figure": "amounted stood stands totalled totaled exceeded surpassed crossed",
    # A change by a stated amount is a figure too: "trade grew by 49 percent" (CHANGE_WORDS).
    "host": "host hosts hosted hosting",
    "commemoration": "commemorate commemorated commemorates commemorating celebrate "
    "celebrates celebrated celebrating marked marking",
}


_TRIGGER_KIND = {word.lower(): kind for kind, words in TRIGGERS.items() for word in words.split()}

# Verbs of change that report a figure only with the amount after them and trade before:
# "trade grew by 49.2%", "exports rose to $74 million", "imports fell 12 percent";
# "tensions rose" or "cooperation has increased" measure nothing, and "the central bank's
# reserves fell to $4.6 billion" is no trade between the two.
CHANGE_WORDS = frozenset(
    "grew grown rose risen increased decreased declined fell fallen dropped jumped surged "
    "soared climbed".split()
)
# The noun of a change says so with the amount, then what changed: "a boost of 38.6 percent
# in Russia's exports to Pakistan", "an increase of $200 million in bilateral trade".
_CHANGE_NOUNS = frozenset(
    "increase increases growth rise boost surge jump decline decrease drop fall".split()
)
_TRADE_CHANGED = re.compile(
    r"\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:US\s?\$|\$|USD\s?)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|(?:million|billion)(?:\s+(?:dollars|USD))?)\s+"
    r"(?:[^.;:]{0,30}?\s)?(?:in|of)\s+(?:[\w-]+['’]s\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:trade|turnover|exports?|imports?|commerce)\b",
    re.IGNORECASE,
)
# A copula says what trade amounts to on the same terms: "trade, which was merely $90
# million in the 1990s, is now half a billion"; "relations were warm" gives no amount.
_COPULAS = frozenset("is are was were".split())
_TRADE_BEFORE = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|commerce|supplies|shipments|purchases)\b"
    r"[^.;:]{0,80}$",
    re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(
    r"\s+(?:(?:by|to|about|around|over|nearly|almost|some|merely|only|just|now|more\s+than|"
    r"less\s+than)\s+)*"
    r"(?:(?:US\s?\$|\$|USD\s?|Rs\.?\s?)?\d|half\s+(?:a\s+)?(?:billion|million)\b)",
    re.IGNORECASE,
)


# "held talks", "will have delegation-level talks", "signed a deal", "will conduct joint
# exercises", "witnessed the signing", "will undertake an official visit", "will host a
# summit", "paid a visit": a verb that reports the happening a noun names (English).
HELD = re.compile(
    r"\b(?:held|hold|holds|holding|had|have|has|signed|sign|signs|inked|adopted|concluded|"
    r"attended|attend|conduct|conducts|conducted|conducting|stage|stages|staged|staging|"
    r"witnessed|witness|witnesses|witnessing|undertake|undertakes|undertook|undertaken|"
    r"undertaking|host|hosts|hosted|hosting|paid|pay|pays|paying|reached|reach|reaches|"
    r"begin|begins|began|start|starts|started|commence|commences|commenced)"
    r"\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


# Trigger words that only ever name a happening, never report one as a verb.
NOUN_TRIGGERS = frozenset(
    "talks summit conference statement agreement deal accord pact mou mous cargo shipment "
    "shipments construction exercises drills drill training session trip tour supplier invitation "
    "memorandum memoranda protocol negotiations consultations forum conversation meetings "
    "inauguration groundbreaking ground-breaking completion "
    "congratulations condolences summits credentials delivery deliveries competition "
    "competitions regatta "
    "regattas tournament tournaments championship championships festival festivals "
    "exhibition exhibitions".split()
)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    word: str
    kind: str
    noun: bool | None = None  # known from the word alone (Russian and Urdu)


_NOT_A_HAPPENING = re.compile(r"\s+by\b")


def find_triggers(sentence: str, language: str = "en") -> list[Trigger]:
    """The words of the sentence that report a happening, read with its language's words."""
    if language in LANGUAGES:
        return [Trigger(*found) for found in languages.happening_words(sentence, language)]
    found = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        kind = _TRIGGER_KIND.get(word.lower())
        if (
            word.lower() in CHANGE_WORDS | _COPULAS
            and _AMOUNT_AFTER.match(sentence, match.end())
            and _TRADE_BEFORE.search(sentence, max(0, match.start() - 120), match.start())
        ):
            kind = "figure"
        if word.lower() in _CHANGE_NOUNS and _TRADE_CHANGED.match(sentence, match.end()):
            kind = "figure"
        if not kind:
            continue
        # "call on" reports a courtesy call and "called over phone" a telephone call, but
        # "called for" or "a call to action" no happening; "spoke" needs whom to.
        if word.lower() in ("called", "call", "calls", "spoke") and not (
            _COURTESY_OR_PHONE.match(sentence, match.end())
            or _PHONE_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
        ):
            continue
        followed = _READ_BY_WHAT_FOLLOWS.get(word.lower())
        # A copula before an amount of trade reports a figure, whatever follows it.
        if (
            followed
            and kind != "figure"
            and bool(followed.pattern.match(sentence, match.end())) != followed.needed
        ):
            continue
        if (
            _NEGATED.search(sentence, max(0, match.start() - 30), match.start())
            or _NO_OBJECT.match(sentence, match.end())
            or _WITHHELD.search(sentence, 0, match.start())
            or _ASKED.search(sentence, 0, match.start())
        ):
            continue
        # "placed an order for oil" buys; "a multipolar world order" or "in order to" do not.
        if word.lower() == "order" and _NOT_A_PURCHASE_ORDER.search(
            sentence, max(0, match.start() - 30), match.end() + 4
        ):
            continue
        # "a joint military training last September" is an exercise; "training of officers"
        # or "cooperation in training" is no happening of its own.
        if word.lower() == "training" and not _JOINT_BEFORE.search(
            sentence, max(0, match.start() - 30), match.start()
        ):
            continue
        # "told a press conference" names where one side spoke, not a meeting of the two;
        # "a joint press conference with Qureshi" is both sides before the press.
        if (
            word.lower() == "conference"
            and _PRESS_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
            and not WITH_AFTER.match(sentence, match.end())
        ):
            continue
        found.append(Trigger(match.start(), match.end(), word, kind))
    return found


_COURTESY_OR_PHONE = re.compile(
    r"\s+(?:on\b|with\b|to\s+(?!(?:action|arms)\b)|(?:\w+\s+){0,3}?(?:over|by|on)\s+(?:the\s+)?"
    r"(?:tele)?phone\b)",
    re.IGNORECASE,
)
_PHONE_BEFORE = re.compile(r"\b(?:tele)?phon(?:e|ic)\s+$", re.IGNORECASE)
# "did not disclose the deal", "has not signed", "failed to sign the deal", "attempts failed
# to reach the spokesman": no happening.
_NEGATED = re.compile(
    r"\b(?:not|never|n't|no\s+longer|fail(?:s|ed|ing)?\s+to)\s+(?!only\b)(?:\w+\s+){0,1}"
    # the object of a negated verb: "did not sign the gas deal"
    r"(?:(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2})?$"
    # "have no plans to hold talks", "there will be no further talks"
    r"|\bno\s+(?:plans?|intention|decision|further)\s+(?:to\s+)?(?:\w+\s+){0,3}$"
    # "held no talks", "signed no new agreement"
    r"|\bno\s+(?!(?:later|sooner|longer|less|more|fewer)\b)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "did not disclose the details of the deal, including the discount Pakistan received":
# what is withheld is no news, up to a "but" that goes on to what was told.
_WITHHELD = re.compile(
    r"\b(?:not|n't|declined\s+to|refused\s+to)\s+(?:disclose|reveal|specify)\b"
    r"(?:(?!\bbut\b)[^.;])*$",
    re.IGNORECASE,
)
# "Asked whether Pakistan would buy Russian arms, she replied ...": what a question asks
# about is no news, up to the clause that answers it.
_ASKED = re.compile(
    r"\b(?:asked|questioned|wondered|enquired|inquired)\s+(?:\w+\s+)?(?:whether|if)\b[^,.;:]*$",
    re.IGNORECASE,
)
# "provided no further details", "held no talks": the verb's object is negated.
_NO_OBJECT = re.compile(r"\s+no\s+(?!(?:later|sooner|longer|less|more|fewer)\b)", re.IGNORECASE)
_INFINITIVE_AFTER = re.compile(r"\s+to\s", re.IGNORECASE)
# "will begin a three-day visit", "started the exercise", "commence technical consultations":
# the noun after the verb names the happening begun.
_A_HAPPENING_BEGUN = (
    r"\s+(?:[\w-]+\s+){0,3}?(?:visits?|trip|tour|talks|exercises?|drills?|meetings?|summit|"
    r"session|consultations|negotiations)\b"
)
_NOTHING_BEGUN = re.compile(_A_HAPPENING_BEGUN, re.IGNORECASE)
_NOTHING_STARTED = re.compile(r"\s+to\s|" + _A_HAPPENING_BEGUN, re.IGNORECASE)
_UP = re.compile(r"\s+up\b", re.IGNORECASE)
_JOINT_BEFORE = re.compile(r"\bjoint\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_A_VISITOR_AFTER = re.compile(
    r"[^;:]{0,120}?\b(?:for|on)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|arrival|trip|tour)\b",
    re.IGNORECASE,
)
_TALKING_WITH = re.compile(
    r"\s+(?:with\b|to\s+(?!(?:(?:a|the)\s+)?(?:reporters|journalists|media|press|newsmen|"
    r"newspersons|correspondents|students|participants|audience|gathering|people|public|"
    r"nation|channel|television|newspaper|agency)\b)\w)",
    re.IGNORECASE,
)
_TO_A_PLACE = re.compile(r"\s+(?:(?:soon|again|back)\s+)?(?:to\s+[A-Z][a-z]+|there|here)\b")
_STAYED_AT_A_PLACE = re.compile(
    r"\s+(?:in\s+[A-Z][a-z]+|here)\s+(?:on|this|last|earlier|for|from)\s"
)
_PRESS_BEFORE = re.compile(r"\b(?:press|news|media)\s+$", re.IGNORECASE)
WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)
_HOMAGE = re.compile(
    r"\s+(?:(?:a|an|rich|glowing|special|great\s+deal\s+of|official|courtesy|farewell|"
    r"brief|state)\s+)*(?:tribute|homage|respects?|attention|heed|calls?|visits?)\b",
    re.IGNORECASE,
)
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
_NOT_A_PURCHASE_ORDER = re.compile(
    r"\b(?:world|international|global|regional|political|economic|security|public|new|"
    r"rules-based|executive|court|law\s+and)\s+order\b|\bin\s+order\s+to\b",
    re.IGNORECASE,
)
_OVER = re.compile(r"\s+(?:\S+\s+){0,3}?over\b", re.IGNORECASE)
_MESSAGES = re.compile(
    r"\s+(?:(?:congratulatory|felicitation|goodwill|warm)\s+)?"
    r"(?:letters|messages|greetings|felicitations|congratulations)\b",
    re.IGNORECASE,
)
# "wrote a letter to the minister", "wrote to his counterpart": a message sent; "wrote in
# his memoirs", "wrote an article" are no happening between the two.
_A_LETTER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:letters?|messages?|notes?)\b"
    r"|\s+to\b",
    re.IGNORECASE,
)
# "awarded the Pushkin Medal to", "awarded him the Order of Friendship", "were awarded shields
# and certificates": an honour given; "awarded the contract" leaves the happening to the
# agreement.
_AN_HONOUR = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:medal|order|award|prize|honou?r|decoration|shield|certificate|"
    r"trophy|trophie)s?\b",
    re.IGNORECASE,
)
_GENERIC_RESOLVE = re.compile(
    r"\s+(?:to\s+(?:continue|further|keep|maintain)|(?:on|upon)\s+the\s+(?:importance|need|"
    r"significance)\s+of)\b",
    re.IGNORECASE,
)
# "reached an agreement in principle", "reached a consensus": the noun is the happening.
_AN_AGREEMENT = re.compile(
    r"\s+(?:(?:a|an|the|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|understanding|consensus|"
    r"deal|accord)\b",
    re.IGNORECASE,
)
# What is provided figuratively: "provided comments to the press", "the talks provide a
# useful platform", "would provide an opportunity".
_NOTHING_SUPPLIED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:comments?|remarks|platform|opportunit(?:y|ies)|basis|framework|"
    r"forum|insights?|briefings?|guidance|impetus|boost|momentum|avenues?|input)\b",
    re.IGNORECASE,
)

# "sent a plane with relief goods", "has sent Tuesday humanitarian aid", "sent the first oil
# tanker": goods on their way; "sent a message", "sent a strong signal", "sent him back" are
# no delivery.
_GOODS_SENT = re.compile(
    r"\s+(?:[\w,-]+\s+){0,5}?(?:aid|relief|supplies|assistance|goods|consignments?|cargoes|"
    r"tankers?|planes?|aircraft|ships?|vessels?|wheat|oil|crude|fuel|tents|medicines?|vaccines?|"
    r"doses)\b",
    re.IGNORECASE,
)

# "laid the foundation stone of the plant" builds; "the principles laid down by the founders"
# and "laid a wreath" do not.
_A_FOUNDATION = re.compile(
    r"\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:foundation|cornerstone|corner-stone|groundwork)",
    re.IGNORECASE,
)
# "to address shortages", "address the pressing issues": a problem dealt with, no address to
# a gathering.
_A_PROBLEM = re.compile(
    r"\s+(?:(?:the|these|those|its|their|our|other|such)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:shortages?|issues?|concerns?|challenges?|problems?|needs?|gaps?|deficits?|crisis|"
    r"crises|questions?|matters?|grievances?|bottlenecks?|impediments?)\b",
    re.IGNORECASE,
)
_OF_RELATIONS = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:relations|ties)\b", re.IGNORECASE
)


class _Followed(NamedTuple):
    pattern: re.Pattern
    # True: a happening only when the pattern follows; False: only when it does not.
    needed: bool


# Words that report a happening only with, or only without, the words after them.
_READ_BY_WHAT_FOLLOWS = {
    word: _Followed(pattern, needed)
    for words, pattern, needed in (
        # "reserves held by the central bank" is owning, not holding a meeting.
        ("held", _NOT_A_HAPPENING, False),
        # "agreed to continue working", "agreed to further strengthen": a resolve; "agreed
        # on the importance of energy", a view shared.
        ("agreed agree agrees", _GENERIC_RESOLVE, False),
        # "will start LNG exports in 2016" begins a happening it names; "will soon start to
        # implement the project" only the doing of something, and "will start the talks"
        # leaves the happening to the noun.
        ("start starts started", _NOTHING_STARTED, False),
        ("begin begins began commence commences commenced", _NOTHING_BEGUN, False),
        # "handed over two helicopters" delivers; "handed him a letter" is no delivery.
        ("handed hand hands handing", _OVER, True),
        # "left for Moscow" departs; "the left bank", "has left the party" do not.
        ("left", _FOR, True),
        # "paid for the cargo" buys; "paid tribute to the army", "paid a courtesy call on
        # the minister" are no payment.
        ("paid pay pays", _HOMAGE, False),
        # "decided to open a consulate" settles a happening; "decided that the oil would go
        # by smaller ships" only how something is done.
        ("decided", _THAT, False),
        # "exchanged letters of felicitations" is a message sent each way; "exchanged views"
        # is only what talks did, and "an exchange programme" no happening at all.
        ("exchanged exchange exchanges", _MESSAGES, True),
        ("wrote", _A_LETTER, True),
        ("awarded", _AN_HONOUR, True),
        # "helped to set up a steel mill" builds; "set to visit", "a set of talks" do not.
        ("set sets setting", _UP, True),
        # "provided two helicopters" supplies; "provided comments", "provide a platform" do not.
        ("provided provide provides", _NOTHING_SUPPLIED, False),
        ("sent send sends sending", _GOODS_SENT, True),
        # "the cargo reached Karachi" delivers; "reached an agreement" reports the agreement.
        ("reached reach", _AN_AGREEMENT, False),
        # "the establishment of diplomatic relations" and "the resumption of Pak-Soviet
        # relations" are the agreement; "the establishment of the steel mill" leaves the
        # happening to the building.
        ("establishment inception resumption", _OF_RELATIONS, True),
        # "said this while talking with the consul general" is a meeting, the occasion of the
        # saying; "talking to reporters" is only where one side spoke.
        ("talking", _TALKING_WITH, True),
        # "another delegation would soon come there", "came to Karachi" travels; "came to
        # power", "come to an agreement" do not.
        ("come comes came coming", _TO_A_PLACE, True),
        # "was in Moscow on Wednesday for the strategic dialogue", "was here this month": a
        # stay at a place, told with its day or its purpose; "was in Moscow's interest" or
        # "was in line with" is no stay.
        ("was were", _STAYED_AT_A_PLACE, True),
        # "welcomed the new ambassador, for his inaugural visit" receives a visitor;
        # "welcomed the decision" is a view.
        ("welcomed welcomes", _A_VISITOR_AFTER, True),
        ("laid", _A_FOUNDATION, True),
        ("address addresses addressed", _A_PROBLEM, False),
    )
    for word in words.split()
}


# The past forms of trigger verbs, and their present for headlines.
PRESENT_TENSE = {
    "arrived": "arrives",
    "was": "is",
    "were": "are",
    "landed": "lands",
    "called": "calls",
    "travelled": "travels",
    "traveled": "travels",
    "visited": "visits",
    "met": "meets",
    "held": "holds",
    "said": "says",
    "signed": "signs",
    "agreed": "agrees",
    "reached": "reaches",
    "confirmed": "confirms",
    "announced": "announces",
    "hosted": "hosts",
    "built": "builds",
    "established": "establishes",
    "lifted": "lifts",
    "flew": "flies",
    "flown": "flies",
    "wrote": "writes",
    "awarded": "awards",
    "sat": "sits",
    "laid": "lays",
    "approved": "approves",
    "finalised": "finalises",
    "finalized": "finalizes",
    "concluded": "concludes",
    "notified": "notifies",
    "ordered": "orders",
    "placed": "places",
    "purchased": "purchases",
    "departed": "departs",
    "left": "leaves",
    "completed": "completes",
    "bought": "buys",
    "received": "receives",
    "welcomed": "welcomes",
    "berthed": "berths",
    "docked": "docks",
    "anchored": "anchors",
    "unloaded": "unloads",
    "shipped": "ships",
    "dispatched": "dispatches",
    "began": "begins",
    "started": "starts",
    "launched": "launches",
    "delivered": "delivers",
    "supplied": "supplies",
    "toured": "tours",
    "discussed": "discusses",
    "interacted": "interacts",
    "participated": "participates",
    "attended": "attends",
    "inaugurated": "inaugurates",
    "opened": "opens",
    "stated": "states",
    "exchanged": "exchange",
    "told": "tells",
    "reiterated": "reiterates",
    "stressed": "stresses",
    "emphasized": "emphasizes",
    "emphasised": "emphasises",
    "offered": "offers",
    "pledged": "pledges",
    "provided": "provides",
    "exported": "exports",
    "imported": "imports",
    "urged": "urges",
    "expressed": "expresses",
    "struck": "strikes",
    "inked": "inks",
    "sealed": "seals",
    "clinched": "clinches",
    "invited": "invites",
    "telephoned": "telephones",
    "phoned": "phones",
    "spoke": "speaks",
    "addressed": "addresses",
    "reviewed": "reviews",
    "congratulated": "congratulates",
    "felicitated": "felicitates",
    "founded": "founds",
    "adopted": "adopts",
    "ratified": "ratifies",
    "decided": "decides",
    "loaded": "loads",
    "paid": "pays",
    "offloaded": "offloads",
    "discharged": "discharges",
    "handed": "hands",
    "commissioned": "commissions",
    "commenced": "commences",
    "amounted": "amounts",
    "totalled": "totals",
    "totaled": "totals",
    "exceeded": "exceeds",
    "surpassed": "surpasses",
    "crossed": "crosses",
    "commemorated": "commemorates",
    "celebrated": "celebrates",
    "marked": "marks",
    # The changes a trade figure is told by.
    "grew": "grows",
    "grown": "grows",
    "rose": "rises",
    "risen": "rises",
    "increased": "increases",
    "decreased": "decreases",
    "declined": "declines",
    "fell": "falls",
    "fallen": "falls",
    "dropped": "drops",
    "jumped": "jumps",
    "surged": "surges",
    "soared": "soars",
    "climbed": "climbs",
}


# The -ing forms of trigger verbs, and their present for headlines.
PRESENT_PARTICIPLES = {
    "visiting": "visits",
    "travelling": "travels",
    "arriving": "arrives",
    "holding": "holds",
    "signing": "signs",
    "placing": "places",
    "offloading": "offloads",
    "handing": "hands",
    "setting": "sets",
    "reviewing": "reviews",
    "hosting": "hosts",
    "exceeding": "exceeds",
    "commemorating": "commemorates",
    "celebrating": "celebrates",
    "marking": "marks",
    "talking": "talks",
    "meeting": "meets",
}


def is_noun(sentence: str, trigger: Trigger) -> bool:
    """ "the visit", "a two-day visit", "the SCO Summit": the trigger names a happening."""
    if trigger.noun is not None:
        return trigger.noun
    if trigger.word.lower() in NOUN_TRIGGERS:
        return True
    if trigger.word[0].isupper() and sentence[: trigger.start].strip():
        return True
    before = sentence[max(0, trigger.start - 60) : trigger.start]
    # "The two sides signed", "the prime minister reiterated": a past form after its subject
    # is a verb, whatever determiner opens the subject ("the signed deal" is rare in news).
    if trigger.word.lower() in PRESENT_TENSE and not re.search(r"\b(?:the|a|an)\s+$", before):
        return False
    # "for talks", "during talks": a preposition takes a noun (but "to visit" is a verb).
    if re.search(
        r"\b(?:for|of|in|on|at|during|after|before|with|about|from)\s+$", before, re.IGNORECASE
    ):
        return True
    return bool(
        re.search(
            r"(?:\b(?:the|a|an|his|her|its|their|first|[\w-]+-day)|['’]s)"
            r"(?:\s+[\w-]+){0,2}\s*$",
            before,
            re.IGNORECASE,
        )
    )
