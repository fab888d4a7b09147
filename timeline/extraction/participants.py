"""Participants: whether both sides of the relationship take part in a happening."""

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline import languages
from timeline.languages import LANGUAGES
from timeline.tagging import ActorTagger, SectorTagger

from .clauses import CLAUSE_BREAK, WHEN_AFTER_DATE, blank
from .triggers import find_triggers

# How near (in characters) to the trigger or the date one of the two sides must be named.
SIDE_WINDOW = 70


# The two chambers of Russia's parliament name their side: "the Chairman of the State Duma";
# so do its republics, whose presidents travel on their own: "Tatarstan President".
RUSSIA_WORDS = re.compile(
    r"\b(?:Russia|Russian|Russians|Moscow|Kremlin|Soviet|USSR|St\.? Petersburg|Sochi|Kazan|"
    r"Vladivostok|Novorossiysk|Astrakhan|Yekaterinburg|Ufa|Rosneft|Gazprom|Rosatom|TASS|"
    r"State Duma|Federation Council|Tatarstan|Bashkortostan|Chechnya|Dagestan)\b"
)


# Pakistani English titles its parliament's heads without "of the": "Chairman Senate",
# "Speaker National Assembly", a form no other parliament in the news takes; so its
# governors, "Governor Punjab". Its ministers are "Federal Minister for Commerce" (Russia's
# are "the Russian minister of ..."). Its highest military office is the chairman of the
# "Joint Chiefs of Staff Committee" (CJCSC): India's is the "Chiefs of Staff Committee",
# the United States' the "Joint Chiefs of Staff".
PAKISTAN_WORDS = re.compile(
    r"\b(?:Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Rawalpindi|Quetta|Peshawar|"
    r"Gwadar|Port Qasim|Multan|Faisalabad|Sialkot|Kasur|Cherat|Balochistan|Sindh|Khyber|"
    r"(?i:chairman) Senate|(?i:speaker) National Assembly|(?i:governor) Punjab|"
    r"(?i:federal)(?: [A-Z]\w+){0,2} Minister|Joint Chiefs of Staff Committee|CJCSC)\b"
)


SIDE_WORDS = {"russia": RUSSIA_WORDS, "pakistan": PAKISTAN_WORDS}


# In an article about both, "the two countries", "bilateral" and "Pak-Russia" name both.
# One word may qualify the noun ("the two foreign ministers"), and the two states' forces
# and parliaments are named alike ("both armies", "the two navies"). So do the names of
# the two armies' and navies' own exercises ("Druzhba-VII concluded at Tarbela"), not the
# Druzhba oil pipeline to Europe.
BOTH_SIDES_WORDS = re.compile(
    r"\b(?:the two|both)\s+(?:[\w-]+\s+)?(?:countries|sides|nations|governments|leaders|"
    r"ministers|delegations|premiers|presidents|armies|navies|forces|militaries|parliaments)\b"
    r"|\bbilateral\b|\bPak[-–]Russia|\bDruzhba\b(?![-\s]+(?i:oil\s+)?pipeline)"
    r"|\bArabian\s+Monsoon\b",
    re.IGNORECASE,
)


BOTH_SIDES = frozenset(SIDE_WORDS)


_OTHER_COUNTRIES = re.compile(
    r"\b(?:India|Indian|Indians|New Delhi|China|Chinese|Beijing|United States|U\.S\.|US|"
    r"American|Americans|Washington|Western|Iran|Iranian|Iraq|Ukraine|Ukrainian|Israel|"
    r"Israeli|Saudi|Turkey|Turkish|Bangladesh|Britain|British|UK|European|EU|Japan|Japanese|"
    r"NATO|OIC|Yugoslavia|Serbia|Serbian|Kosovo|Syria|Syrian|Germany|German|France|French|"
    # The people of the Central Asian hosts of SCO summits ("his Kyrgyz counterpart"); the
    # countries' names there are only where the two sides met ("the summit in Tajikistan").
    r"Kyrgyz|Uzbek|Kazakh|Tajik|Turkmen)\b"
    # "paid in Chinese yuan", "in US dollars": a currency is no third party.
    r"(?!\s+(?:yuan|renminbi|dollars?|currency))"
)
# "on the sidelines of the conference in Tianjin, China": the country after the city is only
# where the two sides met.
_CITY_AND_COUNTRY = re.compile(
    r"\b(?:in|at)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(" + _OTHER_COUNTRIES.pattern + ")"
)


