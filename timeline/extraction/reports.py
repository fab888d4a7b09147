"""From an article's body passages to candidate events."""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.dates import resolve_dates
from timeline.languages import LANGUAGES, tells_who_told_it
from timeline.sentences import Body, split_sentences
from timeline.tagging import ActorTagger, SectorTagger

from .candidate import EVENT_PRECISIONS, Candidate
from .clauses import PARENTHESES, blank, main_clause_after_recollection, recalled
from .frame import (
    FRAME_DAYS_FROM_PUBLICATION,
    LEAD_DAY_RULE,
    MIN_PARAGRAPH_CHARS,
    OPENING_RULES,
    PUBLICATION_RULE,
    ReportFrames,
    continuation,
    dated_by_the_lead,
    frame_words,
    one_of_the_reports_series,
    planned_by_the_lead,
    publication_frame,
    restated_further_on,
)
from .pairing import (
    begins_a_stretch,
    dates_no_happening,
    join_ranges,
    outside_dateline,
    pair_dates_with_triggers,
    stay_dates,
    windows_ahead,
)
from .participants import (
    BOTH_SIDES,
    SIDE_WINDOW,
    ArticleContext,
    about_pakistan_and_russia,
    dateline_side,
    imported_here,
    in_attribution,
    is_multilateral,
    leaves_the_story,
    participants,
    sides_introduced,
    sides_named,
    subject_and_actors,
)
from .status import status_of
from .titles import summarise, title_in
from .triggers import Trigger, find_triggers, is_noun


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
    layout = Body.of(text, passages)
    body = layout.text
    article = ArticleContext(
        text, published, actors, sectors, actors.named_in(body),
        {actor.name for actor in actors.actors if actor.kind == "person"},
        {actor.name: actor.side for actor in actors.actors},
        next(filter(None, (dateline_side(text[start:end]) for start, end in passages[:3])), ""),
        language,
        sides_introduced(body, language),
    )  # fmt: skip
    # An article that never names both sides reports no Pakistan–Russia happening.
    if sides_named(article, body) != BOTH_SIDES:
        return []
    reader = _ReportReader(article)
    for passage_index, (passage_start, passage_end) in enumerate(layout.paragraphs):
        reader.read_passage(passage_index, passage_start, passage_end, layout.hard_wrapped)
    candidates = reader.candidates
    if language not in LANGUAGES:
        candidates = restated_further_on(candidates)
    return _done_by_publication(_on_their_days(candidates, text, language), published)


