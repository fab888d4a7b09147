"""Headline-style titles and short summaries from the sentence that reports a happening."""

import re
from dataclasses import replace

from timeline import languages
from timeline.languages import LANGUAGES
from timeline.markers import FUTURE_MARKER

from .clauses import PARENTHESES, blank
from .status import FUTURE
from .triggers import (
    CHANGE_WORDS,
    PRESENT_PARTICIPLES,
    PRESENT_TENSE,
    Trigger,
    find_triggers,
    is_noun,
)

# Leading "ISLAMABAD:" or "MOSCOW, Jan 18 (Reuters) -" style datelines are not headline words.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,[^:–—-]{0,40})?\s*(?::|–|—|-{1,2}|\.\s*/TASS/\.)\s*"
    # What is left of "Islamabad, Apr 7 (PTI)" once the comma has ended the place.
    r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b\s*"
    # "MOSCOW (UrduPoint News / Sputnik - 12th June, 2023) The first …", the brackets blanked.
    r"|^[A-Z]{4,}(?:\s[A-Z]{2,})*\s{2,}(?=[A-Z])"
)


TITLE_MAX_WORDS = 12


SUMMARY_MAX_CHARS = 280


_DETERMINER = re.compile(
    r"^.*?((?:\b(?:the|a|an|his|her|its|their|this)\b|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)"
    r"(?:(?!(?<!\bof\s)\b(?:the|a|an|his|her|its|their|this)\b)[^,;:])*)$",
    re.DOTALL,
)


# "will also hold", "is expected to formally sign": the adverb is no headline word.
_ADVERBS = r"(?:\s+(?:also|then|later|further|now|soon|first|jointly|formally|officially|again))*"
_FUTURE_AUXILIARY = re.compile(
    FUTURE_MARKER + _ADVERBS + r"(?P<passive>\s+be)?" + _ADVERBS + r"\s*$", re.IGNORECASE
)


_PAST_AUXILIARY = re.compile(r"\b(?:was|were|has|have|had)(?:\s+also)?\s*$", re.IGNORECASE)


_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)


_THAT_OPENING = re.compile(r"^\s+that\s+(?=\S)", re.IGNORECASE)
_AND_AT_END = re.compile(r"\band\s*$", re.IGNORECASE)
_PARTICIPATION = re.compile(
    r"\b(?i:the\s+)?(?i:participation)\s+of\s+(?P<who>[^,;:]+?)\s+in(?:\s+the)?\s*$"
)
# "under a deal struck", "of an agreement signed": a deal a participle describes.
_GOVERNED_DEAL = re.compile(
    r"\b(?:under|of|for|with|from|through)\s+(?P<noun>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|accord|pact|MoU|memorandum|protocol|contract)s?)$",
    re.IGNORECASE,
)
_STRUCK = frozenset("signed struck inked sealed concluded reached".split())


# "is holding", "looks forward to hosting", "is growing, exceeding": no present to make.
_BE_OR_GOVERNED = re.compile(
    r"\b(?:is|are|was|were|be|been|am|to|of|for|in|on|at|by|after|before|about|without|"
    r"\w+ing)\s*$",
    re.IGNORECASE,
)


# "is being offloaded": the participle stays as it is.
_PROGRESSIVE_PASSIVE = re.compile(r"\bbeing\s*$", re.IGNORECASE)


_PASSIVE_AUXILIARY = re.compile(
    r"\b(?P<aux>was|were|(?:has|have|had)\s+been)"
    r"(?:\s+(?:also|originally|first|already|formally|officially|jointly))?\s*$",
    re.IGNORECASE,
)


# "He recalled that ...", "officials said that ...": the report, not the reporting, leads.
_REPORTED_BY = re.compile(
    r"^.*\b(?:said|says|recalled|added|noted|stated|confirmed|announced|reported|expected|"
    r"learnt|learned|understood|believed)\s+"
    # "said on Monday that …": the saying's own date goes with it.
    r"(?:(?:on|in|last|this|earlier|late)\s+\w+\s+(?=that\b))?"
    r"(?:that\s+)?(?=(?:the|a|an|that|both|two|[A-Z])\b)",
    re.IGNORECASE,
)