class _ThirdParties:
    """Other countries named in an English text, not counting a country named only as a
    city's (in the manner of a compiled pattern, for the callers of `third_parties`)."""

    def _without_places(self, text: str) -> str:
        for place in _CITY_AND_COUNTRY.finditer(text):
            text = blank(text, place.start(1), place.end(1))
        return text

    def search(self, text: str) -> re.Match | None:
        return _OTHER_COUNTRIES.search(self._without_places(text))

    def findall(self, text: str) -> list[str]:
        return _OTHER_COUNTRIES.findall(self._without_places(text))


THIRD_PARTIES = _ThirdParties()


@dataclass
class ArticleContext:
    text: str
    published: dt.date
    actors: ActorTagger
    sectors: SectorTagger
    named: set[str]
    people: set[str]
    side_of: dict[str, str]
    # The side of the dateline's place ("ISLAMABAD:"), which "here" names in the report.
    here: str = ""
    language: str = "en"
    # Bodies the article itself says are Pakistani or Russian (see sides_introduced).
    introduced: tuple[tuple[re.Pattern, str], ...] = ()
    # The same sentence is asked about again and again (its sides, the sentence after it):
    # the tagger reads each text once.
    _found: dict = field(default_factory=dict, repr=False)

    def actors_in(self, text: str) -> list[tuple[int, str]]:
        """(position, actor) for each actor the text names, in the article's context."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self.actors.find(text, self.named)
        return found

    @property
    def third_parties(self) -> "re.Pattern | _ThirdParties":
        """Other countries, in the article's language."""
        rules = LANGUAGES.get(self.language)
        return rules.THIRD_PARTIES if rules else THIRD_PARTIES

    @property
    def clause_breaks(self) -> re.Pattern:
        rules = LANGUAGES.get(self.language)
        return rules.CLAUSE_BREAK if rules else CLAUSE_BREAK


_HERE = re.compile(r"\b(?:here|arrives here|in the capital)\b", re.IGNORECASE)
# "ISLAMABAD: …", "MOSCOW, April 6 (Reuters) -": the place a report was filed from.
_DATELINE_PLACE = re.compile(r"^\W*([A-Z][A-Z .'-]{2,}?)\s*(?:,|:|\(|–|—|-)")


def dateline_side(first_passage: str) -> str:
    """The side of the place in a report's dateline, if it names one of the two."""
    match = _DATELINE_PLACE.match(first_passage)
    if not match:
        return ""
    place = match.group(1).strip().title()
    return next((side for side, words in SIDE_WORDS.items() if words.fullmatch(place)), "")


# A sentence that opens like this leaves the story so far: it borrows no side from before.
# So does one that opens with a headline in capitals, a page's next item run into the text
# ("GOVERNOR, CRICKETERS DISCUSS NEW STADIUM The governor and ...").
_NEW_TOPIC = re.compile(
    r"^\W*(?:Meanwhile|Separately|Elsewhere|In other news|Also)\b"
    r"|^\W*(?-i:(?:[A-Z][A-Z'’-]+\W+){3})",
    re.I,
)


def _opens_a_new_topic(article: ArticleContext, text: str) -> bool:
    """Whether the sentence opens as English (or a headline in capitals) or its own language
    turns to another story."""
    rules = LANGUAGES.get(article.language)
    own = rules.NEW_TOPIC if rules else None
    return bool(_NEW_TOPIC.match(text) or (own and own.match(text)))