class _ReportReader:
    """A report read sentence by sentence, in order, with what the sentences before tell the
    next: the report's frame, the sentence before and what it reported, the sayings since
    the last attribution, the paragraph so far and the last day named."""

    def __init__(self, article):
        self.article = article
        self.words = frame_words(article.language)
        self.frames = ReportFrames(article.published, article.language)
        self.candidates: list[Candidate] = []
        self.previous_sentence, self.previous_found = "", []
        # The sentence before the previous one, and the previous one as it was read before
        # any attribution after it joined it: whether it goes on telling a happening is read
        # only when a dated sentence asks (_earlier_sentence).
        self.before_previous, self.previous_as_read = "", ""
        # The sentences since the last that said something, which a closing formula
        # attributes.
        self.sayings = ""
        self.paragraph = 0
        self.paragraph_so_far = ""
        # «Уже завтра, 16 октября, премьер проведет встречи.» then «В этот же день состоится
        # заседание»: in Russian and Urdu the same day a passage opens with is the last day
        # the passages before it named, whatever happening it dated.
        self.last_day = None

    def read_passage(
        self, passage_index: int, passage_start: int, passage_end: int, hard_wrapped: bool
    ) -> None:
        article, language = self.article, self.article.language
        if passage_index and passage_end - passage_start >= MIN_PARAGRAPH_CHARS:
            self.paragraph += 1
            self.paragraph_so_far = ""
        mentions = resolve_dates(
            article.text[passage_start:passage_end], article.published, language,
            self.last_day or self.frames.story_day(),
        )  # fmt: skip
        if language in LANGUAGES:
            days = [m for m in mentions if m.precision == "day" and m.start_date == m.end_date]
            self.last_day = days[-1].start_date if days else self.last_day
        sentences = split_sentences(
            article.text, passage_start, passage_end, language=language, hard_wrapped=hard_wrapped
        )
        for sentence in sentences:
            self._read_sentence(sentence, mentions, passage_index, passage_start)

    def _dates(self, sentence, mentions, local_start: int):
        """The sentence's dates that may date a happening, and its durations."""
        text, language = sentence.text, self.article.language
        local_end = local_start + sentence.end - sentence.start
        inside = [m for m in mentions if local_start <= m.start and m.end <= local_end]
        # Dates of no happening (a dateline's, the years a programme runs for) leave the
        # sentence as undated as if they were not there.
        dated = [
            m
            for m in outside_dateline(text, local_start, inside)
            if m.precision in EVENT_PRECISIONS
            and m.start_date
            and not dates_no_happening(text, m, local_start)
        ]
        durations = [m for m in inside if m.precision == "duration"]
        # English plans "within a month" are dated by the stretch ahead of the report.
        if language not in LANGUAGES:
            windows = windows_ahead(text, local_start, durations, self.article.published)
            dated += windows
            durations = [m for m in durations if all(m.start != w.start for w in windows)]
        return dated, durations

    def _read_sentence(self, sentence, mentions, passage_index: int, passage_start: int) -> None:
        article, words, frames = self.article, self.words, self.frames
        local_start = sentence.start - passage_start
        closes = words.closes_sayings and words.closes_sayings.match(sentence.text)
        told_before = self.sayings if closes else self.previous_sentence
        dated, durations = self._dates(sentence, mentions, local_start)
        if frames.outside_report(sentence.text, dated, local_start):
            dated = []
        if leaves_the_story(article, sentence.text):
            frames.move_on()
        frame = frames.current(self.paragraph, passage_index, sentence.text)
        found, sayings_only = self._reported(
            sentence, passage_start, local_start, dated, durations, told_before, frame
        )
        found = [replace(c, passage_index=self.paragraph) for c in found]
        found = self._with_the_sentence_before_dated(
            sentence, passage_start, local_start, dated, found
        )
        opening = frames.report.rule in OPENING_RULES
        if opening and dated and not (found or sayings_only):
            sayings_only = _lead_telling_its_day(article, sentence.text, dated, local_start)
        # What someone recalls, or a clause describing a noun, is of its own time: its dates
        # neither set nor suspend the report's frame. A dated saying that reports no
        # happening still tells the day the report is of, and so does a lead told in words
        # that name no happening.
        frames.read(found or sayings_only,
                    _telling_the_time(sentence.text, dated, local_start, article.language),
                    self.paragraph, passage_index)  # fmt: skip
        self._keep(found, opening)
        self._move_past(sentence, found)

    def _reported(self, sentence, passage_start, local_start, dated, durations, told_before, frame):
        """The happenings the sentence reports, and its dated sayings that report none."""
        article, paragraph = self.article, self.paragraph
        # The paragraph so far, or in a paragraph's first sentence the one before it.
        put_off = postponement(
            article, sentence, self.paragraph_so_far or self.previous_sentence, frame
        )
        if put_off:
            return put_off, []
        if not dated:
            found = continuation(
                article, sentence, frame, paragraph, told_before
            ) or _added_of_the_meeting_before(article, sentence, self.previous_found, paragraph)
            return found, []
        found, head, sayings_only = _dated_candidates(
            article, sentence, passage_start, dated, durations, told_before, frame,
            self._earlier_sentence(),
        )  # fmt: skip
        # "The cargo was delivered to Karachi thanks to a deal struck in January": the date
        # is the deal's; the delivery before it goes on in the report.
        if head:
            found = continuation(article, head, frame, paragraph) + found
        found += _main_clause_after_recollection(
            article, sentence, local_start, dated, frame, paragraph
        )
        found += _attribution_after_dated_speech(
            article, sentence, local_start, dated, frame, paragraph
        )
        return found, sayings_only

    def _with_the_sentence_before_dated(self, sentence, passage_start, local_start, dated, found):
        """What the sentence found, with the happenings of the sentence before that it dates
        by who reported them and when; those leave the candidates kept so far."""
        article, published = self.article, self.article.published
        # «Россия поставила газ в Пакистан. Об этом сегодня, 27 сентября, сообщает …»: a
        # sentence that only says who reported the one before, and when, dates it.
        report = _reported_on(article, sentence.text, dated, published, local_start)
        # "The navies have conducted an exercise. According to a press release issued on
        # Wednesday, PN ships took part": a sentence opening with its source and the
        # source's day dates the undated opening before it, whatever it tells itself.
        source = _source_day(article, sentence.text, dated, published, local_start)
        if not ((report and not found) or source):
            return found
        told = {
            id(c) for c in self.previous_found
            if c.rule == PUBLICATION_RULE or (source and _dated_by_its_saying(article.text, c))
        }  # fmt: skip
        self.candidates = [c for c in self.candidates if id(c) not in told]
        return [_dated_by_report(c, report or source, passage_start)
                for c in self.previous_found if id(c) in told] + found  # fmt: skip

    def _keep(self, found: list[Candidate], opening: bool) -> None:
        """Add what the sentence found; in the report's opening, a dated lead settles the
        undated plans and happenings told before it."""
        language = self.article.language
        # Russian and Urdu plans are read from the verb's own tense, and there an undated
        # plan of the opening was found to be another plan than the one dated after it,
        # unless it is told of "the two leaders" (planned_by_the_lead).
        if opening:
            for lead in found:
                if lead.status == "planned" and lead.rule != PUBLICATION_RULE:
                    self.candidates = planned_by_the_lead(self.candidates, lead, language)
        self.candidates.extend(found)
        if opening and self.frames.report.rule != PUBLICATION_RULE:
            self.candidates = dated_by_the_lead(self.candidates, self.frames.report, language)

    def _earlier_sentence(self) -> str:
        """The sentence before the previous one while the previous goes on telling a
        happening, not only a saying or a caption: it keeps the story's sides before it
        within reach of the sentence after it; "" otherwise."""
        language = self.article.language
        goes_on = any(t.kind != "statement" for t in find_triggers(self.previous_as_read, language))
        return self.before_previous if goes_on else ""

    def _move_past(self, sentence, found: list[Candidate]) -> None:
        # «Нефть из России доставили в Пакистан. Об этом рассказал премьер. Сырье доставили
        # в Карачи»: a sentence that only says who told the one before leaves the sides of
        # that one to the sentence after it.
        if _only_attributes(self.article, sentence.text):
            self.previous_sentence = f"{self.previous_sentence} {sentence.text}"
        else:
            self.before_previous, self.previous_as_read = self.previous_sentence, sentence.text
            self.previous_sentence = sentence.text
        self.previous_found = found
        self.paragraph_so_far += f" {sentence.text}"
        said = self.words.said.search(sentence.text)
        self.sayings = sentence.text if said else f"{self.sayings} {sentence.text}"


