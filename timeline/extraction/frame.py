"""A report's time frame: undated sentences that go on about the happening dated before.

"PM Sharif on Thursday met President Putin in Samarkand." sets the frame; "The two sides
signed agreements on energy." and "It was agreed to convene the commission in Islamabad."
later in the report have no date words of their own and happened that Thursday. Before any
dated sentence, a report's opening paragraphs are framed by its publication date ("Sharif
met Putin in Beijing" in a report of that day). A quotation or background ("Earlier, …",
"had been") is never carried, and a paragraph that moves to another time ("In 2016, …")
suspends the frame until the next paragraph.
"""

import re
from dataclasses import dataclass, replace
from functools import cache

from timeline.languages import LANGUAGES, tells_who_told_it

from .candidate import Candidate
from .clauses import END_OF, QUOTATION, blank
from .participants import (
    BOTH_SIDES,
    in_attribution,
    participants,
    sides_named,
    subject_and_actors,
)
from .status import FUTURE, SENTENCE_END, said_to_be_ahead, status_of
from .titles import summarise, title_in
from .triggers import HELD, NOUN_TRIGGERS, WITH_AFTER, find_triggers, is_noun

# How many paragraphs (passages of MIN_PARAGRAPH_CHARS or more) after its last sentence a
# report's frame still holds; shorter passages (captions, bylines) do not count.
FRAME_PASSAGES = 6
MIN_PARAGRAPH_CHARS = 80
# What an undated sentence in the frame may report: who met, signed, sent or exercised; of
# statements, only an invitation, letters exchanged, an honour awarded, congratulations
# ("congratulated", "مبارکباد دی", «поздравил»), condolences («выразил соболезнования»), a
# Russian condemnation («Москва решительно осуждает теракт», «выразило осуждение»), a Russian
# invitation extended or received («пригласил», «получил приглашение», and in a saying's own
# words «сказал, что приглашает его») and a Russian message passed on («послание было
# передано»), which are news in themselves.
# A visit is the frame itself: more words about it are no new happening.
CONTINUATION_KINDS = frozenset({"meeting", "agreement", "supply", "exercise", "construction"})
# The saying is the act itself, an invitation, a condemnation or support given: «сказал
# Володину, что приглашает его в Пакистан», «заявила, что Россия осуждает теракт», «заявил,
# что Россия поддержала заявку Пакистана».
DONE_IN_WORDS = frozenset(
    "приглашает приглашаю приглашаем приглашают осуждает осуждаем осуждают "
    "поддерживает поддерживают поддержал поддержала поддержали".split()
)
CARRIED_STATEMENTS = frozenset(
    {"invited", "invitation", "exchanged", "exchange", "exchanges", "awarded"}
    | {"congratulated", "congratulations", "felicitated", "felicitations", "condolences"}
    | {"مبارکباد", "مبارک باد", "دعوت"}
    | set(
        "поздравил поздравила поздравили поздравление поздравления поздравлении "
        "поздравлением послание послания соболезнования соболезнований "
        "осудил осудила осудили осуждение "
        "пригласил пригласила пригласили".split()
    )
    | {"получил приглашение", "получила приглашение", "получили приглашение"}
    | DONE_IN_WORDS
)
# A declaration issued, told with its light verb ("مشترکہ اعلامیہ جاری کیا"), or an
# announcement made ("… کا اعلان کیا"), but not one cited as where something was said
# ("اعلامیے کے مطابق", "اعلامیہ میں کہا گیا").
ISSUED_STATEMENTS = frozenset({"اعلامیہ", "اعلامیے", "اعلان"})
# Sentences that step out of the frame: a quotation, background, or an earlier time.
_OUT_OF_FRAME = re.compile(
    r"^\W*[“\"‘]|^\W*(?:earlier(?!\s+(?:in\s+the\s+day|that\s+day|on\b))|previously|"
    r"in the past|historically|back in|so far|"
    r"over the years|traditionally)\b|\b(?:had|has|have)\s+(?:\w+ly\s+)?been\b|\bhad\s+\w+ed\b"
    r"|\bago\b|\bsince\b"
    # "We had two exercises before": "before" with no time after it is an earlier time.
    r"|\bbefore(?=\s*(?:[,.;!?\"”]|and\b|but\b|$))"
    # "The navy routinely conducts exercises with other nations": a habit, not one happening.
    r"|\b(?:routinely|regularly|usually|habitually|frequently|annually)\b"
    # "In the last several meetings, the two sides held discussions": many happenings, none
    # of them the report's.
    r"|\b(?:last|past|previous)\s+(?:several|few|many)\s+(?:meetings|rounds|sessions|visits|"
    r"contacts)\b",
    re.IGNORECASE,
)
# Words before the trigger that make it something said or wished, not something done:
# "he said both countries are discussing", "Pakistan is keen to build", "we would be glad
# if Russia signed" (a condition).
_SAID = re.compile(
    r"\b(?:said|says|say|told|added|noted|stressed|shared|observed|remarked|emphasi[sz]ed|"
    r"underlined|highlighted|maintained|asserted|opined|recalled|recalling|referring|"
    r"referred)\b",
    re.IGNORECASE,
)
_WISHED = re.compile(
    r"\b(?:continue|continuing|believes?|hoped|keen|ready|readiness|willing|willingness|eager|"
    r"interest|interested|potential|opportunities|prospects|wants?|wanted|wish|wishes|need|"
    r"needs|could|can|may|might|should|must|would\s+like|if)\b",
    re.IGNORECASE,
)


# "said in a meeting with Putin", "speaking at a press conference", "remarked during the
# media forum": the meeting is where the saying happened, and itself a happening of the
# report's day.
_WHERE_SAID = re.compile(
    r"\b(?:in\s+a|at\s+(?:a|the)|during\s+(?:a|the|their|his|her))\s+(?:[\w–-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "The signing followed a meeting between Overchuk and Sharif", "the deal came after talks
# with Putin", "he said, following a meeting with the delegation", "addressing the press
# after a meeting with her counterpart, the minister said": the meeting went before the
# day's happening or saying, and is itself one of the day; so is what follows, "the talks
# will be followed by the signing of an MoU". A bare "after" names a meeting of its own only
# with an indefinite or possessive article: "a statement issued after the talks" points back
# to talks already told.
_FOLLOWED = re.compile(
    r"\b(?:(?:followed|follows|following|preceded\s+by|came\s+after|comes\s+after|"
    r"said\s+after)\s+(?:\S+\s+){0,3}|after\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2})$",
    re.IGNORECASE,
)
# "He also called on …", "They decided …": a pronoun subject is the report's own actor,
# and so is an envoy named by office alone ("the Ambassador met the faculty"). "Later,
# they witnessed the signing", "After the ceremony the envoy met …": a linking adverb or
# the happening before may come first.
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:later|afterwards|subsequently|then|meanwhile|separately|"
    r"after\s+the\s+(?:ceremony|meeting|talks|event))\s*,?\s+)?"
    r"(?:he|she|they|the two|the\s+(?:ambassador|envoy)\b(?!\s+of\b))\b",
    re.IGNORECASE,
)