def leaves_the_story(article: ArticleContext, text: str) -> bool:
    """ "Meanwhile, the ambassador of Egypt paid a call on Pakistan's envoy in Oslo": a new
    topic that does not name both sides itself ends the Pakistan–Russia story so far."""
    return _opens_a_new_topic(article, text) and sides_named(article, text) != BOTH_SIDES


# "Oil and Gas Development Company Limited (OGDCL) is a major Pakistani oil and gas company",
# "Prodintorg, a Russian grain trader,": a body the vocabulary does not know, introduced with
# its side. Wherever the article names it again, it names that side.
_INTRODUCED = re.compile(
    r"\b(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&.’'-]*){0,6})"
    r"(?:\s+\((?P<short>[A-Z][\w&.-]{1,15})\))?"
    r"(?:\s*,|\s+(?:is|was))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<side>Pakistani|Russian)\b"
)
# Words that open a sentence in capitals but name nothing.
_NOT_A_NAME = frozenset(
    "the it this that these those he she they there its his her their a an".split()
)


def sides_introduced(body: str, language: str = "en") -> tuple[tuple[re.Pattern, str], ...]:
    """The bodies an English article introduces as Pakistani or Russian, each with a pattern
    for its name (and its bracketed short form) and its side; in another language, the
    people its INTRODUCED (timeline.languages) reads, each with a pattern for the surname."""
    rules = LANGUAGES.get(language)
    if rules is not None:
        if rules.INTRODUCED is None:
            return ()
        return tuple(
            (
                re.compile(rf"(?<!\w){re.escape(match['name'].split()[-1])}(?!\w)"),
                "pakistan" if match["side"].startswith("پاکستان") else "russia",
            )
            for match in rules.INTRODUCED.finditer(body)
        )
    found = []
    for match in _INTRODUCED.finditer(body):
        side = "pakistan" if match["side"] == "Pakistani" else "russia"
        for name in (match["name"], match["short"]):
            if name and name.split()[0].lower() not in _NOT_A_NAME:
                found.append((re.compile(rf"\b{re.escape(name)}\b"), side))
    return tuple(found)


def sides_named(article: ArticleContext, text: str) -> set[str]:
    rules = LANGUAGES.get(article.language)
    if rules is not None:
        for visit in rules.VISIT_AS_A_TIME.finditer(text) if rules.VISIT_AS_A_TIME else ():
            text = blank(text, visit.start(), visit.end())
        both = languages.names_both_sides(text, article.language)
        sides = languages.sides_named(text, article.language)
    else:
        both = BOTH_SIDES_WORDS.search(text)
        sides = {side for side, words in SIDE_WORDS.items() if words.search(text)}
    if both and not article.third_parties.search(text):
        return set(BOTH_SIDES)
    if article.here and _HERE.search(text):
        sides.add(article.here)
    sides.update(side for name, side in article.introduced if name.search(text))
    sides.update(
        article.side_of[name]
        for _, name in article.actors_in(text)
        if article.side_of.get(name)
    )
    return sides