# The calendar periods a report names as running ("this week", "this month"), as against a
# stay's days ("for a three-day visit"), which run on after the report as it tells them. A year
# is left whole: narrowed, it no longer folds with the month-wide reports of its happening.
_CALENDAR_PERIODS = frozenset({"week", "month"})


def _done_by_publication(candidates: list[Candidate], published: dt.date) -> list[Candidate]:
    """ "The army chief was here this month", "the deal was signed this year": a happening
    told as done within a calendar period that is still running when the report is written
    took place in the part of it before the report; the value keeps the whole period."""
    return [
        replace(c, end_date=published)
        if c.status == "occurred"
        and c.precision in _CALENDAR_PERIODS
        and c.start_date <= published < c.end_date
        else c
        for c in candidates
    ]


def _reported_on(article, sentence: str, dated, published, local_start: int):
    """The day an «Об этом …» sentence dates the report it attributes («Об этом 27 августа
    говорится в сообщении министерства»), or the day of the document that made it
    («Распоряжение …, датированное 4 августа, размещено на сайте»): a day near publication.
    Russian only: its ATTRIBUTION and DOCUMENT_DATE."""
    rules = LANGUAGES.get(article.language)
    if rules is None or rules.ATTRIBUTION is None:
        return None
    attributed = tells_who_told_it(sentence, article.language)
    return next(
        (
            m for m in dated
            if _day_near_publication(m, published)
            and (attributed or rules.DOCUMENT_DATE.search(sentence, 0, m.start - local_start))
        ),
        None,
    )  # fmt: skip


def _day_near_publication(mention, published) -> bool:
    return (
        mention.precision == "day"
        and abs((mention.start_date - published).days) <= FRAME_DAYS_FROM_PUBLICATION
    )


def _only_attributes(article, sentence: str) -> bool:
    """An «Об этом …» sentence, which only says who told the sentence before (Russian only:
    its ATTRIBUTION); not a quotation's words that open so («(Об этом. — Прим. ред.)»)."""
    return sentence.lstrip()[:1].isalpha() and tells_who_told_it(sentence, article.language)


# A statement, release or announcement, and how it came out.
_A_RELEASE = (
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|press\s+release|release|communiqu[eé]|"
    r"announcement)\s+"
)
_ISSUED = r"(?:issued|released|published|made)\s+"
# "According to a press release issued on Wednesday, …": a sentence opening with its source.
_SOURCE_OPENING = re.compile(
    rf"^\W*according\s+to\s+{_A_RELEASE}{_ISSUED}(?:on\s+)?", re.IGNORECASE
)


# "..., said a news release on Tuesday": a sentence closing with its source and the source's day.
_SOURCE_CLOSING = re.compile(
    rf"\bsaid\s+{_A_RELEASE}(?:{_ISSUED})?(?:here\s+)?(?:on\s+)?", re.IGNORECASE
)


# "This was agreed in a meeting between the two ministers on Monday", "The information was
# provided in a meeting ... on December 12": a sentence that opens by pointing back at what
# the one before told, then says when it was told. So does one that names the news before
# as an agreement reached or a development that came about: "The agreement was reached
# during a meeting ... on Friday", "The development occurred during a conference on Friday".
_TOLD_OPENING = re.compile(
    r"^\W*(?:(?:this|these|the\s+information)\s+(?:was|were)\s+(?:also\s+)?(?:stated|said|"
    r"agreed|discussed|decided|provided|shared|conveyed|expressed|announced|disclosed)"
    r"|the\s+(?:agreement|accord|understanding|consensus|decision|development)\s+"
    r"(?:was\s+(?:reached|made|taken|struck)|came|occurred|took\s+place))\b",
    re.IGNORECASE,
)


def _source_day(article, sentence: str, dated, published, local_start: int):
    """The day near publication on which the source an English sentence opens or closes with
    was issued ("According to a press release issued on Wednesday, …", "…, said a news release
    on Tuesday"), or on which what it
    points back at was told ("This was agreed in a meeting on Monday")."""
    if article.language in LANGUAGES:
        return None
    if _TOLD_OPENING.match(sentence):
        return next(
            (m for m in dated if _day_near_publication(m, published) and m.end_date <= published),
            None,
        )
    source = _SOURCE_OPENING.match(sentence) or _SOURCE_CLOSING.search(sentence)
    if source is None:
        return None
    return next(
        (
            m for m in dated
            if m.start - local_start == source.end() and _day_near_publication(m, published)
        ),
        None,
    )  # fmt: skip