_HEADLINE_BREAK = re.compile(
    r"[;:…]|(?<!\w)[—–]|[—–](?!\w)|,(?!\d)|\s-{1,2}\s|\b(?:which|where|who|while|but|when|as|after|before|because|although|"
    r"though|since|despite)\b"
    # A capital opens the sentence: "Although the two sides signed …".
    r"|^(?:Although|Though|While|When|As|After|Before|Because|Since|Despite)\b"
)


_QUOTES = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")


_LEADING_FILLER = re.compile(
    r"^(?:(?:with|and|but|also|then|meanwhile|moreover|however|so|the|a|an|['’]s|that|adding|"
    r"including|earlier|originally)\s+)+",
    re.IGNORECASE,
)


# The last "the ... meeting" before a relative pronoun is what the clause is about.
_HAPPENING_PHRASE = re.compile(
    r"^.*((?<!\w)(?:the|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|visit|talks|summit|session|conference|exercises?|trip|tour)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


# Words a title may be cut before; "of" is not one: "the sidelines of X" is one phrase.
_PHRASE_OPENERS = frozenset(
    "in on at for to with by from into over under during after before and or as amid "
    "including while that which who where between against along among across through "
    "towards toward via within without compared".split()
)
# What a title cannot end on: a phrase's opening word, or the start of a noun phrase, left
# when a cut or a removed date ("agree to finish the talks within [a month]") takes what
# follows it.
_DANGLING_WORDS = _PHRASE_OPENERS | set(
    "of the a an its his her their about since until till upon".split()
)
_DANGLING = re.compile(r"(?:\s+(?:" + "|".join(sorted(_DANGLING_WORDS)) + r"))+$", re.IGNORECASE)
# "Prime Minister Shehbaz Sharif meets …": in a headline the name is enough. The whole
# title goes ("Petroleum Minister", "Russia's First Deputy Energy Minister", "Deputy Prime
# Minister and Foreign Minister Senator Ishaq Dar"), and only where it opens the title or
# follows a verb.
_HONORIFIC = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s+)*?(?:Prime\s+Minister|President|Minister)\s+and\s+)?"
    r"(?:[A-Z][\w'’-]*\s+)*?(?:Prime\s+Minister|President|Minister|FM|PM|Mr\.?|Ms\.?|Dr\.?|"
    r"Gen\.?|General|Ambassador|Chief\s+of\s+Army\s+Staff|COAS)\s+(?:Senator\s+)?"
    r"(?=(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+\b)"
)
# Not after a determiner: "the Russian President Boris Yeltsin" keeps its title.
_AFTER_A_VERB = re.compile(r"(?:^|\b(?!and\b|or\b|the\b|a\b|an\b)[a-z]+\s+)$")


def _without_honorifics(title: str) -> str:
    return _HONORIFIC.sub(
        lambda m: "" if _AFTER_A_VERB.search(title, 0, m.start()) else m.group(), title
    )