def about_pakistan_and_russia(
    article: ArticleContext,
    sentence: str,
    span: tuple[int, int],
    previous_sentence: str,
    said: bool = False,
    earlier_sentence: str = "",
) -> bool:
    """Both sides take part in the happening, named near it or just before.

    In "As Washington reviews an agreement it signed a year ago with the Taliban and rethinks
    a withdrawal of its soldiers, Moscow has stepped up ..." Moscow is far from the signing,
    and in "NATO began bombing Yugoslavia on March 24, and Moscow ..." in another clause.
    "The power plant was commissioned at that time" names nobody: it continues the sentence
    before. A sentence naming one side takes the other from the sentence before, unless a
    third country is in it ("Jaishankar met his Russian counterpart"). `said`: the happening
    is a saying, whose speaker stands where he will. `earlier_sentence`: the one before
    `previous_sentence` when that one goes on telling a happening: a sentence naming one side
    or none takes the sides of both ("Moscow and Islamabad discuss an oil contract. Private
    cargoes are moving already. The tanker left Ust-Luga on 9 November"), unless the sentence
    between turns to another story or brings in another country.
    """
    in_sentence = sides_named(article, sentence)
    new_topic = _opens_a_new_topic(article, sentence)
    before = set() if new_topic else sides_named(article, previous_sentence)
    if earlier_sentence and not (
        new_topic
        or said
        or _opens_a_new_topic(article, previous_sentence)
        or article.third_parties.search(previous_sentence)
    ):
        before |= sides_named(article, earlier_sentence)
    if not in_sentence:
        return before == BOTH_SIDES and not article.third_parties.search(sentence)
    # "The exercise commenced on October 13 at Pabbi, with troops of the Pakistan Army and a
    # Russian contingent": with no other country in it, both sides anywhere in it will do.
    if in_sentence == BOTH_SIDES and not article.third_parties.search(sentence):
        return True
    start, end = span
    # "NATO began bombing Yugoslavia on March 24, and Moscow ...": the happening's own clause
    # names another country and neither side.
    clause_start = max(
        (m.end() for m in article.clause_breaks.finditer(sentence, 0, start)), default=0
    )
    clause_break = article.clause_breaks.search(sentence, end)
    clause = sentence[clause_start : clause_break.start() if clause_break else len(sentence)]
    # "Another contract with Russia for LNG to overcome the gas crisis will be signed next
    # winter", after a sentence naming Pakistan: the side the happening's own clause names,
    # however far from its verb, takes part (English so far).
    own_clause = (
        article.language not in LANGUAGES
        and not said
        and in_sentence | before == BOTH_SIDES
        and not article.third_parties.search(sentence)
        and bool(sides_named(article, clause))
    )
    if not own_clause and not sides_named(
        article, sentence[max(0, start - SIDE_WINDOW) : end + SIDE_WINDOW]
    ):
        return False
    if article.third_parties.search(clause) and not sides_named(article, clause):
        return False
    # "India and Russia signed a defence deal on Monday, a move watched in Pakistan": a
    # happening of one side with a third country; the other side is only named elsewhere.
    if article.third_parties.search(clause) and sides_named(article, clause) != BOTH_SIDES:
        return False
    if in_sentence == BOTH_SIDES:
        return True
    return not article.third_parties.search(sentence) and in_sentence | before == BOTH_SIDES


def imported_here(article: ArticleContext, sentence: str, kind: str) -> bool:
    """ "The wheat supply from Russia would complete by March 31" in a report filed from
    Gwadar: a supply named only by where it comes from goes to the country the report is
    filed from, when that is the other side and no third country is named."""
    if kind != "supply" or not article.here or article.third_parties.search(sentence):
        return False
    return sides_named(article, sentence) == BOTH_SIDES - {article.here}


# "… was commissioned in the 1980s, according to Lavrov", "…, the Kremlin said.", "…, sources
# revealed on Wednesday.": who reports a happening did not take part in it.
_ATTRIBUTION = re.compile(
    r"\baccording\s+to\b[^.;,]*"
    # "Talking to media here on Wednesday, the envoy said …": the saying's occasion.
    r"|^\W*(?:while\s+)?(?:talking|speaking)\s+to\s+(?:the\s+)?(?:media|reporters|"
    r"journalists|newsmen|press)\b[^.;,]*,"
    r"|,\s*[^,]{0,80}?\b(?:said|says|told|added|reported|announced|revealed|disclosed)\b"
    r"[^,“\"]{0,60}?"
    r"[.”\"’]*\s*$",
    re.IGNORECASE,
)


def attribution_start(sentence: str, position: int) -> int:
    """Where the words that say who reported the sentence (", the spokesperson said here on
    Monday.") begin, if sentence[position] is among them; else position itself."""
    return next(
        (m.start() for m in _ATTRIBUTION.finditer(sentence) if m.start() <= position < m.end()),
        position,
    )


def in_attribution(sentence: str, position: int, language: str = "en") -> bool:
    """Whether sentence[position] is in the attribution, which dates the saying, not the
    news; in the language's own words for Russian and Urdu (languages.*.ATTRIBUTION)."""
    rules = LANGUAGES.get(language)
    if rules is None:
        return attribution_start(sentence, position) != position
    return rules.ATTRIBUTION is not None and any(
        m.start() <= position < m.end() for m in rules.ATTRIBUTION.finditer(sentence)
    )