def _dated_by_its_saying(text: str, candidate: Candidate) -> bool:
    """Whether the candidate's date is the day its news was told, not the day it happened:
    "Pakistan and Russia have agreed to ..., a statement said on Saturday" (English)."""
    sentence = text[candidate.quote_start : candidate.quote_end]
    return in_attribution(sentence, candidate.expression_start - candidate.quote_start)


def _added_of_the_meeting_before(article, sentence, previous_found, paragraph) -> list:
    """ "The ambassador said that the commission was held in Islamabad in November. Several
    agreements were signed, he added.": a meeting the sentence before dated inside a saying
    sets no frame of the report, yet what the speaker adds at once is of that meeting
    (English)."""
    meetings = [c for c in previous_found if c.kind == "meeting" and c.rule != PUBLICATION_RULE]
    # A sentence naming a side of its own ("Pakistan has signed a deal with Beijing too, he
    # added") tells news of that side, not of the meeting.
    if article.language in LANGUAGES or len(meetings) != 1 or sides_named(article, sentence.text):
        return []
    return continuation(article, sentence, meetings[0], paragraph)


def _dated_by_report(candidate: Candidate, report, passage_start: int) -> Candidate:
    """The candidate dated to the day its report was made, a frame for what follows."""
    return candidate.dated(
        report, f"dated by the report after it, “{report.text}”: {report.rule}",
        expression_start=passage_start + report.start, expression_end=passage_start + report.end,
        expression=report.text, continues=False,
    )  # fmt: skip


def _main_clause_after_recollection(article, sentence, local_start, dated, frame, paragraph):
    """ "While recalling their meeting in Samarkand in 2022, he renewed his invitation to
    Putin": the opening clause recalls a dated happening; the main clause after it goes on
    with the report, in its frame."""
    if article.language in LANGUAGES:
        return []
    main = main_clause_after_recollection(sentence.text)
    if main is None or any(m.end - local_start > main for m in dated):
        return []
    rest = replace(sentence, start=sentence.start + main, text=sentence.text[main:])
    return continuation(article, rest, frame, paragraph)


# A saying right after the words it relays: «… намечена программа, сообщил министр …».
_AFTER_THE_WORDS = re.compile(r",\s*(?:[–—-]\s*)?$")


def _attribution_after_dated_speech(article, sentence, local_start, dated, frame, paragraph):
    """«"The visit will take place in the first quarter", — the envoy said at a meeting with
    the senator»: the dates inside the speech are the speech's; the attribution closing it
    goes on with the report, in its frame, and the meeting it names is of the report's day
    (frame.continuation blanks the speech). So with the words relayed unquoted: «на 2018 год
    намечена программа, сообщил министр в ходе встречи с коллегой». Russian only: its
    QUOTATION."""
    rules = LANGUAGES.get(article.language)
    if not (rules and rules.QUOTATION):
        return []
    text = sentence.text
    speech = rules.QUOTATION.match(text)
    if speech is not None:
        if any(m.end - local_start > speech.end() for m in dated):
            return []
        return continuation(article, sentence, frame, paragraph)
    sayings = [
        t for t in find_triggers(text, article.language)
        if t.kind == "statement" and not t.noun and _AFTER_THE_WORDS.search(text, 0, t.start)
    ]  # fmt: skip
    if not sayings:
        return []
    cut = sayings[-1].start
    if any(m.end - local_start > cut for m in dated):
        return []
    rest = replace(sentence, start=sentence.start + cut, text=text[cut:])
    return continuation(article, rest, frame, paragraph)


def postponement(article, sentence, told_before, frame) -> list[Candidate]:
    """«Визит отложен», «Шариф отложил визит, запланированный на 3 марта»: putting a
    happening off is news of the day it is reported. The dates in the sentence are the
    plan's, and the plan put off is no happening of its own, so the sentence gives only the
    postponement, on the publication date, of the kind of the happening named nearest.
    A happening of the kind the report has just dated ("a visit was expected next week. …
    The visit is put off.") is that one, with its actors. What is put off was told before,
    so its sides may be named anywhere in `told_before` (the sentence before and the
    paragraph up to this one), not only in the sentence just before. A report of a day gone
    by ("Lavrov gave the invitation on Friday in Tashkent. … the meeting was cancelled")
    tells the postponement on that day."""
    rules = LANGUAGES.get(article.language)
    put_off = rules.POSTPONED.search(sentence.text) if rules and rules.POSTPONED else None
    if put_off is None:
        return []
    text = sentence.text
    # Only a happening the sentence names is put off ("перенесли технологии" is no news). The
    # words that call it off are no negation of it: «матча … не будет».
    calling_off = blank(text, put_off.start(), put_off.end())
    named = [t for t in find_triggers(calling_off, article.language) if is_noun(text, t)]
    if not named:
        return []
    nearest = min(named, key=lambda t: abs(t.start - put_off.start()))
    the_framed_one = (
        frame is not None and frame.rule != PUBLICATION_RULE and frame.kind == nearest.kind
    )
    if not (
        the_framed_one or about_pakistan_and_russia(article, text, (0, len(text)), told_before)
    ):
        return []
    verb = Trigger(put_off.start(), put_off.end(), put_off.group(), nearest.kind, noun=False)
    found = participants(article, text, 0, len(text), nearest.kind)
    subject = next((name for position, name in found if position < verb.start), None)
    names = tuple(name for _, name in found)
    if the_framed_one:
        names += tuple(name for name in frame.actors if name not in names)
    told_on, rule = publication_frame(article.published), "news of the report's publication date"
    if (
        frame is not None
        and frame.rule != PUBLICATION_RULE
        and frame.status == "occurred"
        and frame.precision == "day"
    ):
        told_on, rule = frame, f"news of the day “{frame.expression}” dates the report by"
    return [
        replace(
            told_on,
            title=title_in(article.language, text, verb, (0, 0), subject),
            summary=summarise(text),
            kind=nearest.kind,
            actors=names,
            sectors=tuple(article.sectors.find(text)),
            quote_start=sentence.start,
            quote_end=sentence.end,
            rule=f"«{put_off.group()}»: a postponement, {rule}",
            people=tuple(name for name in names if name in article.people),
            continues=True,
        )
    ]