_CLAUSE_PRONOUN = re.compile(r",?\s*\b(?:which|who)\s*$", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\s+(?:that|which|who)\s*$", re.IGNORECASE)


_PRONOUN = re.compile(r"^(?:it|he|she|they|we|i|this|that|which|there)$", re.IGNORECASE)
_TRAILING_ADVERBS = re.compile(_ADVERBS + r"\s*$", re.IGNORECASE)


# "Pakistan and Russia", "the two", "Soviet engineers" (a lower-case plural noun), "they".
_PLURAL_SUBJECT = re.compile(r"(?:\band\b.*|\b(?i:two|they|we)|\b[a-z]+[^sui\W]s)$")


# "trade between Russia and Pakistan", "shipments of wheat": the words after the head noun.
_POSTMODIFIER = re.compile(
    r"\s+(?:(?:of|between|from|with|in|on|at|for|to)\s|[a-z]+ing\b).*$", re.DOTALL
)


def _head(subject: str) -> str:
    """The subject without what follows its head noun: its number is the head's."""
    return _POSTMODIFIER.sub("", subject)


def _plural(verb: str) -> str:
    """ "signs" → "sign", "reaches" → "reach", "supplies" → "supply", for plural subjects."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x)es$", verb):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


_WHILE_AT_END = re.compile(r"\b(?:while|when)\s*$", re.IGNORECASE)
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:(?:late|early)\s+)?(?:on|in|at|since|during|by|from|until|for)\s+)?$",
    re.IGNORECASE,
)


def _without_dates_and_asides(sentence: str, expression, other_dates) -> str:
    """The date words (with their preposition), the happening's own and those of other
    happenings in the sentence ("agreed on Tuesday to meet again in March": the plan's title
    is no place for Tuesday), and asides in brackets blanked: they are not headline words."""
    blanked = sentence
    for start, end in (expression, *other_dates):
        prefix = _DATE_PREPOSITION.search(blanked, 0, start)
        blanked = blank(blanked, prefix.start() if prefix else start, end)
    for aside in PARENTHESES.finditer(blanked):
        blanked = blank(blanked, aside.start(), aside.end())
    return blanked


class _Clause:
    """The clause around a happening's trigger, turned step by step into a headline's words:
    what stands before the verb (its subject), the verb, and what follows it."""

    def __init__(self, sentence: str, trigger: Trigger, blanked: str, subject: str | None):
        self.trigger, self.blanked, self.subject = trigger, blanked, subject
        self.start = max(
            (m.end() for m in _HEADLINE_BREAK.finditer(blanked, 0, trigger.start)), default=0
        )
        match = _HEADLINE_BREAK.search(blanked, trigger.end)
        self.end = match.start() if match else len(blanked)
        if _FRONTED.match(blanked, trigger.end, self.end) and match and match.group() == ",":
            # "said that with good progress over the years, there is consensus …": what was
            # said follows the phrase put before it.
            after_phrase = _HEADLINE_BREAK.search(blanked, match.end())
            self.blanked = blank(blanked, trigger.end, match.end())
            self.end = after_phrase.start() if after_phrase else len(self.blanked)
        self.noun = is_noun(sentence, trigger)
        if self.noun:
            self._lead_with_the_governing_verb()
        self.before = _TRAILING_ADVERBS.sub(
            "", _DATELINE.sub("", self.blanked[self.start : self.trigger.start].strip())
        )
        if not self.noun and _AND_AT_END.search(self.before):
            # "Lavrov visited Imran Khan and agreed to …": the subject of the first verb is
            # the second's too.
            first_verb = next(iter(_verbs(self.before)), None)
            if first_verb and first_verb.start > 0:
                self.before = self.before[: first_verb.start].strip()
        self.after = self.blanked[self.trigger.end : self.end]
        if self.trigger.kind == "statement":
            # "says that Pakistan attaches …": a headline drops the "that".
            self.after = _THAT_OPENING.sub(" ", self.after)
        self.verb = self.trigger.word

    def _lead_with_the_governing_verb(self) -> None:
        """ "Russia hosted an international conference": the verb that governs the noun
        leads."""
        blanked, start = self.blanked, self.start
        governing = [
            t
            for t in find_triggers(blanked[start : self.trigger.start])
            if _governs(blanked, replace(t, start=t.start + start))
        ]
        if governing:
            verb_trigger = governing[-1]
            self.trigger = replace(
                verb_trigger, start=verb_trigger.start + start, end=verb_trigger.end + start
            )
            self.noun = False

    def put_in_the_present(self) -> None:
        """The verb as a headline has it, "signs", "to sign", "is signed", with the subject
        it then takes."""
        blanked, before, verb = self.blanked, self.before, self.verb
        if self.noun and (taking_part := _PARTICIPATION.search(before)):
            # "the participation of Soviet specialists in the construction of the steel
            # mill": the specialists took part in it.
            takes = "take" if _PLURAL_SUBJECT.search(_head(taking_part["who"])) else "takes"
            self.before, self.noun = f"{taking_part['who']} {takes} part in the", False
        elif self.noun:
            noun_phrase = _DETERMINER.match(before)
            self.before = noun_phrase.group(1) if noun_phrase else before
        elif future := _FUTURE_AUXILIARY.search(before):
            self.verb = f"to be {verb}" if future["passive"] else f"to {verb}"
            # "was slated to arrive": the plan's own auxiliary is no subject either.
            self.before = _PAST_AUXILIARY.sub("", before[: future.start()]).strip()
        elif (passive := _PASSIVE_AUXILIARY.search(before)) and verb.lower() not in {"said", "met"}:
            be = "are" if passive["aux"].lower() in ("were", "have been") else "is"
            self.verb = f"{be} {verb}"
            sufferer = before[: passive.start()].strip()
            opening = _list_opening(blanked, self.start) if _LIST_TAIL.fullmatch(sufferer) else None
            if opening is not None:
                # "cooperation in energy, industry, railways and aviation was discussed": the
                # commas of a list do not end the subject.
                sufferer = blanked[opening : self.start].strip() + " " + sufferer
            self.before = _short_subject(sufferer)
            # The passive's own subject is what the title is about ("it was completed"), not
            # the first actor named before it.
            self.subject = None
        elif (
            _AGENT.match(self.after)
            and verb.lower() in PRESENT_TENSE
            and verb.lower() not in CHANGE_WORDS  # "grew by 49%" gives an amount, no agent
            and not _PAST_AUXILIARY.search(before)
        ):
            # "the agreement signed by the two ministers": a participle with its agent is
            # passive.
            self.verb = f"{'are' if _PLURAL_SUBJECT.search(_head(before)) else 'is'} {verb}"
        elif verb.lower() in _STRUCK and (governed := _GOVERNED_DEAL.search(before)):
            # "the cargo arranged under a deal struck in January": the participle describes
            # the deal, which is struck; what the rest of the sentence does is another
            # happening.
            self.before = governed["noun"]
            self.verb = f"{'are' if _PLURAL_SUBJECT.search(_head(self.before)) else 'is'} {verb}"
            next_verb = next(iter(_verbs(self.after)), None)
            self.after = self.after[: next_verb.start] if next_verb else self.after
        elif (
            not before
            and verb.lower() in PRESENT_PARTICIPLES
            and (main := _opening_phrase_subject(blanked, self.end))
        ):
            # "Talking to X, the governor said …": the opening phrase's doer is the subject of
            # the main clause it leads into, not the phrase itself (which would come twice).
            self.before, self.verb = main, PRESENT_PARTICIPLES[verb.lower()]
        elif not _PROGRESSIVE_PASSIVE.search(before):
            self._active_in_the_present()

    def _active_in_the_present(self) -> None:
        blanked, verb = self.blanked, self.verb
        before = _PAST_AUXILIARY.sub("", self.before).strip()
        if before and not _BE_OR_GOVERNED.search(before) and verb.lower() in PRESENT_PARTICIPLES:
            # "with the two countries holding joint drills": a participle with no "be" before
            # it tells what the noun just before it does.
            verb = PRESENT_PARTICIPLES[verb.lower()]
            subject_phrase = _DETERMINER.match(before)
            before = subject_phrase.group(1) if subject_phrase else before
        elif not before and _WHILE_AT_END.search(blanked, 0, self.start):
            # "said this while talking to Lavrov": the participle is what the subject did.
            verb = PRESENT_PARTICIPLES.get(verb.lower(), verb)
        verb = PRESENT_TENSE.get(verb.lower(), verb)
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar" is one man.
        plural = _PLURAL_SUBJECT.search(_head(_without_honorifics(before)))
        if plural and verb != self.trigger.word and not _verbs(before):
            verb = _plural(verb)
        self.before, self.verb = before, verb

    def lead(self, sentence: str, expression: tuple[int, int]) -> str:
        """The words the headline opens with: the subject before the verb, or the actor or
        opening phrase that stands for it."""
        before = self.before
        if not before and not self.noun:
            before = _subject_before(self.blanked, self.start)
        before = _REPORTED_BY.sub("", before)
        relative = _RELATIVE_PRONOUN.search(before)
        if relative:
            # "the three-day meeting ... that began on Wednesday": the meeting began.
            head = before[: relative.start()]
            antecedent = _HAPPENING_PHRASE.match(head) or _DETERMINER.match(head)
            before = antecedent.group(1) if antecedent else head
        lead = _TRAILING_ADVERBS.sub("", _LEADING_FILLER.sub("", before.strip()))
        if _PRONOUN.match(lead) and self.subject:
            lead = _LEADING_FILLER.sub("", self.subject)
        elif _PRONOUN.match(lead) and self.verb.startswith("to "):
            # "He to meet …" is no English: without its antecedent the pronoun keeps its
            # "will".
            self.verb = f"will {self.verb[3:]}"
        elif not lead:
            opening = _HEADLINE_BREAK.split(blank(sentence, *expression), maxsplit=1)[0].strip()
            lead = self.subject or (
                opening if 0 < len(opening.split()) <= 8 and not self.noun else lead
            )
        return lead

    def doer_of_the_noun(self) -> str | None:
        """Who made the happening a noun names, where the sentence says so elsewhere than
        before it."""
        blanked, subject = self.blanked, self.subject
        if (
            self.noun
            and not subject
            and _WHERE_THE_MAIN_CLAUSE_ACTS.search(blanked, self.start, self.trigger.start)
            and _WITH.match(self.after)
        ):
            # "During a meeting with Overchuk, Sharif emphasized …": the main clause's
            # subject held the meeting.
            main_subject = _MAIN_SUBJECT.match(blanked, self.end)
            subject = main_subject[1].strip() if main_subject else None
        if self.noun and (thanked := _THANKED_FOR_THEIR.search(blanked, 0, self.trigger.start)):
            # "Imran Khan thanked Sergey Lavrov for his visit": the one thanked made the
            # visit.
            subject = thanked[1]
        return subject


def _finished(phrase: str, told: str, verb: str, noun: bool, sentence: str) -> str:
    """The headline's words cut to length and cleaned of dangling stops and prepositions."""
    words = _without_honorifics(_QUOTES.sub("", phrase)).split()
    # The words up to the verb: a cut before them would leave a title without its verb.
    verb_words = len(_without_honorifics(_QUOTES.sub("", told)).split())
    if noun or verb_words > _SUBJECT_WORDS + len(verb.split()):
        # A long lead is no plain subject: it may have a verb of its own.
        verb_words = 0
    title = " ".join(_shortened(words, verb_words))
    title = re.sub(r"\s+([,.;:])", r"\1", title).strip(" ,;:.-–—…")
    # After the stops: a date taken from before the full stop leaves its preposition last.
    title = _DANGLING.sub("", title).strip(" ,;:.-–—…")
    # Wire copy shouts its first word ("PRIME minister Imran Khan"); a title does not.
    # Acronyms of four letters or fewer ("ECC", "SCO") stay as they are.
    title = re.sub(r"^([A-Z])([A-Z]{4,})(?=\s+[a-z])", lambda m: m[1] + m[2].lower(), title)
    return title[:1].upper() + title[1:] if title else summarise(sentence)[:80]


def headline(
    sentence: str,
    trigger: Trigger,
    expression: tuple[int, int],
    subject: str | None,
    other_dates: tuple[tuple[int, int], ...] = (),
) -> str:
    """Plain news-style title from the clause around the trigger, in the present tense."""
    blanked = _without_dates_and_asides(sentence, expression, other_dates)
    clause = _Clause(sentence, trigger, blanked, subject)
    clause.put_in_the_present()
    lead = clause.lead(sentence, expression)
    phrase, told = f"{lead} {clause.verb} {clause.after}", f"{lead} {clause.verb}"
    doer = clause.doer_of_the_noun()
    if clause.noun and (as_clause := _as_clause(phrase, doer, bool(FUTURE.search(clause.after)))):
        phrase = told = as_clause
    return _finished(phrase, told, clause.verb, clause.noun, sentence)


_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
_PARTY = (
    rf"(?:(?:the\s+)?{_NAME}|the\s+two\s+(?:[a-z-]+\s+)?"
    rf"(?:sides|countries|leaders|ministers|delegations))"
)
_MODIFIERS = r"(?:[\w-]+\s+){0,2}?"
# A happening's name as a clause: (present, planned) for one actor and an object.
_NOUN_AS_VERB = {
    "meeting": ("meets", "to meet"),
    "talks": ("holds talks with", "to hold talks with"),
    "visit": ("visits", "to visit"),
    "trip": ("travels to", "to travel to"),
    "conference": ("holds a news conference with", "to hold a news conference with"),
}
# "said that with good progress over the years, …": a phrase put before what was said.
_FRONTED = re.compile(
    r"\s+that\s+(?:with|during|in|on|at|after|before|despite|given|amid|following)\b",
    re.IGNORECASE,
)
# "During a meeting with …", "speaking at a joint press conference with …".
_WHERE_THE_MAIN_CLAUSE_ACTS = re.compile(
    r"\b(?i:during|at|in)\s+(?i:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)
_WITH = re.compile(r"\s+with\b")
_MAIN_SUBJECT = re.compile(r"\s*,\s*((?:[A-Z][\w.'’-]*\s+){1,4}?)(?=[a-z])")
# "Imran Khan's meeting with Vladimir Putin", "his visit to Moscow", "the visit of Sergey
# Lavrov to Islamabad", "a meeting between the two ministers".
_NAMED_BY_POSSESSIVE = re.compile(
    rf"^(?:(?P<owner>{_NAME})['’]s|(?i:his|her|their|its))\s+{_MODIFIERS}"
    rf"(?P<noun>meeting|talks|visit|trip)\s+(?:with|to)\s+(?P<other>{_PARTY})"
)
_THANKED_FOR_THEIR = re.compile(
    rf"\b(?:thanked|thanks|thanking)\s+((?:the\s+)?(?:{_NAME}|[a-z]+))\s+for\s+"
    r"(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$"
)
_NAMED_WITH_OTHER = re.compile(
    rf"^(?:(?i:a|an|the)\s+)?{_MODIFIERS}(?P<noun>(?i:meeting|talks|conference))\s+with\s+"
    rf"(?P<other>{_PARTY})"
)
_NAMED_WITH_AGENT = re.compile(
    rf"^(?i:the|a|an)\s+{_MODIFIERS}(?P<noun>visit|trip)\s+(?:of|by)\s+(?P<owner>{_NAME})"
    rf"\s+to\s+(?P<other>{_NAME})"
)
_NAMED_BETWEEN = re.compile(
    rf"^(?:(?i:the|a|an)\s+)?{_MODIFIERS}(?P<noun>(?i:meeting|talks|negotiations|consultations))"
    rf"\s+between\s+(?P<both>{_PARTY}(?:\s+and\s+{_PARTY})?)"
)


def _as_clause(phrase: str, subject: str | None, planned: bool) -> str | None:
    """A happening's name as a headline with a verb ("Imran Khan meets Vladimir Putin"),
    when it says who took part; None when it does not."""
    named = (
        _NAMED_BY_POSSESSIVE.match(phrase)
        or _NAMED_WITH_AGENT.match(phrase)
        or _NAMED_WITH_OTHER.match(phrase)
    )
    if named and (owner := named.groupdict().get("owner") or subject):
        present, ahead = _NOUN_AS_VERB[named["noun"].lower()]
        return f"{owner} {ahead if planned else present} {named['other']}"
    if named := _NAMED_BETWEEN.match(phrase):
        both = re.sub(r"^the\s+", "", named["both"])
        if not (" and " in both or _PLURAL_SUBJECT.search(both)):
            return None
        act = "meet" if named["noun"].lower() == "meeting" else "hold talks"
        return f"{both} {'to ' + act if planned else act}"
    return None


_LIST_TAIL = re.compile(r"(?:[\w-]+\s+){1,2}and(?:\s+[\w-]+){1,2}")
_LIST_ITEM_WORDS = 3


def _list_opening(blanked: str, clause_start: int) -> int | None:
    """Where the clause begins whose list ends at clause_start ("cooperation in energy,
    industry, | railways and aviation"): before the first item, when at least one item of a
    few words stands between commas before the tail; None otherwise."""
    breaks = list(_HEADLINE_BREAK.finditer(blanked, 0, clause_start))
    last = first = len(breaks) - 1
    while (
        first > 0
        and breaks[first].group() == breaks[first - 1].group() == ","
        and len(blanked[breaks[first - 1].end() : breaks[first].start()].split())
        <= _LIST_ITEM_WORDS
    ):
        first -= 1
    if first == last:
        return None
    return breaks[first - 1].end() if first > 0 else 0


def _verbs(text: str) -> list[Trigger]:
    """The happening words of the text that are verbs, not names of happenings."""
    return [t for t in find_triggers(text) if not is_noun(text, t)]


def _governs(text: str, trigger: Trigger) -> bool:
    """Whether a trigger before a happening's name is a verb that governs it: "the two
    countries holding joint drills" holds them, though a determiner comes before its
    subject; "the holding of drills" does not."""
    if trigger.word.lower() in PRESENT_PARTICIPLES:
        return not _DETERMINER_BEFORE.search(text, 0, trigger.start)
    return not is_noun(text, trigger)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s*$", re.IGNORECASE)


def _opening_phrase_subject(blanked: str, phrase_end: int) -> str:
    """The subject of the main clause after an opening phrase and its asides ("Talking to
    the consul general, Oleg Avdeev, in a farewell meeting, | the governor | said"): the
    words between the last comma and the clause's first verb; empty when there is none."""
    verb = next((t for t in _verbs(blanked[phrase_end:]) if t.kind == "statement"), None)
    if verb is None:
        return ""
    lead = blanked[phrase_end : phrase_end + verb.start]
    comma = lead.rfind(",")
    subject = lead[comma + 1 :].strip() if comma >= 0 else ""
    return subject if 0 < len(subject.split()) <= _SUBJECT_WORDS else ""


def _subject_before(blanked: str, clause_start: int) -> str:
    """The subject of a clause that opens with its verb, from the words before the break:
    "the Druzhba exercises, which begin today" (the antecedent of the pronoun), "the cargo,
    under the deal, was slated to arrive" (the words before the aside). Empty when there is
    none."""
    if pronoun := _CLAUSE_PRONOUN.search(blanked, 0, clause_start):
        head = blanked[: pronoun.start()].rstrip(" ,")
    elif blanked[clause_start - 1 : clause_start] == ",":
        aside = blanked.rfind(",", 0, clause_start - 1)
        head = blanked[:aside] if aside > 0 else ""
        head = head[max((m.end() for m in _HEADLINE_BREAK.finditer(head)), default=0) :]
        head = _REPORTED_BY.sub("", head)
    else:
        return ""
    antecedent = _HAPPENING_PHRASE.match(head) or _DETERMINER.match(head)
    return antecedent.group(1) if antecedent else ""


def title_in(
    language: str,
    sentence: str,
    trigger: Trigger,
    expression: tuple[int, int],
    subject: str | None,
    other_dates: tuple[tuple[int, int], ...] = (),
) -> str:
    """A headline in the article's own language: English titles are rewritten as headlines,
    Russian and Urdu ones are the clause that reports the happening."""
    if language in LANGUAGES:
        return languages.title(sentence, trigger.start, expression, language)
    return headline(sentence, trigger, expression, subject, other_dates)


# "bilateral and regional matters": an "and" after an adjective joins two modifiers of one
# noun, which a cut would part.
_COORDINATED_MODIFIER = re.compile(r"^[a-z-]{4,}(?:eral|onal|ical|ic|ive|ary|ous|ian|ern)$")
# A subject longer than this may well hold a verb of its own.
_SUBJECT_WORDS = 8
# Prepositions that open a phrase after a noun ("cooperation between …").
_POSTMODIFIERS = frozenset("between on in at for with from under among".split())
# A subject longer than this leaves too little room for its verb and what follows.
_LONG_SUBJECT_WORDS = 7


def _short_subject(subject: str) -> str:
    """A long subject cut before a phrase of its head ("a memorandum on cooperation between
    the Diplomatic Academy of … and …" → "a memorandum on cooperation")."""
    words = subject.split()
    if len(words) <= _LONG_SUBJECT_WORDS:
        return subject
    last = min(len(words), _LONG_SUBJECT_WORDS + 3)
    cuts = [i for i in range(2, last) if words[i].lower() in _POSTMODIFIERS]
    return " ".join(words[: cuts[-1]]) if cuts else subject


# A cut before this word leaves too little of the headline to say what happened.
_SHORTEST_CUT = 6


def _shortened(words: list[str], verb_words: int = 0) -> list[str]:
    """At most TITLE_MAX_WORDS words, cut before a preposition or conjunction so that no
    phrase is cut in half ("… in Samarkand on the sidelines" loses "on the sidelines"), and
    never among the first `verb_words` (the subject and its verb)."""
    if len(words) <= TITLE_MAX_WORDS:
        return words
    first = max(3, verb_words)
    cuts = [
        i
        for i in range(first, TITLE_MAX_WORDS + 1)
        if words[i].lower() in _PHRASE_OPENERS and not _COORDINATED_MODIFIER.match(words[i - 1])
    ]
    if not cuts or cuts[-1] < _SHORTEST_CUT:
        # Before "of" rather than inside what it governs ("a threshold of $1 billion") or
        # so early that the verb goes, unless "of" is inside a name ("Ministry of Energy")
        # and a cut elsewhere keeps the verb.
        of = [i for i in range(max(first, _SHORTEST_CUT), TITLE_MAX_WORDS + 1) if words[i] == "of"]
        cuts += [i for i in of if not words[i + 1][:1].isupper()] or (of if not cuts else [])
    return words[: max(cuts)] if cuts else words[:TITLE_MAX_WORDS]


def summarise(sentence: str) -> str:
    text = " ".join(sentence.split())
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    cut = text.rfind(" ", 0, SUMMARY_MAX_CHARS)
    return text[: cut if cut > 0 else SUMMARY_MAX_CHARS] + "…"