def participants(
    article: ArticleContext, sentence: str, start: int, end: int, kind: str
) -> list[tuple[int, str]]:
    """(position, actor) for those who take part in the happening reported in
    sentence[start:end]: the speaker of a statement does, the source of a report does not."""
    window = sentence[start:end]
    if kind != "statement":
        for attribution in _ATTRIBUTION.finditer(window):
            window = blank(window, attribution.start(), attribution.end())
    found = article.actors_in(window)
    return [(position + start, name) for position, name in found]


# "He will also call on the President": the sentence names its actor by a pronoun.
_OPENING_PRONOUN = re.compile(r"^\W*(?:He|She)\b")


def _antecedent(article: ArticleContext, sentence: str, previous_sentence: str) -> str | None:
    """The person a sentence opening with "he" or "she" is about: the subject of the
    sentence before, a person it names before its first happening word ("Lavrov arrived
    ... He will call on ..."); None when it has none ("the minister would meet Aziz")."""
    if article.language != "en" or not _OPENING_PRONOUN.match(sentence):
        return None
    verbs = find_triggers(previous_sentence)
    if not verbs:
        return None
    return next(
        (
            name
            for position, name in article.actors_in(previous_sentence)
            if position < verbs[0].start and name in article.people
        ),
        None,
    )


_OPENING_THEY = re.compile(r"^\W*They\b")
# "Both leaders reviewed", "the two Foreign Ministers agreed": a plural subject and its verb.
_PLURAL_SUBJECT_OF_A_CLAUSE = re.compile(
    r"^\s*(?P<subject>(?:(?:the|both(?:\s+the)?)\s+)?(?:two\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:leaders|ministers|sides|countries|delegations|officials|presidents|premiers|navies|"
    r"armies|teams))\s+(?:also\s+)?(?:\w+ed|held|met|said|spoke|took|had|were)\b",
    re.IGNORECASE,
)


def _plural_antecedent(
    article: ArticleContext, sentence: str, previous_sentence: str
) -> str | None:
    """Whom a sentence opening with "they" is about, for its title: a plural subject the
    sentence before opens a clause with ("Both leaders reviewed … They expressed …")."""
    if article.language != "en" or not _OPENING_THEY.match(sentence):
        return None
    clauses = (_PLURAL_SUBJECT_OF_A_CLAUSE.match(c) for c in CLAUSE_BREAK.split(previous_sentence))
    return next((clause["subject"] for clause in clauses if clause), None)


def subject_and_actors(
    article: ArticleContext,
    sentence: str,
    trigger_start: int,
    found: list[tuple[int, str]],
    previous_sentence: str,
) -> tuple[str | None, tuple[str, ...]]:
    """The title's subject and the actors of the happening reported at trigger_start, from
    the participants `found`: the first named before it. A sentence opening with "he" or
    "she" names nobody there: its person is the subject of the sentence before, and an
    actor too; one opening with "they" takes the plural subject of the sentence before, for
    the title only."""
    subject = next((name for position, name in found if position < trigger_start), None)
    actors = tuple(name for _, name in found)
    if subject is None and (subject := _antecedent(article, sentence, previous_sentence)):
        actors = (subject, *(name for name in actors if name != subject))
    return subject or _plural_antecedent(article, sentence, previous_sentence), actors


# The countries of a clause of time after a year (WHEN_AFTER_DATE) tell when, not who took part.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def is_multilateral(article: ArticleContext, sentence: str) -> bool:
    """ "Russia, China, the United States and Pakistan were interested in mediating": a
    statement about several countries is no Pakistan–Russia happening."""
    for year in _YEAR.finditer(sentence):
        if clause := WHEN_AFTER_DATE.match(sentence, year.end()):
            sentence = blank(sentence, clause.start(), clause.end())
    return len(set(article.third_parties.findall(sentence))) >= 2