def _on_their_days(candidates: list[Candidate], text: str, language: str) -> list[Candidate]:
    """A visit dated only to its week or month ("will visit Russia next week") takes the
    days the report gives it next ("during his October 3-6 visit", "will be visiting from
    11 to 13 April"): the first span of several days inside it, in the same paragraph or the
    one after. A happening carried through a stay's days ("the chairman will also address
    the Council" during a visit of June 5 to 9) takes the one day of them that the next
    report in the paragraph of the same happening word gives it ("will address the Council
    on June 7"; not "will hold talks")."""

    def words(candidate: Candidate) -> set[str]:
        quote = text[candidate.quote_start : candidate.quote_end]
        return {t.word.lower() for t in find_triggers(quote, language) if t.kind == candidate.kind}

    narrowed = list(candidates)
    for index, wide in enumerate(candidates):
        visit = wide.kind == "visit" and wide.precision in ("week", "month")
        stay = wide.kind != "visit" and wide.precision == "day" and wide.start_date < wide.end_date
        if not (visit or stay):
            continue
        for later in candidates[index + 1 :]:
            if later.passage_index > wide.passage_index + visit:
                break
            inside = (
                later.precision == "day"
                and wide.start_date <= later.start_date
                and later.end_date <= wide.end_date
            )
            if visit and inside and later.start_date < later.end_date:
                narrowed[index] = wide.dated(
                    later, f"the visit's days given by “{later.expression}”: {later.rule}"
                )
                break
            if (
                stay
                and inside
                and later.start_date == later.end_date
                and later.kind == wide.kind
                and words(later) & words(wide)
            ):
                narrowed[index] = wide.dated(
                    later, f"the day given by “{later.expression}”: {later.rule}"
                )
                break
    return narrowed


# A dated verb that only modifies a noun of the sentence: "a deal struck by Russia in
# January", "the summit scheduled to be held in November", "the talks, which were held on
# Monday". The sentence's main happening, before it, is not of that date (unless a clause of
# time ties the two: "lifted the embargo after the two sides signed a deal in 2014").
_MODIFIER_VERB = re.compile(
    r"(?:\b(?!(?:and|or|to|be|been|being|was|were|is|are|has|have|had|will|would|also|"
    r"then|jointly|formally|officially)\b)[a-z]+|\bto\s+be|\b(?:which|that|where)"
    r"(?:\s+\w+){0,3})\s+$"
)
_MODIFIER_GOES_ON = re.compile(r"\s+(?:by|in|on|at|during|last|earlier|this|from|under)\b")
# "extended an invitation to the minister for upcoming exhibitions scheduled in April": the
# date is of the happening invited to; the invitation is the report's own news (English).
_INVITED_TO = re.compile(
    r"\binvit(?:ation|ations|ed|es|e)\b[^.;:]*?\b(?:for|to)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|when|since|following|until|till|as|once|while)\b", re.IGNORECASE
)


def _lead_telling_its_day(article, sentence: str, dated, local_start: int) -> list[Candidate]:
    """"Russia on Monday sought Pakistan's help against militants": a lead of the two sides
    and its day, in words that name no happening, is no happening itself, but tells the day
    the report is of, and the talks told after it are of that Monday (English; Russian and
    Urdu leads are read by their verb)."""
    if article.language in LANGUAGES or sides_named(article, sentence) != BOTH_SIDES:
        return []
    days = [
        m for m in dated
        if m.precision == "day" and not recalled(sentence, m.start - local_start)
    ]  # fmt: skip
    if not days:
        return []
    return [publication_frame(article.published).dated(days[0], LEAD_DAY_RULE)]


def _telling_the_time(sentence: str, dated, local_start: int, language: str) -> list:
    """The dates that tell the time the sentence is at: not those of what someone recalls
    ("Khan recalled their talks in June 2019", English) nor of a clause that only describes
    a noun (languages.*.DESCRIBING_CLAUSE), nor of a noun named after the date
    (languages.*.DESCRIBED_AFTER), nor any of a sentence that recalls (languages.*.RECALLING),
    which neither set nor move a frame."""
    rules = LANGUAGES.get(language)
    if rules is None:
        return [m for m in dated if not recalled(sentence, m.start - local_start)]
    before, after = rules.DESCRIBING_CLAUSE, rules.DESCRIBED_AFTER
    if rules.RECALLING is not None and rules.RECALLING.search(sentence):
        return []
    return [
        m for m in dated
        if not (before and before.search(sentence, 0, m.start - local_start))
        and not (after and after.match(sentence, m.end - local_start))
    ]  # fmt: skip