_ANOTHER_PREDICATE = re.compile(r",\s+and\s+(?!that\b)(?:also\s+)?[a-z]+ed\b")


def _last_match(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """The last match of the pattern that ends by `end`."""
    return max(pattern.finditer(text, 0, end), key=lambda m: m.start(), default=None)


# "thanked the delegation for visiting Karachi", "welcomed the minister on his visit": the
# thanks or the welcome report the visit they are for.
_THANKED_FOR = re.compile(
    r"(?:\b(?:thanked|thanks|thanking|welcomed|welcoming)\b[^.;:]{0,80}?\b(?:for|on)"
    # "said he was pleased with the visit of the president to Lahore"
    r"|\b(?:pleased|happy|delighted|glad|satisfied)\s+(?:with|at|over|about|by))\s+"
    r"(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)


def _thanked_for(words: "FrameWords", text: str, trigger) -> bool:
    """Whether thanks, a welcome or pleasure before the trigger are for it."""
    return bool(words.thanked_for and words.thanked_for.search(text, 0, trigger.start))


_OWN_MEETING = re.compile(r"\b(?:his|her|their|our|my)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_AT_ANOTHER_OCCASION = re.compile(r"\b(?:during|at|on\s+the\s+sidelines\s+of)\b", re.IGNORECASE)


def _own_meeting(words: "FrameWords", text: str, trigger) -> bool:
    """ "She said that her meeting with the deputy minister had become part of the round":
    the speaker's own meeting with someone, told as a happening, said or not (English); not
    one that "would be useful", nor one placed at another occasion ("his meeting with Putin
    during the summit in Astana")."""
    return (
        words.own_meeting is not None
        and trigger.kind == "meeting"
        and bool(words.own_meeting.search(text, 0, trigger.start))
        and bool(WITH_AFTER.match(text, trigger.end))
        and not FUTURE.search(text, trigger.end)
        and not _AT_ANOTHER_OCCASION.search(text, trigger.end)
    )


# "Several agreements were signed, he added.": a happening told in the passive, naming no
# one who made it, that the one who spoke in the sentence before goes on with.
_PASSIVE = re.compile(r"\b(?:was|were|been)\s+$", re.IGNORECASE)
_HE_ADDED = re.compile(r",\s*(?:he|she)\s+(?:added|said|further\s+said)\W*$", re.IGNORECASE)
_OCCASION_OPENING = re.compile(
    r"^\W*during\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|visit)\s+"
    r"(?:held\s+)?(?:at|in|to|with)\b[^,]*,[^,]*\b(?:said|stated|told)\b",
    re.IGNORECASE,
)
_THE_ENVOY = re.compile(
    r"\b(?:the|his|her|their)\s+(?:visiting\s+)?(?:ambassador|envoy|consul[\s-]general|"
    r"high\s+commissioner|delegation)\b(?!\s+of\b)",
    re.IGNORECASE,
)


# Only the news of the day frames a report: a sentence dated to a day or week near
# publication. "In 2015, the two countries signed a deal" is background, and the sentence
# after it is not carried back to 2015.
FRAME_PRECISIONS = frozenset({"day", "week"})
FRAME_DAYS_FROM_PUBLICATION = 31


def _frame_of(candidates: list[Candidate], published) -> Candidate | None:
    """The report a dated sentence sets as the frame for the sentences after it, if any."""
    for candidate in candidates:
        if candidate.precision in FRAME_PRECISIONS and (
            abs((candidate.start_date - published).days) <= FRAME_DAYS_FROM_PUBLICATION
        ):
            return candidate
    return None


# Opening paragraphs before any dated sentence are framed by the publication date: a
# report may give its own news of the day ("a delegation has flown to Russia", "also
# extended an invitation") after four paragraphs of background and sayings.
PUBLICATION_FRAME_PASSAGES = 5
PUBLICATION_RULE = "no date words: the report's publication date"
# A lead that tells its day in words naming no happening ("Russia on Monday sought
# Pakistan's help") frames what follows, but the report is still in its opening: the first
# lead that names its happening dates the headline and frames the report in its place.
LEAD_DAY_RULE = "the day the report's lead tells"
OPENING_RULES = frozenset({PUBLICATION_RULE, LEAD_DAY_RULE})


def publication_frame(published) -> Candidate:
    """The frame of a report's opening, before any sentence dates it."""
    return Candidate(
        title="", summary="", kind="", value=published.isoformat(), start_date=published,
        end_date=published, precision="day", status="occurred", actors=(), sectors=(),
        quote_start=0, quote_end=0, expression_start=0, expression_end=0, expression="",
        rule=PUBLICATION_RULE,
    )  # fmt: skip


# "It is currently being offloaded", "trade presently stands at $520 million", "his
# current visit to Russia", "the minister is visiting Moscow": under way, or so, as the
# report is written.
_UNDER_WAY = re.compile(
    r"\b(?:(?:is|are)\s+(?:currently|now)\s+(?:being\s+)?\w+"
    r"|(?:is|are)\s+(?:visiting|touring)\b"
    r"|(?:presently|currently|now|at\s+present)\s+(?:stands?|totals?|amounts?)\b"
    r"|(?:current|ongoing)\s+(?:[\w-]+\s+)?(?:visit|stay|trip|tour)\b)",
    re.IGNORECASE,
)
# "The talks between the delegations are underway in Islamabad": the happening named before
# is going on as the report is written (English only so far).
_GOING_ON = re.compile(
    r"[^.;:]{0,80}?\b(?:is|are)\s+(?:now\s+|still\s+)?(?:under\s?way|in\s+progress)\b",
    re.IGNORECASE,
)
# "A meeting with the prime minister is also planned", "the meeting with the speaker is
# included in the schedule": a happening the report names as planned, with no verb of its
# own (English only so far).
_PLANNED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:is|are)\s+(?:also\s+)?(?:planned|scheduled|envisaged|on\s+the\s+"
    r"(?:agenda|schedule)|included\s+in\s+the\s+(?:schedule|programme|program|itinerary|"
    r"agenda))\b",
    re.IGNORECASE,
)
# "Under the partnership, Russia will provide $2 billion", "according to the contract,
# Russia will supply four helicopters": what is to come under an agreement is its terms, no
# plan the report dates (English only so far); Pakistani copy drops the article ("According to
# MoU, the students will be awarded certificates").
_TERMS = re.compile(
    r"^\W*(?:under|according\s+to|as\s+per)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:contract|agreement|"
    r"deal|partnership|accord|mou|memorandum|protocol)\b",
    re.IGNORECASE,
)
# "On arrival, he was received by the foreign minister", "welcomed at the airport": what
# happens as the visitor arrives is of the visit's first day.
_ON_ARRIVAL = re.compile(
    r"\b(?:on|upon)\s+(?:(?:his|her|their|its)\s+)?arrival\b"
    r"|\bat\s+the\s+(?:[\w-]+\s+)?(?:airport|air\s*base|airbase)\b",
    re.IGNORECASE,
)
# "Upon completion of the stay, an exercise was conducted at sea": what follows the end of
# the report's happening is of its last day or after, up to the report.
_AFTER_THE_FRAME = re.compile(
    rf"\b(?:(?:up)?on|after|following|at)\s+(?:the\s+)?{END_OF}", re.IGNORECASE
)
# "The ship will also take part in the parade", "he would also meet the prime minister":
# a plan added to the report's news with "also" is one more of its happenings, announced
# with it (English only so far).
_ALSO_AHEAD = re.compile(r"\b(?:will|would)\s+(?:also|soon)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "The minister arrived earlier in the day", "later that day": the report's own day.
_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b|\bthe\s+same\s+day\b",
    re.IGNORECASE,
)
# "He will also meet the prime minister during his visit."
DURING_THE_VISIT = re.compile(
    r"\bduring\s+(?:his|her|their|the|this)\s+(?:[\w-]+\s+){0,2}(?:visit|stay|trip|tour)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FrameWords:
    """The words the frame rules read, in one language: English ones here, the others' in
    their modules of timeline.languages (OUT_OF_FRAME, SAID, WISHED, HELD, WHERE_SAID,
    PRONOUN_SUBJECT, DURING_THE_VISIT).

    `held`, `where_said` and `wished` stand next to the trigger: before it in English and
    Russian ("held talks", "said during talks", "keen to sign"), after it in a verb-final
    language, where the verb follows the noun it reports ("ملاقات کی", "ملاقات کے دوران",
    "معاہدہ کر سکتے ہیں"). `infinitive` is the ending of a verb form that reports nothing
    by itself ("предложение посетить Москву", the offer of a visit). `under_way` and
    `future` are read in English only: the other languages' status rules read the tense
    near the trigger already. `followed` ("the signing followed a meeting", «сказал после
    переговоров») is read in English and Russian.
    """

    out_of_frame: re.Pattern
    said: re.Pattern
    wished: re.Pattern
    held: re.Pattern
    where_said: re.Pattern
    pronoun_subject: re.Pattern
    during_the_visit: re.Pattern
    infinitive: re.Pattern | None = None
    followed: re.Pattern | None = None
    under_way: re.Pattern | None = None
    future: re.Pattern | None = None
    # Quoted speech, blanked before a sentence is read for the report's happening. Russian
    # quotes names as well as speech (учения "Дружба", «Газпром»): there only speech its
    # attribution closes.
    quotation: re.Pattern | None = None
    going_on: re.Pattern | None = None
    # "During the first day of the commission meeting, …": the report's own happening named
    # again by a definite noun, so the sentence is of the frame (English and Russian).
    the_happening_again: re.Pattern | None = None
    # "On arrival, …": a happening of the visit's first day; "Upon completion of the stay,
    # …": of its last day or after (English only so far).
    on_arrival: re.Pattern | None = None
    after_the_frame: re.Pattern | None = None
    also_ahead: re.Pattern | None = None
    same_day: re.Pattern | None = None
    planned_after: re.Pattern | None = None
    terms: re.Pattern | None = None
    verb_final: bool = False
    # A verb after the noun it reports, where a verb may follow its subject: «визит
    # Шарифа в Москву состоится», «переговоры прошли» (Russian).
    held_after: re.Pattern | None = None
    # A sentence closing the sayings before it by who expressed them and where: "He said this
    # while inaugurating the programme", «ان خیالات کا اظہار انہوں نے … کیا» (not Russian yet).
    closes_sayings: re.Pattern | None = None
    # A quotation opening on what the speaker's side did («"Мы решили продолжить …»): a
    # happening of the report, though a quotation (Russian only so far).
    own_doing: re.Pattern | None = None
    # English only so far: thanks or pleasure for a visit ("thanked the delegation for its
    # visit"), the speaker's own meeting ("her meeting with the minister"), a meeting opening
    # a sentence as the occasion of a saying ("During a meeting at the Chamber, the envoy
    # said"), the report's envoy or delegation named by office alone ("the ambassador"),
    # a speaker adding what was done in the passive ("Several agreements were signed, he
    # added"), and a happening named with "a" that a dated lead takes up with "the".
    thanked_for: re.Pattern | None = None
    own_meeting: re.Pattern | None = None
    occasion_opening: re.Pattern | None = None
    the_envoy: re.Pattern | None = None
    he_added: re.Pattern | None = None
    a_noun: re.Pattern | None = None
    # "A second cargo", «очередная встреча»: one more of the happenings the report is about.
    one_of_a_series: re.Pattern | None = None

    def next_to(self, pattern: re.Pattern, text: str, trigger) -> bool:
        """Whether the pattern's words stand on the trigger's verb side of it."""
        if self.verb_final:
            return bool(pattern.match(text, trigger.end))
        return bool(pattern.search(text, 0, trigger.start))


# "A second cargo is expected later this month", "the last drill was held in 2021": one
# more of the happenings the report is about, named by an ordinal or "another".
_ONE_OF_A_SERIES = re.compile(
    r"\b(?:(?:a|an|the|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|next|last|"
    r"previous|latest|following)|another)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLOSES_SAYINGS = re.compile(
    r"^\W*(?:He|She|They)\s+(?:said|stated|expressed|made)\s+(?:this|these|so)\b", re.IGNORECASE
)
_THE_HAPPENING_AGAIN = re.compile(
    r"^\W*(?:(?:during|at|on|in)\s+)?the\s+(?:[\w-]+\s+){0,5}?"
    r"(?:meeting|talks|session|visit|stay|exercise|drills?|summit|conference|consultations)\b",
    re.IGNORECASE,
)


# "The university has signed an MoU" before the lead "signed the MoU on Tuesday".
_A_NOUN = re.compile(r"\b(?:a|an)\s+([\w-]+)", re.IGNORECASE)


ENGLISH = FrameWords(
    _OUT_OF_FRAME, _SAID, _WISHED, HELD, _WHERE_SAID, _PRONOUN_SUBJECT, DURING_THE_VISIT,
    followed=_FOLLOWED, under_way=_UNDER_WAY, future=FUTURE, quotation=QUOTATION,
    going_on=_GOING_ON, the_happening_again=_THE_HAPPENING_AGAIN, on_arrival=_ON_ARRIVAL,
    after_the_frame=_AFTER_THE_FRAME, also_ahead=_ALSO_AHEAD, same_day=_SAME_DAY,
    planned_after=_PLANNED_AFTER, terms=_TERMS, closes_sayings=_CLOSES_SAYINGS,
    one_of_a_series=_ONE_OF_A_SERIES, thanked_for=_THANKED_FOR, own_meeting=_OWN_MEETING,
    occasion_opening=_OCCASION_OPENING, the_envoy=_THE_ENVOY, he_added=_HE_ADDED,
    a_noun=_A_NOUN,
)  # fmt: skip


@cache
def frame_words(language: str) -> FrameWords:
    """The frame words of a language (ISO 639-1); English for one without its own."""
    rules = LANGUAGES.get(language)
    if rules is None:
        return ENGLISH
    return FrameWords(
        rules.OUT_OF_FRAME, rules.SAID, rules.WISHED, rules.HELD, rules.WHERE_SAID,
        rules.PRONOUN_SUBJECT, rules.DURING_THE_VISIT, rules.INFINITIVE,
        verb_final=rules.VERB_FINAL, held_after=rules.HELD_AFTER, quotation=rules.QUOTATION,
        going_on=rules.GOING_ON, closes_sayings=rules.CLOSES_SAYINGS, own_doing=rules.OWN_DOING,
        one_of_a_series=rules.ONE_OF_A_SERIES, the_happening_again=rules.THE_HAPPENING_AGAIN,
        followed=rules.FOLLOWED,
    )  # fmt: skip


def _moves_the_frame(frame: Candidate | None, dated) -> bool:
    """A sentence dated to another time than the frame's."""
    return frame is not None and any(
        mention.end_date < frame.start_date or mention.start_date > frame.end_date
        for mention in dated
    )


class ReportFrames:
    """The frame an undated sentence of a report falls in, sentence by sentence.

    The report's own frame is set by its first dated sentence of the day's news (before
    that, the publication date frames its opening), and narrowed by a later one dated
    inside it ("the talks on Thursday" of a three-day visit). A later sentence dated to
    another day ("Zardari arrived on Wednesday on a four-day visit") frames the rest of its
    paragraph only, and a paragraph that moves to another time ("In 2016, …") suspends the
    frame until the paragraph ends; then the report's own frame goes on. A sentence about
    what happens "during the visit" is framed by the visit the report dated last.
    """

    def __init__(self, published, language: str = "en"):
        self.published = published
        self.language = language
        self.words = frame_words(language)
        self.report = publication_frame(published)
        self.aside: Candidate | None = None
        self.visit: Candidate | None = None
        self.suspended_in: int | None = None
        self.moved_on = False

    def move_on(self) -> None:
        """The story has left the report: no frame until a sentence dates a new one."""
        self.moved_on = True

    def current(self, paragraph: int, passage_index: int, sentence: str) -> Candidate | None:
        if self.moved_on:
            return None
        # "during his visit" names its time itself, wherever the paragraph has moved.
        if self.visit is not None and self.words.during_the_visit.search(sentence):
            return self.visit
        if self.suspended_in == passage_index and not self._who_told_it(sentence):
            return None
        if self.aside is not None and self.aside.passage_index == paragraph:
            return self.aside
        return self.report

    def _who_told_it(self, sentence: str) -> bool:
        """«Об этом посол сообщил на встрече с …» (an opening attribution, Russian only):
        who told the sentence before, and where, is of the report's own time, not of the
        other time that sentence moved to («Шариф посетит Россию в первом квартале»)."""
        return tells_who_told_it(sentence, self.language)

    def read(self, found: list[Candidate], dated, paragraph: int, passage_index: int) -> None:
        """Take in what one sentence gave: its candidates (on `paragraph`) and its dates."""
        frame = self.current(paragraph, passage_index, "")
        # A happening carried into a dated sentence ("delivered thanks to a deal struck in
        # January") continues the frame: it neither sets nor suspends one.
        carried = any(candidate.continues for candidate in found)
        dated_found = [candidate for candidate in found if not candidate.continues]
        new_frame = _frame_of(dated_found, self.published) if dated and dated_found else None
        # "In April, the minister arrived in Pakistan. He met the prime minister during his
        # visit": the visit named later is the one dated last, however far back and however
        # widely, though only the news of the day frames the report.
        visits = [candidate for candidate in dated_found if candidate.kind == "visit"]
        if dated and visits:
            self.visit = visits[0]
        if new_frame is not None:
            within = (
                self.report.start_date <= new_frame.start_date
                and new_frame.end_date <= self.report.end_date
            )
            # The report's first frame, or a day inside it ("the talks on Thursday" of a
            # three-day visit), frames the report from here on; another day is an aside.
            if self.report.rule in OPENING_RULES or within or self.moved_on:
                self.report, self.moved_on = new_frame, False
            else:
                self.aside = new_frame
        elif _moves_the_frame(frame, dated) and not carried:
            self.suspended_in = passage_index
        elif found and frame is self.report:
            # A report goes on as long as its sentences do: its frame reaches on from here.
            self.report = replace(frame, passage_index=paragraph)

    def story_day(self):
        """The one day the report has dated its news to, if it has: "a day earlier" in a
        later paragraph counts from it ("the MoU builds on talks held a day earlier")."""
        report = self.report
        dated_day = report.precision == "day" and report.start_date == report.end_date
        return report.start_date if dated_day and report.rule != PUBLICATION_RULE else None

    def outside_report(self, sentence: str, dated, local_start: int) -> bool:
        """A date only in the closing attribution (", officials told Dawn on Saturday.")
        dates the saying: inside a report's frame the sentence continues the frame. A saying
        of an earlier time (", the minister had said in November.") is no part of the
        report: what it tells was so by then."""
        report = self.report
        return (
            report.rule != PUBLICATION_RULE
            and bool(dated)
            and all(
                in_attribution(sentence, m.start - local_start, self.language)
                and m.end_date >= report.start_date
                for m in dated
            )
        )


def one_of_the_reports_series(article, sentence: str, trigger, frame) -> bool:
    """A noun naming another happening of the kind the report's dated lead is about: its
    sides are the lead's, though the sentence names one side or none ("A second cargo is
    expected to reach Pakistan later this month" after the first cargo from Russia)."""
    if frame is None or frame.rule == PUBLICATION_RULE or not is_noun(sentence, trigger):
        return False
    series = frame_words(article.language).one_of_a_series
    if series is None or not series.search(sentence, 0, trigger.start):
        return False
    if article.third_parties.search(sentence):
        return False
    lead = article.text[frame.quote_start : frame.quote_end]
    return any(
        t.kind == trigger.kind and is_noun(lead, t) for t in find_triggers(lead, article.language)
    )


# "Speaking at a meeting in Karachi, the consul hoped that ties will grow": the saying the
# meeting was the place of follows it, and its words' future is no plan of the meeting.
_SAYING_AFTER = re.compile(
    r"\b(?:said|says|told|added|noted|stressed|hoped|hopes|believed|believes|"
    r"expressed\s+(?:the\s+)?hope)\b",
    re.IGNORECASE,
)


def _said_after(text: str, trigger) -> int:
    """Where the words said at the trigger's meeting begin, or the sentence's end."""
    saying = _SAYING_AFTER.search(text, trigger.end)
    return saying.start() if saying else len(text)


def _where_said_kind(trigger, text: str, words: FrameWords) -> bool:
    """A meeting may be where something was said ("said during the talks"), and so may a
    visit to a place or an opening when a saying comes before it ("said during the
    delegation's visit to a school", «сказал, выступая на церемонии открытия памятника»); a
    visit only places what follows it ("во время визита в Казахстан проводит встречу"). A
    visit is carried only where the report's own day frames it (`kinds`)."""
    return trigger.kind == "meeting" or (
        trigger.kind in ("visit", "construction")
        and bool(words.said.search(text, 0, trigger.start))
    )


def _rest_of_paragraph(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else None]


def _open_quotation(text: str, start: int) -> str | None:
    """The rest of the paragraph from the «, still open, that a sentence starting at `start`
    stands inside («Мы сотрудничаем. Это ШОС, которая проводит встречу. …», — сказал он);
    None when the sentence stands inside no quotation."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    depth, opened = 0, None
    for at in range(paragraph_start, start):
        if text[at] == "«":
            depth += 1
            opened = at if depth == 1 else opened
        elif text[at] == "»" and depth:
            depth -= 1
    return _rest_of_paragraph(text, opened) if depth else None


def _a_speakers_words(article, sentence, text: str, words: FrameWords) -> bool:
    """Whether the sentence is words someone says about the news rather than a report of it.

    A quotation opened here may close in a later sentence of the paragraph, where the wire
    says it relays a press release («"… . …", - говорится в сообщении»): read to its close.
    """
    own_doing = bool(words.own_doing and words.own_doing.match(text))
    if (
        not own_doing
        and words.out_of_frame.search(text)
        and words.out_of_frame.search(_rest_of_paragraph(article.text, sentence.start))
    ):
        return True
    # A sentence in the middle of such a quotation is the speaker's words as well, unless
    # the quotation is one a wire relays.
    quotation = _open_quotation(article.text, sentence.start)
    return quotation is not None and bool(words.out_of_frame.match(quotation))


def _meeting_before(named, trigger) -> bool:
    return any(t.kind == "meeting" and t.end <= trigger.start for t in named)


class _UndatedSentence:
    """One undated sentence read for a happening of the frame before it: the rules that
    `continuation` applies one after another, each on the sentence's text with its
    quotations blanked."""

    def __init__(self, article, text: str, words: FrameWords):
        self.article, self.text, self.words = article, text, words

    def under_way(self, trigger) -> bool:
        words, text = self.words, self.text
        return bool(
            (words.under_way and words.under_way.search(text, 0, trigger.end))
            or (words.going_on and words.going_on.match(text, trigger.end))
        )

    def planned_after(self, trigger) -> bool:
        words = self.words
        return bool(words.planned_after and words.planned_after.match(self.text, trigger.end))

    def kinds_carried(self, by_publication: bool) -> frozenset:
        """Before any dated sentence no visit frames the report: an undated arrival in its
        opening ("the troops arrived in Pakistan") is the day's news itself; so is one the
        sentence places on the report's day ("the minister arrived earlier in the day")."""
        words = self.words
        same_day = bool(words.same_day and words.same_day.search(self.text))
        kinds = CONTINUATION_KINDS | {"visit"} if by_publication or same_day else CONTINUATION_KINDS
        # An anniversary in a verb-final language is one phrase, relations completing their
        # years ("تعلقات کے 70 برس مکمل ہونے پر"), of the day it is told; English "celebrate"
        # is as often a habit or a wish.
        if words.verb_final:
            kinds = kinds | {"commemoration"}
        return kinds

    def carried_triggers(self, named, kinds) -> list:
        """The triggers that may report a happening carried without its own date: one a
        verb reports ("signed", "held talks"); a noun alone ("opportunities in supply", "the
        deal offers relief") is talk about it, unless it is under way as the report is
        written ("his current visit")."""
        text, words = self.text, self.words
        return [
            t
            for t in named
            # A figure, or a visit once the report has dated its news to a day, is news of
            # the report's day only as it stands when the report is written.
            if (
                t.kind in kinds
                or t.word.lower() in CARRIED_STATEMENTS
                or (t.word in ISSUED_STATEMENTS and words.next_to(words.held, text, t))
                or (t.kind in ("figure", "visit") and self.under_way(t))
                # "Another delegation would soon come there": a visit still to come is
                # announced with the day's news (English).
                or (
                    t.kind == "visit"
                    and words.also_ahead is not None
                    and words.also_ahead.search(text, 0, t.start)
                )
                # "thanked the delegation for its visit", "pleased with the visit": a visit
                # the day's news was the occasion of (English).
                or (t.kind == "visit" and _thanked_for(words, text, t))
            )
            # «договоренности» ends as an infinitive does, but a noun is none.
            and not (words.infinitive and words.infinitive.search(t.word) and not is_noun(text, t))
            and (
                not is_noun(text, t)
                or t.word.lower() in CARRIED_STATEMENTS
                or words.next_to(words.held, text, t)
                or self.under_way(t)
                or (words.held_after and words.held_after.match(text, t.end))
                or self.planned_after(t)
                or (_where_said_kind(t, text, words) and words.next_to(words.where_said, text, t))
                # "The talks will be followed by the signing of an MoU": what goes before or
                # after the report's happening takes place as well.
                or (words.followed and words.next_to(words.followed, text, t))
                or _thanked_for(words, text, t)
                or _own_meeting(words, text, t)
            )
        ]

    def beyond_reach(self, trigger, frame, paragraph: int, by_publication: bool) -> bool:
        """Whether the sentence stands too many paragraphs after the frame to be of it.

        "She is currently on an official visit to Pakistan" closing a wire report tells the
        report's day itself, however many paragraphs of sayings stand before it. "During an
        important meeting held at the Chamber, the ambassador said …": a meeting opening a
        sentence as the occasion of what is said there is of the report's day too, however
        far down a wire report (English).
        """
        reach = PUBLICATION_FRAME_PASSAGES if by_publication else FRAME_PASSAGES
        if paragraph - frame.passage_index <= reach or self.under_way(trigger):
            return False
        opening = self.words.occasion_opening
        occasion = opening and opening.match(self.text)
        return not (by_publication and occasion)

    def said_there(self, trigger, named) -> bool:
        """A meeting named as where something was said ("said during the talks").

        In "he said his meeting with Putin during the summit meeting was productive" the
        second meeting only places the first, which the saying is about.
        """
        words, text = self.words, self.text
        return bool(
            _where_said_kind(trigger, text, words)
            and words.next_to(words.where_said, text, trigger)
            and not _meeting_before(named, trigger)
        )

    def status(self, trigger, frame, said_there: bool) -> str | None:
        """Occurred or planned; None for the terms of a plan ("the wheat will be paid for
        in roubles"), which report no happening of their own."""
        article, text, words = self.article, self.text, self.words
        if self.planned_after(trigger):
            return "planned"
        status = status_of(text, trigger, frame.start_date, article.published, article.language)
        if status == "planned" and (
            (words.terms and words.terms.match(text))
            or _only_after(article.language, text, trigger)
        ):
            return None
        # A meeting named as where something was said takes the tense of the saying:
        # "During the meetings, the two sides will talk about trade" is a plan.
        if said_there and words.future and words.future.search(text, 0, _said_after(text, trigger)):
            return "planned"
        return status

    def only_said(self, trigger, named, status: str, said_there: bool) -> bool:
        """Whether the happening is only said or wished, not reported as done.

        "The spokesperson said that the premier would hold talks": in a preview, what is
        said to be planned is the plan; of what has happened, only what is reported as done
        counts. "He highlighted the potential of Sukkur, and extended an invitation to the
        envoy": a second verb of the subject is done, not said or wished in the first one's
        words.
        """
        article, text, words = self.article, self.text, self.words
        # "Gilani said, following a meeting with Matviyenko, that her visit will open new
        # avenues": the meeting went before the saying, whatever tense the saying's words
        # take.
        said_after = (
            trigger.kind == "meeting"
            and words.followed
            and words.next_to(words.followed, text, trigger)
            and not _meeting_before(named, trigger)
        )
        own = None if words.verb_final else _last_match(_ANOTHER_PREDICATE, text, trigger.start)
        said = words.said.search(text, own.end() if own else 0, trigger.start)
        wished = (
            words.wished.search(text, own.end(), trigger.start)
            if own
            else words.next_to(words.wished, text, trigger)
        )
        in_the_words = (
            trigger.word.lower() in DONE_IN_WORDS
            or _own_meeting(words, text, trigger)
            or _thanked_for(words, text, trigger)
        )
        rules = LANGUAGES.get(article.language)
        told_by_the_source = bool(
            status == "occurred"
            and rules is not None
            and rules.TOLD_BY_THE_SOURCE is not None
            and rules.TOLD_BY_THE_SOURCE.search(text, 0, trigger.start)
            and not wished
        )
        return not (said_there or said_after or in_the_words or told_by_the_source) and bool(
            wished or (said and not said_to_be_ahead(text, trigger, article.language))
        )

    def of_the_frames_sides(self, trigger, frame, found, people, by_publication: bool) -> bool:
        """The frame has both sides already: here a person of it, either side, or "the two
        sides" will do, as long as no third country comes in, other than as the place where
        a person of each side met ("Sharif met Putin on the sidelines of his visit to
        Beijing")."""
        article, text, words = self.article, self.text, self.words
        people_sides = {article.side_of.get(name) for name in people}
        of_the_frame = (
            set(people) & set(frame.people)
            or (frame.people and words.pronoun_subject.match(text))
            # "… and extended an invitation to the Consul General" after "The Consul General
            # of the Russian Federation called on the Speaker on Thursday", "his delegation
            # members would meet traders": the report's own envoy or delegation, named by
            # office alone (English).
            or (words.the_envoy and words.the_envoy.search(text))
            # "Several agreements were signed, he added" after "the commission was held in
            # Islamabad in November": what the speaker adds in the passive of a meeting he
            # dated, naming nobody (not "the Punjab government has decided …, he added"), is
            # its sides'.
            or (
                words.he_added is not None
                and not found
                and frame.kind == "meeting"
                and not by_publication
                and _PASSIVE.search(text, 0, trigger.start)
                and words.he_added.search(text)
            )
            or (
                not by_publication
                and words.the_happening_again is not None
                and words.the_happening_again.match(text)
            )
        )
        with_a_third_country = article.third_parties.search(text) and not people_sides >= BOTH_SIDES
        return not with_a_third_country and bool(of_the_frame or sides_named(article, text))

    def frame_in_its_tense(self, trigger, frame, status: str, by_publication: bool):
        """The frame whose date the sentence takes in its own tense; None when none is.

        "He will also call on the prime minister" after "arrived on Tuesday" is no report of
        Tuesday: a sentence carries a dated frame's date only in the frame's own tense; what
        is planned "during the visit" takes the visit's days, and so does what is planned
        while the visit is under way as the report is written ("arrived on Wednesday for a
        two-day visit. He will hold talks with Dar."), through its last day when people make
        it ("arrived on Thursday on a day-long visit. Both sides are expected to sign an
        MoU"); a cargo's arrival is over once reported. Before any dated sentence, a plan
        the report gives no date ("the two leaders will meet at the summit") is news of the
        day it is reported, as what has happened is, when a future or plan word says so (a
        headline's bare present, "Russian PM arrives", is no plan).
        """
        article, text, words = self.article, self.text, self.words
        published = article.published
        during_the_visit = (
            frame.kind == "visit"
            and (
                words.during_the_visit.search(text)
                or frame.start_date <= published < frame.end_date
                or (bool(frame.people) and frame.start_date <= published == frame.end_date)
            )
        ) or (
            # A report of the day's talks in Moscow names the stay they are part of ("during
            # his three-day stay, the army chief is expected to meet the leadership"): though
            # no sentence dates the visit, it is under way on the report's day.
            not by_publication
            and frame.start_date <= published <= frame.end_date
            and bool(words.during_the_visit.search(text))
        )
        # In Russian and Urdu, whose plans are read from the verb's own tense, a frame dated
        # to the publication day («совершил сегодня заход в порт») is news of the day too: a
        # plan given no date after it is announced that day, as in the opening. English
        # plans after the day's news are as often a source's prospects ("750,000 tonnes will
        # be imported").
        of_the_day = by_publication or (
            article.language in LANGUAGES and frame.start_date == frame.end_date == published
        )
        announced_plan = of_the_day and said_to_be_ahead(text, trigger, article.language)
        if status == frame.status or during_the_visit or announced_plan:
            return frame
        # A plan added with "will also" is announced with news of the day the report is
        # published, or of the day before in a next day's paper ("took part in the parade on
        # Sunday", printed on Monday: "The ship will also attend an event"); after older news
        # ("met on Thursday", reported on Saturday) the plan may be that day's.
        if (
            status == "planned"
            and frame.start_date <= published
            and (published - frame.end_date).days <= 1
            and words.also_ahead
            and words.also_ahead.search(text, 0, trigger.start)
        ):
            return publication_frame(published)
        return None

    def carried_dates(self, frame, status: str) -> tuple:
        """The start, end and TimeML value the sentence takes from its frame."""
        text, words, published = self.text, self.words, self.article.published
        # "The army chief met the commander" in the report of the first day of a two-day
        # visit: what has happened by the time of writing ended by then, not with the visit.
        end_date = frame.end_date
        if status == "occurred" and frame.start_date <= published < end_date:
            end_date = published
        start_date, value = frame.start_date, frame.value
        if frame.kind == "visit" and words.on_arrival and words.on_arrival.search(text):
            end_date = frame.start_date
        elif (
            frame.precision == "day"
            and frame.start_date < frame.end_date
            and words.after_the_frame
            and words.after_the_frame.search(text)
        ):
            start_date, value = frame.end_date, frame.end_date.isoformat()
            end_date = max(frame.end_date, published) if status == "occurred" else start_date
        return start_date, end_date, value


def continuation(article, sentence, frame, paragraph, previous_sentence="") -> list[Candidate]:
    """The happening an undated sentence reports inside the frame of the report before it.

    It takes the frame's date, and says so in its rule; it cites its own sentence, reports
    its own kind of happening. `previous_sentence`: whose subject "he" or "she" opening
    this one may be.
    """
    if frame is None:
        return []
    # “We want closer ties,” the prime minister said in a meeting with Putin: the words
    # around a quotation may report the day's happening, the quotation does not.
    text = sentence.text
    words = frame_words(article.language)
    for quotation in words.quotation.finditer(text) if words.quotation else ():
        text = blank(text, quotation.start(), quotation.end())
    if _a_speakers_words(article, sentence, text, words):
        return []
    undated = _UndatedSentence(article, text, words)
    by_publication = frame.rule == PUBLICATION_RULE
    named = find_triggers(text, article.language)
    triggers = undated.carried_triggers(named, undated.kinds_carried(by_publication))
    if not triggers:
        return []
    trigger = triggers[0]
    if undated.beyond_reach(trigger, frame, paragraph, by_publication):
        return []
    # What is under way as the report is written is of its day, whatever the frame's tense;
    # a report of what someone said on a day ("said on Wednesday") is written that day.
    if undated.under_way(trigger) and not by_publication and frame.kind != "statement":
        frame, by_publication = publication_frame(article.published), True
    said_there = undated.said_there(trigger, named)
    status = undated.status(trigger, frame, said_there)
    if status is None or undated.only_said(trigger, named, status, said_there):
        return []
    found = participants(article, text, 0, len(text), trigger.kind)
    people = tuple(name for _, name in found if name in article.people)
    if not undated.of_the_frames_sides(trigger, frame, found, people, by_publication):
        return []
    frame = undated.frame_in_its_tense(trigger, frame, status, by_publication)
    if frame is None:
        return []
    subject, actors = subject_and_actors(article, text, trigger.start, found, previous_sentence)
    start_date, end_date, value = undated.carried_dates(frame, status)
    return [
        replace(
            frame,
            value=value,
            start_date=start_date,
            end_date=end_date,
            title=title_in(article.language, text, trigger, (0, 0), subject),
            summary=summarise(text),
            kind=trigger.kind,
            actors=actors,
            sectors=tuple(article.sectors.find(text)),
            quote_start=sentence.start,
            quote_end=sentence.end,
            status=status,
            rule=_carried_rule(frame),
            # "Cooperation in energy was discussed" after a meeting's report names nobody:
            # it is of the meeting's people, and joins their meeting.
            people=people or (frame.people if trigger.kind == frame.kind else ()),
            verbal=not is_noun(text, trigger),
            continues=True,
        )
    ]


def _carried_rule(frame: Candidate) -> str:
    if frame.rule == PUBLICATION_RULE:
        return frame.rule
    return f"continues the report dated by “{frame.expression}”: {frame.rule}"[:300]


def _dated_as(candidate: Candidate, lead: Candidate) -> Candidate:
    """The candidate with the lead's date, saying where the date came from."""
    return candidate.dated(
        lead, _carried_rule(lead), expression_start=lead.expression_start,
        expression_end=lead.expression_end, expression=lead.expression,
    )  # fmt: skip


def _same_people(candidate: Candidate, lead: Candidate) -> bool:
    return bool(candidate.people) and set(candidate.people) == set(lead.people)


def _names_the_leads_kind(candidate: Candidate, lead: Candidate, language: str) -> bool:
    """A verb-final headline that names the lead's happening tells its news, though its verb
    reports what was agreed there: "بارہواں اجلاس دونوں ملکوں نے اتفاق کیا" (the twelfth
    session: the two countries agreed) before "… اجلاس گزشتہ روز … ہوا" (held yesterday).
    An English headline's noun is more often another happening than the lead's."""
    return frame_words(language).verb_final and any(
        t.kind == lead.kind for t in find_triggers(candidate.summary, language)
    )


def dated_by_the_lead(
    candidates: list[Candidate], lead: Candidate, language: str
) -> list[Candidate]:
    """The opening's headlines that only the publication date framed take the date of the
    report's first dated sentence when it reports the same kind of happening: the headline
    "Pakistan, Russia sign MoU" tells the news of "… on Thursday … signing of an MoU". A
    full sentence of the opening may report another day's news than the lead's ("Pakistan
    and Russia signed an oil deal." before a gas deal signed on Thursday), unless it names
    the lead's very people: a standfirst ("Bilawal held talks with Lavrov in Moscow.")
    restates the lead that dates it ("Bilawal held talks with Lavrov ... on Monday")."""
    return [
        _dated_as(candidate, lead)
        if candidate.rule == PUBLICATION_RULE and _tells_the_leads_news(candidate, lead, language)
        else candidate
        for candidate in candidates
    ]


def _tells_the_leads_news(candidate: Candidate, lead: Candidate, language: str) -> bool:
    """A headline of the lead's kind, or a sentence of it about the lead's own people, or, in
    Russian, one naming no person where the lead names none; in a verb-final language, a
    headline naming the lead's happening (_names_the_leads_kind)."""
    headline = not SENTENCE_END.search(candidate.summary)
    # A lead that dates what someone said ("said on Friday", then "He was talking to the
    # chamber") tells the day the headline's news happened ("Russian envoy visits chamber").
    if headline and lead.kind == "statement" and candidate.status == lead.status:
        return True
    if _agreed_at_the_leads_talks(candidate, lead, language):
        return True
    if candidate.kind == lead.kind:
        return (
            headline
            or _same_people(candidate, lead)
            or _takes_up(candidate, lead, frame_words(language).a_noun)
            or (_opening_tells_the_lead(language) and not (candidate.people or lead.people))
        )
    return headline and _names_the_leads_kind(candidate, lead, language)


def _opening_tells_the_lead(language: str) -> bool:
    """Whether an opening sentence of the lead's kind that names nobody tells the lead's news
    where the lead names nobody either (languages.*.OPENING_TELLS_THE_LEAD)."""
    rules = LANGUAGES.get(language)
    return bool(rules and rules.OPENING_TELLS_THE_LEAD)


def _only_after(language: str, text: str, trigger) -> bool:
    """A happening to come only after another in its clause: a condition, no plan. The
    condition stands before a verb-final language's verb, after a Russian one («начнутся
    после того, как …»)."""
    rules = LANGUAGES.get(language)
    if rules is None or rules.ONLY_AFTER is None:
        return False
    if rules.VERB_FINAL:
        return bool(rules.ONLY_AFTER.search(text, 0, trigger.start))
    return bool(rules.ONLY_AFTER.match(text, trigger.end))


def _agreed_at_the_leads_talks(candidate: Candidate, lead: Candidate, language: str) -> bool:
    """An opening that tells only what the two sides agreed on ("تعاون بڑھانے پر اتفاق")
    before a lead dating their meeting tells what the meeting agreed."""
    rules = LANGUAGES.get(language)
    agreed_on = rules.AGREED_ON if rules is not None else None
    return (
        agreed_on is not None
        and candidate.kind == "agreement"
        and lead.kind == "meeting"
        and bool(agreed_on.search(candidate.summary))
    )


def _takes_up(candidate: Candidate, lead: Candidate, a_noun: re.Pattern | None) -> bool:
    """The lead names with "the" the happening the opening named with "a": "The university
    has signed an MoU with RUDN." before "The rectors signed the MoU on Tuesday." (English;
    "signed an oil deal" before "signed the gas deal on Thursday" is another deal)."""
    return a_noun is not None and any(
        noun.lower() in NOUN_TRIGGERS
        and re.search(rf"\bthe\s+{re.escape(noun)}\b", lead.summary, re.IGNORECASE)
        for noun in a_noun.findall(candidate.summary)
    )


# "Another contract will be signed next winter": one more plan, not the opening's.
_ANOTHER = re.compile(r"\b(?:another|a\s+(?:second|third|further))\b", re.IGNORECASE)


def planned_by_the_lead(
    candidates: list[Candidate], lead: Candidate, language: str
) -> list[Candidate]:
    """An undated plan in the report's opening ("Pakistan is likely to sign a deal with
    Russia") is the plan that the first dated sentence of its kind dates ("The deal is
    expected to be signed next month"): a plan is no news of the day it is reported, its
    date is the day it is to happen. A dated plan of "another" deal is not that one. In
    Russian and Urdu only a plan told of the lead's own people by a pronoun is ("دونوں
    رہنماؤں کی ملاقات … ہوگی", the two leaders' meeting)."""
    if _ANOTHER.search(lead.summary):
        return candidates
    words = frame_words(language)
    return [
        _dated_as(candidate, lead)
        if candidate.rule == PUBLICATION_RULE
        and candidate.status == lead.status == "planned"
        and candidate.kind == lead.kind
        and (language not in LANGUAGES or words.pronoun_subject.match(candidate.summary))
        else candidate
        for candidate in candidates
    ]


def restated_further_on(candidates: list[Candidate]) -> list[Candidate]:
    """A sentence of the opening that the report restates word for word further on (a
    standfirst, or a page repeating its lead) tells the news the report dates there: "X and
    Y signed the document in Moscow." before "… said in a statement Thursday" and the same
    sentence again (English)."""

    def restated(candidate: Candidate) -> Candidate | None:
        return next(
            (
                other
                for other in candidates
                if other.quote_start > candidate.quote_start
                and other.rule != PUBLICATION_RULE
                and (other.summary, other.kind) == (candidate.summary, candidate.kind)
            ),
            None,
        )

    dated = []
    for candidate in candidates:
        again = restated(candidate) if candidate.rule == PUBLICATION_RULE else None
        dated.append(_dated_as(candidate, again) if again else candidate)
    return dated