_CLAUSE_COMMA = re.compile(r"[،,](?!\d)")


def _told_in_a_clause_before(text, triggers, cut, language) -> bool:
    """In a verb-final language a clause ends with its verb: "… کے درمیان بات چیت ہوئی ،
    وزیراعظم نے انہیں ستمبر میں دورے کی دعوت دی" tells the call, verb and all, before the
    comma that opens the clause of the date. That happening is not of the date; nor, where a
    saying's words follow in a clause of their own (SAYS_THAT), is a happening told by its
    verb before the saying, when the date is in the words."""
    rules = LANGUAGES.get(language)
    if rules is None:
        return False
    # «Володин встретился с Садиком и заявил ему, что не исключает визита в конце года»: the
    # date is of what the saying relays; the meeting told before the saying is not of it.
    if rules.SAYS_THAT is not None:
        for saying in triggers:
            said = saying.kind == "statement" and rules.SAYS_THAT.match(text, saying.end)
            if said and said.end() <= cut and any(
                t.kind != "statement" and t.end <= saying.start and not is_noun(text, t)
                for t in triggers
            ):
                return True
    if not rules.VERB_FINAL:
        # «Первая партия нефти прибыла в Карачи, в понедельник начнется ее разгрузка»: a
        # verb before the comma that opens the date's clause tells its happening already.
        return any(
            t.kind != "statement"
            and t.end <= cut
            and not is_noun(text, t)
            and not rules.INFINITIVE.search(t.word)
            and _CLAUSE_COMMA.search(text, t.end, cut)
            for t in triggers
        )
    for trigger in triggers:
        if trigger.end > cut:
            continue
        # A noun is told with its light verb; a verb needs none: "روسی فوجی پاکستان پہنچ
        # گئے، مشقیں کل سے شروع ہوں گی" tells the arrival before the comma.
        held = rules.HELD.match(text, trigger.end)
        told = held.end() if held else None if is_noun(text, trigger) else trigger.end
        if told is not None and (
            _CLAUSE_COMMA.search(text, told, cut) or rules.RELATIVE_CLAUSE.search(text, told, cut)
        ):
            return True
    return False


def _dated_by_the_verb_ending_its_clause(text, offset, dated, triggers, rules, published) -> list:
    """In a verb-final language the subject and objects stand between a date and the verb
    that ends its clause ("27 سے 29 نومبر تک … کے چیئرمین کی دعوت پر ماسکو کا دورہ کریں
    گے"): a sentence's only date dates the last happening of its clause, told with its
    light verb, however far. A plan, or background that steps out of the report ("یاد رہے کہ
    دو روز قبل … جہاز … لنگر انداز ہوا تھا"), or a past lead of another time than the
    report's day ("… نے بدھ کے روز … سے ملاقات کی" in Thursday's paper); a past lead of that
    day would move the report's frame, which dates it to its day already. A date in an
    aside is no date of the clause: "راولپنڈی (… آن لائن۔25اگست۔2016ء) … نے بدھ کو …" has
    one, the agency's dateline aside."""
    asides = [aside.span() for aside in PARENTHESES.finditer(text)]
    dated = [
        m for m in dated
        if not any(start <= m.start - offset and m.end - offset <= end for start, end in asides)
    ]  # fmt: skip
    if len(dated) != 1:
        return []
    mention = dated[0]
    unbracketed = PARENTHESES.sub(_blanked, text)
    clause_end = rules.CLAUSE_BREAK.search(unbracketed, mention.end - offset)
    end = clause_end.start() if clause_end else len(text)
    in_clause = [t for t in triggers if mention.end - offset <= t.start and t.end <= end]
    # "tomorrow he will go to the Foreign Office, where the talks will be held": the going
    # tells no happening, the talks at the place it names are of its date.
    if not in_clause and clause_end and rules.WHERE_CLAUSE.match(unbracketed, clause_end.start()):
        further = rules.CLAUSE_BREAK.search(unbracketed, clause_end.end())
        end = further.start() if further else len(text)
        in_clause = [t for t in triggers if clause_end.end() <= t.start and t.end <= end]
    held = in_clause and rules.HELD.match(text, in_clause[-1].end)
    if not held or not (
        rules.FUTURE_MARKERS.search(text, in_clause[-1].end, end)
        or rules.OUT_OF_FRAME.search(text)
        or not mention.start_date <= published <= mention.end_date
    ):
        return []
    return [(mention, in_clause[-1])]


def _blanked(aside: re.Match) -> str:
    return " " * len(aside.group())


# How far before a document's date («от 16 октября») the document may be named.
DOCUMENT_WINDOW = 120


def _documents_dated(text, offset, dated, triggers, language) -> list[tuple[object, Trigger]]:
    """(date, document) for each date that only dates a document named before it
    («соглашение … от 16 октября 2015 года»): the nearest agreement noun before the date.
    What the sentence reports of the document (signing a protocol to it) is not of its
    date."""
    rules = LANGUAGES.get(language)
    if rules is None or rules.DOCUMENT_DATE is None:
        return []
    found = []
    for mention in dated:
        start = mention.start - offset
        if not rules.DOCUMENT_DATE.search(text, max(0, start - 5), start):
            continue
        documents = [
            t for t in triggers
            if t.kind == "agreement" and is_noun(text, t) and 0 <= start - t.end <= DOCUMENT_WINDOW
        ]  # fmt: skip
        if documents:
            found.append((mention, max(documents, key=lambda t: t.start)))
    return found


# "said that Islamabad wants to boost its cooperation": what is said is a wish, a generic
# statement that reports no happening; so is a trend, "said that the trade turnover has
# slightly increased", the mood of relations in a period, "says that relations became
# uneasy in the 80s", or their standing, "said as the two countries enjoy strong ties"
# (English).
_A_WISH_SAID = re.compile(
    r"\s+(?:that\s+)?(?:(?:[\w-]+\s+){1,3}?(?:wants?|wanted|hopes?|hoped|wishe[sd]|"
    r"would\s+like|(?:is|was|are|were)\s+(?:keen|eager|ready|willing))\s+to\b"
    r"|[^.;:,]{0,80}?\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:increased|grown|improved|expanded|"
    r"strengthened|deepened)\b"
    r"|(?:the\s+)?(?:[\w-]+\s+)?(?:relations|ties)\b[^.;:,]{0,60}?\b(?:became|remained|eased|"
    r"soured|warmed|cooled|deteriorated)\b"
    r"|[^.;:,]{0,80}?\benjoy(?:s|ed)?\s+(?:[\w-]+\s+){0,3}(?:relations|ties|relationship)\b)",
    re.IGNORECASE,
)


# What a Russian saying says stands right after its verb, a noun or «о» and a noun: «была
# подчеркнута готовность содействовать …», «выразил надежду», «заявил о заинтересованности».
_SAID_OBJECT = re.compile(r"\s*(?:об?\s+)?")


def _a_wish_said(text: str, trigger: Trigger, language: str) -> bool:
    """A dated saying whose words are a wish reports no happening, though its day is the
    report's: "said that Islamabad wants to boost cooperation" (_A_WISH_SAID, English); in
    Russian the wish is the saying's noun object (languages.*.WISHED) after its verb."""
    rules = LANGUAGES.get(language)
    if trigger.kind != "statement":
        return False
    if rules is None:
        return bool(_A_WISH_SAID.match(text, trigger.end))
    if rules.VERB_FINAL:
        return False
    return bool(rules.WISHED.match(text, _SAID_OBJECT.match(text, trigger.end).end()))


def _only_relays(text, statement, triggers, pairs, language) -> bool:
    """A saying whose words follow in a clause of their own (rules.SAYS_THAT: «заявил, что
    …») is news only when what it relays has no date of its own: «в марте сообщили, что
    ожидается поставка» announces the delivery. Relaying nothing that happens («заявил, что
    Пакистан остается партнером»), or only what could or should happen («کہا کہ گیس کی ترسیل
    ممکن ہے»), it is a generic statement; relaying a happening its clause dates («сообщил, что
    премьер посетит Россию в первом квартале») it only attributes it."""
    rules = LANGUAGES.get(language)
    if rules is None or rules.SAYS_THAT is None:
        return False
    said = rules.SAYS_THAT.match(text, statement.end)
    if said is None:
        return False
    words = frame_words(language)
    relayed = [
        t
        for t in triggers
        if t.start >= said.end()
        and t.kind != "statement"
        and not words.next_to(words.wished, text, t)
    ]
    dated = {t.start for _, t in pairs}
    return not relayed or any(t.start in dated for t in relayed)


def _during_a_visit_of_both(article, text: str, frame) -> bool:
    """"During his visit, the chairman will meet the speaker of the Federation Council
    tomorrow": what the sentence places in a visit between the two sides, dated before, is
    between them too, though the sentence names only one (and no third country)."""
    if frame is None or frame.kind != "visit":
        return False
    if not frame_words(article.language).during_the_visit.search(text):
        return False
    visit_sides = {article.side_of.get(name) for name in frame.actors}
    return (
        visit_sides >= BOTH_SIDES
        and bool(sides_named(article, text))
        and not article.third_parties.search(text)
    )


def _dated_candidates(
    article, sentence, passage_start, dated, durations, previous_sentence, frame,
    earlier_sentence="",
):  # fmt: skip
    """The happenings the sentence's dates date, the sentence cut where its first date or
    dated happening begins, when a happening it does not date comes before them, and the
    dated sayings that report no happening (_A_WISH_SAID), which still tell the day the
    report is of."""
    text, offset = sentence.text, sentence.start - passage_start
    triggers = [
        t
        for t in find_triggers(text, article.language)
        if not (t.kind == "statement" and in_attribution(text, t.start, article.language))
    ]
    dated = join_ranges(text, offset, dated)
    if not triggers:
        return [], None, []
    dated, pairs, documents = _paired(article, text, offset, dated, triggers)
    # Urdu: the dates are of clauses with no happening ("… ملاقات کی، وزیر آئندہ ہفتے لاہور
    # جائیں گے"): what the sentence reports goes on in the report, as if it had none.
    rules = LANGUAGES.get(article.language)
    if not pairs and rules is not None and rules.VERB_FINAL:
        return [], sentence, []
    head = _head_before_the_dates(article, sentence, offset, dated, triggers, pairs, documents)
    # Coordinated dates of one trigger ("met in 2005 and 2006") share its participants.
    several = len({trigger.start for _, trigger in pairs}) > 1
    candidates, sayings_only = [], []
    for mention, trigger in pairs:
        mention_span = (mention.start - offset, mention.end - offset)
        span = (min(trigger.start, mention_span[0]), max(trigger.end, mention_span[1]))
        if not _reports_a_happening_of_both(
            article, text, offset, mention, trigger, span, triggers, pairs, previous_sentence,
            frame, earlier_sentence,
        ):  # fmt: skip
            continue
        # With several happenings in one sentence, each names the people near it.
        start = max(0, span[0] - SIDE_WINDOW) if several else 0
        end = span[1] + SIDE_WINDOW if several else len(text)
        found = participants(article, text, start, end, trigger.kind)
        subject, names = subject_and_actors(article, text, trigger.start, found, previous_sentence)
        start_date, end_date = stay_dates(
            mention, durations, trigger.kind, article.text, passage_start,
            sentence.start + trigger.start, article.language,
        )  # fmt: skip
        other_dates = tuple((m.start - offset, m.end - offset) for m in dated if m is not mention)
        # "The speaker said on Thursday that the two countries enjoy longstanding ties, during
        # a meeting with the ambassador": what is said is no news, but its day is the report's.
        said_only = _a_wish_said(text, trigger, article.language)
        (sayings_only if said_only else candidates).append(
            Candidate(
                title=title_in(article.language, text, trigger, mention_span, subject,
                               other_dates),  # fmt: skip
                summary=summarise(text),
                kind=trigger.kind,
                value=mention.value,
                start_date=start_date,
                end_date=end_date,
                precision=mention.precision,
                status=status_of(
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
                verbal=not is_noun(text, trigger),
            )
        )
    return candidates, head, sayings_only


def _paired(article, text: str, offset: int, dated, triggers):
    """The sentence's dates (ranges joined, documents' own dates last), each date paired with
    the happening it dates, and the documents dated among those pairs."""
    documents = _documents_dated(text, offset, dated, triggers, article.language)
    dated = [m for m in dated if all(m is not mention for mention, _ in documents)]
    rules = LANGUAGES.get(article.language)
    # A parenthetic word between a date and its happening («уже, по-моему, поставлен») is
    # blanked, as a bracket is, so that its commas count as no clause boundary.
    pairing_text = text
    for aside in rules.ASIDE.finditer(text) if rules and rules.ASIDE else ():
        pairing_text = blank(pairing_text, aside.start(), aside.end())
    pairs = documents + pair_dates_with_triggers(
        pairing_text, offset, dated,
        [t for t in triggers if all(t is not d for _, d in documents)],
        english=rules is None, verb_final=bool(rules and rules.VERB_FINAL),
    )  # fmt: skip
    dated += [mention for mention, _ in documents]
    if not pairs and rules is not None and rules.VERB_FINAL:
        pairs = _dated_by_the_verb_ending_its_clause(
            text, offset, dated, triggers, rules, article.published
        )
    return dated, pairs, documents


def _head_before_the_dates(article, sentence, offset, dated, triggers, pairs, documents):
    """The sentence up to its first date or dated happening, when a happening those dates
    do not date comes before them and goes on in the report; None otherwise."""
    text = sentence.text
    cut = min([m.start - offset for m in dated] + [t.start for _, t in pairs])
    if not (pairs and any(t.end <= cut for t in triggers)):
        return None
    first = min((t for _, t in pairs), key=lambda t: t.start)
    if (
        any(first is document for _, document in documents)
        or _told_in_a_clause_before(text, triggers, cut, article.language)
        or (article.language not in LANGUAGES and _INVITED_TO.search(text, 0, first.start))
        or (
            not is_noun(text, first)
            and _MODIFIER_VERB.search(text, 0, first.start)
            and _MODIFIER_GOES_ON.match(text, first.end)
            # A clause of time in the attribution ("according to a statement issued after
            # the talks") ties nothing the sentence reports.
            and not any(
                not in_attribution(text, when.start(), article.language)
                for when in _TIME_CLAUSE.finditer(text, 0, first.start)
            )
        )
    ):
        return replace(sentence, end=sentence.start + cut, text=text[:cut])
    return None


def _reports_a_happening_of_both(
    article, text, offset, mention, trigger, span, triggers, pairs, previous_sentence, frame,
    earlier_sentence,
) -> bool:  # fmt: skip
    """Whether a dated trigger reports a Pakistan–Russia happening: one the sentence (or the
    report around it) puts between the two sides, and, for a statement, one said between
    them of that day (not at a multilateral meeting, nor opening a stretch of time, nor only
    relaying another's words)."""
    if not (
        about_pakistan_and_russia(
            article, text, span, previous_sentence, said=trigger.kind == "statement",
            earlier_sentence=earlier_sentence,
        )  # fmt: skip
        or imported_here(article, text, trigger.kind)
        or any(one_of_the_reports_series(article, text, t, frame) for t in triggers)
        or _during_a_visit_of_both(article, text, frame)
    ):
        return False
    return not (
        trigger.kind == "statement"
        and (
            is_multilateral(article, text)
            or begins_a_stretch(text, mention, offset)
            or _only_relays(text, trigger, triggers, pairs, article.language)
        )
    )
