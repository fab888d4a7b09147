"""Compiled regular expressions, one per family of temporal expression.

Each pattern marks the extent TimeML wants: a leading preposition ("on", "in", "since")
is matched only as context, outside the span; modifiers that belong to the expression
("early", "last", "the", "more than") are inside it. Where the extent does not start at the
match start, the span is the named group `x`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .vocabulary import (
    DECADE_WORDS,
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    ORDINALS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAY_NUMBERS,
)


def _alternatives(words: Iterable[str]) -> str:
    """The words as a regex trie: "ago|annual" -> "a(?:go|nnual)", longest match first.

    The engine tries alternatives one by one at every position; branching on one
    character at a time makes a scan about three times faster than a flat list. A space
    in a word matches any run of white space.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def alternation(node: dict) -> str:
        branches = [_literal(c) + alternation(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return alternation(trie)


def _literal(character: str) -> str:
    return r"\s+" if character == " " else re.escape(character)


_FULL_MONTH = _alternatives(FULL_MONTH_NAMES + [m.upper() for m in FULL_MONTH_NAMES])
MONTH = rf"(?P<month>(?:{_FULL_MONTH})\b|(?:{_alternatives(MONTH_ABBREVIATIONS)})(?:\.|\b))"
FULL_MONTH = rf"(?P<month>(?:{_FULL_MONTH})\b)"
_WEEKDAYS = [w.capitalize() for w in WEEKDAY_NUMBERS] + [w.upper() for w in WEEKDAY_NUMBERS]
WEEKDAY = rf"(?P<weekday>{_alternatives(_WEEKDAYS)})\b"
DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
SECOND_DAY = r"(?P<day2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})\b(?!['’]?s\b|[.,]\d)"
_RANGE_DASH = r"(?:-|–|—)"
# A number glued to other digits, currency or a hyphenated name is not a date ("$2021",
# "1,999", "Covid-19", "F-16").
_NOT_GLUED = r"(?<![\w.,$£€/-])"

_DIGIT_WORDS = _alternatives(list(SMALL_NUMBERS)[2:11])  # one ... nine
NUMBER = (
    rf"(?P<num>\d+(?:\.\d+)?|(?:(?:{_alternatives(TENS)})(?:[-\s](?:{_DIGIT_WORDS}))?"
    rf"|{_alternatives(SMALL_NUMBERS)})\b"
    r"|several|a\s+few|few|many|some|dozens\s+of|hundreds\s+of)"
)
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies))"
)
# Modifiers TimeML keeps inside a duration's extent (they become its `mod`).
DURATION_MODIFIER = (
    r"(?P<dmod>(?:more|less|fewer)\s+than\s+|(?:nearly|almost|about|around|roughly|"
    r"approximately|some|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|well\s+over|"
    r"the\s+(?:past|last|next|first|previous|coming|following|same|entire|whole))\s+)?"
)
# Modifiers that narrow a date to part of it ("early 2020", "later this year", "mid-April",
# "the end of June"): inside the extent, the value keeps the whole period.
PART_MODIFIER = (
    r"(?P<mod>(?i:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle|end|beginning|start)"
    r"(?:\s+of\s+|-|\s+)(?:the\s+)?"
    # "the first week of March" and "the first half of March" are the modifiers that narrow:
    # to days 1-7 and 1-15 (see resolve).
    r"|(?:the\s+)?(?P<week_of>first|second|third|fourth|last|final)\s+week\s+of\s+"
    rf"|(?:the\s+)?(?P<half_of>first|second|latter)\s+half\s+of\s+(?=(?:{_FULL_MONTH})\b)))?"
)
_ORDINAL_WORDS = _alternatives(k for k in ORDINALS if k not in ("last", "final"))
_DECADE_WORDS = _alternatives(DECADE_WORDS)
_PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"


def _expression(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a pattern that starts at the start of a word (or at an apostrophe: "'80s").

    Saying so up front lets the engine give up at once at most positions of the text.
    """
    return re.compile(rf"(?<!\w)(?=[\w'’])(?:{pattern})", flags)


# US order, as in American wire copy: 10/25/89.
NUMERIC_DATE = _expression(
    r"(?<![\w/.-])(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12][0-9]|3[01])/"
    r"(?P<year>[0-9]{4}|[0-9]{2})(?![\w/])"
)
ISO_DATE = _expression(r"(?<![\w-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w-])")

# "the evening of February 23": a time of day on a date.
_PART_OF_DATE = r"(?:(?i:the\s+)(?P<part>(?i:morning|afternoon|evening|night))\s+of\s+)?"
_YEAR_OR_RELATIVE_YEAR = rf"(?:,?\s+{YEAR}|\s+(?P<relyear>(?i:last|this|next)\s+year))?"
MONTH_DAY = _expression(
    rf"{_PART_OF_DATE}(?:{WEEKDAY},?\s+)?{MONTH}\s*{DAY}"
    rf"(?:\s*(?:{_RANGE_DASH}|to|through|until|till)\s*{SECOND_DAY})?{_YEAR_OR_RELATIVE_YEAR}"
    r"(?![\w-])"
)
DAY_MONTH = _expression(
    rf"{_NOT_GLUED}{_PART_OF_DATE}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}"
    rf"(?:\s*(?:{_RANGE_DASH}|to|and|until|till)\s*(?:the\s+)?{SECOND_DAY})?"
    rf"\s+(?:of\s+)?{MONTH}{_YEAR_OR_RELATIVE_YEAR}"
)
HOLIDAY = _expression(
    r"(?P<holiday>New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Christmas(?!\s+\w+s\b))"
    rf"(?:,?\s+{YEAR})?"
)
# "the April-June quarter"
MONTH_SPAN_QUARTER = _expression(
    rf"(?:the\s+)?{MONTH}\s*[-–/]\s*{MONTH.replace('<month>', '<last_month>')}\s+quarter"
    rf"(?:\s+(?:of\s+)?{YEAR})?"
)
# "during July-March of the current fiscal year", "in January-June 2024": the months from one
# to another (Pakistan's fiscal year, in which its trade is counted, runs July to June).
MONTH_SPAN = _expression(
    rf"{MONTH}\s*[-–/]\s*{MONTH.replace('<month>', '<last_month>')}(?![-–\w]|\s+quarter)"
    rf"(?:,?\s+{YEAR}|\s+(?:of\s+)?(?:the\s+)?(?P<fiscal>(?i:current|this|last|previous))"
    r"\s+(?i:fiscal|financial)\s+year)?"
)
MONTH_YEAR = _expression(rf"{PART_MODIFIER}{MONTH},?\s+(?:of\s+)?{YEAR}")
MONTH_ALONE = _expression(
    rf"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming)\s+)?{PART_MODIFIER}{FULL_MONTH}"
    r"(?P<relyear>,?\s+(?:last|this|next|that|the\s+same|the\s+following|the\s+previous)\s+year)?"
    r"(?!\s*\d)"
)
WEEKDAY_MENTION = _expression(
    # "late Friday": the modifier is part of the expression (TimeML mod="END").
    r"(?:(?i:early|late)\s+)?"
    rf"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|coming|past)\s+)?{WEEKDAY}"
    r"(?:\s*\((?P<dom>\d{1,2})(?:st|nd|rd|th)?\))?"
    rf"(?:\s+{_PART_OF_DAY})?"
)
YEAR_MENTION = _expression(
    rf"{_NOT_GLUED}{PART_MODIFIER}(?P<yearword>the\s+year\s+|(?i:fiscal)\s+(?:year\s+)?)?"
    # A possessive year ("1987's results") is a year; "1980's" is a decade.
    r"(?P<year>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)(?!(?<=0)['’]?s\b)"
    rf"(?:\s*(?:{_RANGE_DASH}|/)\s*(?P<year2>\d{{4}}|\d{{2}})\b)?"
    r"(?!\s*(?:%|percent|per\s+cent)|[\w-])"
)
DECADE = _expression(
    r"(?P<the>the\s+)?(?P<mod>(?:early|late|mid)(?:-|\s+))?"
    rf"(?:(?P<digits>1[0-9]{{2}}0|20[0-9]0)['’]?s|['’]?(?P<short>\d0)['’]?s|(?P<words>{_DECADE_WORDS}))"
    r"\b",
    re.IGNORECASE,
)
CENTURY = _expression(
    r"(?:the\s+)?(?P<mod>(?:early|late|mid)(?:-|\s+))?"
    rf"(?:(?P<number>\d{{1,2}})(?:st|nd|rd|th)|(?P<ordinal>{_ORDINAL_WORDS}))[-\s]+centur(?:y|ies)\b",
    re.IGNORECASE,
)
RELATIVE_CENTURY = _expression(
    r"(?P<rel>this|last|next|the\s+last|the\s+previous)\s+century\b", re.IGNORECASE
)
RELATIVE_UNIT = _expression(
    rf"{PART_MODIFIER}(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+current"
    r"|the\s+outgoing)"
    r"\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade)\b(?!-)",
    re.IGNORECASE,
)
# "the year-earlier period", "year-ago levels": the previous period.
PERIOD_BEFORE = _expression(r"(?P<unit>year|month|week|quarter)-(?:earlier|ago)\b", re.IGNORECASE)
PERIOD_EDGE = _expression(
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|rest|remainder)\s+of\s+|"
    r"(?:later|earlier)\s+in\s+)the\s+(?P<unit>year|month|week)\b"
    r"|\b(?P<unit_end>year|month)(?:-end|['’]s\s+end)\b",
    re.IGNORECASE,
)
THE_WEEKEND = _expression(r"\bthe\s+weekend\b", re.IGNORECASE)
# "the next day", "the following year", "that day", "the same week", "the past year",
# "later in the day".
UNIT_AFTER_DETERMINER = _expression(
    r"(?P<mod>(?:earlier|later|early|late)\s+)?"
    r"(?P<det>the\s+past|the\s+last|the\s+next|the\s+previous|the\s+following|the\s+same|that"
    r"|(?i:(?<=later\s)|(?<=earlier\s))in\s+the(?=\s+day\b))"
    r"\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year|decade|century)"
    r"\b(?![-'’])",
    re.IGNORECASE,
)
DISTANCE_FROM_ANCHOR = _expression(
    rf"{_NOT_GLUED}(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s){DURATION_MODIFIER}{NUMBER}\s+{UNIT}\s+"
    r"(?P<direction>ago|back|earlier|later|from\s+now|hence)\b",
    re.IGNORECASE,
)
VAGUE_DISTANCE = _expression(
    r"\b(?:(?P<few>a\s+few)\s+(?=(?:days|weeks|months)\s+(?:ago|back)\b)"
    r"|(?:many|several|some|a\s+few)\s+)?"
    r"(?P<unit>years|decades|months|weeks|days|centuries|(?:a|one)\s+generation)\s+"
    r"(?:ago|(?<=days\s|eeks\s|nths\s)back)\b",
    re.IGNORECASE,
)
# TimeML keeps the article of an adjectival duration in the extent: "a two-day visit".
_ADJECTIVE_ARTICLE = (
    r"(?:(?:an?|the)\s+(?=[\w.]+-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?|centur)))?"
)
DURATION = _expression(
    rf"{_NOT_GLUED}{_ADJECTIVE_ARTICLE}{DURATION_MODIFIER}{NUMBER}(?:-|\s+){UNIT}"
    r"(?P<tail>-old|-long|\s+old)?\b(?!-)(?:\s+of\s+(?P<of_year>1[0-9]{3}|20[0-9]{2})\b)?",
    re.IGNORECASE,
)
DURATION_AND_A_HALF = _expression(
    rf"{DURATION_MODIFIER}(?:{NUMBER}\s+and\s+a\s+half\s+{UNIT}"
    r"|(?:an?|one)\s+(?P<unit2>day|week|month|year|decade|century|hour)\s+and\s+a\s+half)\b",
    re.IGNORECASE,
)
FRACTION_DURATION = _expression(
    rf"{DURATION_MODIFIER}(?P<fraction>three[-\s]quarters?|an?\s+quarter|one[-\s]quarter|quarter|"
    r"half|one[-\s]half|a\s+half)[-\s]+(?:of\s+)?(?:an?\s+)?"
    r"(?P<unit>century|decade|year|month|week|day|hour)\b",
    re.IGNORECASE,
)
# "for years", "in decades", "decades-long", "years of war": a duration of unknown length.
BARE_PLURAL_DURATION = _expression(
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bfor\s\s))"
    r"(?P<unit>years|decades|months|weeks|centuries)\b(?!\s+(?:ago|of\s+age|old)\b|-)"
    r"|\b(?P<unit_b>years|decades|months|centuries)(?:-long\b|(?=\s+of\s+(?!age\b)))"
    r"|\b(?P<unit_c>days|weeks|months|years|decades)"
    r"(?=\s+(?:after|before|later|earlier|in\s+advance)\b)"
    r"|\b(?P<single_unit>day|week|month|year|decade|century)-long\b",
    re.IGNORECASE,
)
RECENT_OR_COMING = _expression(
    r"(?:the\s+)?(?P<which>recent|coming)\s+"
    r"(?P<unit>years|months|weeks|days|decades)\b",
    re.IGNORECASE,
)
REFERENCE = _expression(
    r"\b(?:(?P<present>nowadays|Nowadays|currently|Currently|presently|Presently|at\s+present|"
    r"At\s+present|these\s+days|These\s+days|right\s+now|now|Now|the\s+present\s+day|"
    r"present[-\s]day)"
    r"|(?P<past>recently|Recently|lately|(?<=\b(?:in|of|to)\s)the\s+(?:distant\s+|recent\s+)?past)"
    r"|(?P<future>the\s+future|the\s+near\s+future|the\s+distant\s+future|(?<=\bin\s)future|"
    r"(?<!as\s)soon(?!\s+(?:after|afterwards|as)\b)))\b(?![-‐]\w)"
)
DAY_WORD = _expression(
    r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|[Yy]esterday|"
    r"[Tt]oday|[Tt]omorrow|[Tt]onight|this\s+(?P<this_part>morning|afternoon|evening)|"
    r"last\s+night)"
    rf"(?:\s+{_PART_OF_DAY})?",
    re.IGNORECASE,
)
QUARTER_OR_HALF = _expression(
    rf"{PART_MODIFIER}(?:the\s+)?(?P<ordinal>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
    r"(?:\s+|-)(?P<kind>quarter|half)"
    rf"(?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<rel>last|this|next|the)\s+year|{YEAR}))?\b",
    re.IGNORECASE,
)
# "FY2023", "FY23", "FY2022-23", "FY 2023-24": a fiscal year by its abbreviation.
FISCAL_YEAR_CODE = _expression(
    r"FY\s?(?P<year>20\d\d|\d\d)(?:\s*[-–/]\s*(?P<year2>20\d\d|\d\d))?\b"
)
QUARTER_CODE = _expression(rf"\bQ(?P<quarter>[1-4])(?:\s+|-|/)?(?:{YEAR}|(?P<short>\d\d)\b)")
SEASON = _expression(
    rf"{PART_MODIFIER}(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming)\s+)?"
    r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)"
    rf"(?:\s+(?:of\s+)?{YEAR})?\b(?![-'’])"
)
CLOCK_TIME = _expression(
    r"(?<![\w:.,])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?\s*"
    r"(?P<meridiem>[ap]\.m\.|[ap]m\b)|\b(?P<noon>noon|midnight)\b",
    re.IGNORECASE,
)
ANAPHORIC_TIME = _expression(
    r"\b(?:at|during|by|until|till|since|from|before)\s+(?P<x>that\s+time|the\s+time)\b"
    r"(?!\s+(?:of|when|being|that)\b)",
    re.IGNORECASE,
)
# "then" is temporal in an appositive ("X, then the largest in the country,"), not in
# sequences ("and then", "then they left").
TEMPORAL_THEN = re.compile(
    r",\s+(?P<x>then)\s+(?=(?:the|a|an|its|his|her|their)\s+"
    r"(?:\w+est|first|only|sole|main|leading|biggest|largest)\b)"
)
RECURRENCE = _expression(
    r"\b(?:(?P<every>every|each)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?"
    rf"(?P<unit>day|week|month|year|decade|morning|afternoon|evening|night|weekend|"
    rf"spring|summer|autumn|winter|{_alternatives(_WEEKDAYS[:7])})s?"
    r"|(?P<annual>annually|yearly)"
    r"|(?P<adjective>daily|weekly|fortnightly|monthly|quarterly|annual|hourly)"
    r"|(?P<times>once|twice|thrice|three\s+times)\s+(?:a|per|every)\s+"
    r"(?P<unit2>day|week|month|year|decade)"
    rf"|(?<=\bon\s)(?P<weekdays>{_alternatives(_WEEKDAYS[:7])})s)\b",
    re.IGNORECASE,
)


# --- triggers ------------------------------------------------------------------------
# Python's regex engine tries every optional prefix at every position, so the patterns above
# are slow on a megabyte of text. One case-sensitive alternation of literal words is fast (the
# engine skips ahead on first characters): the resolver scans for these trigger words once
# and runs each pattern only in windows around the hits of its family.

TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "month": (*(m.lower() for m in MONTH_ABBREVIATIONS), "may", "sep"),
    "weekday": tuple(WEEKDAY_NUMBERS),
    "holiday": ("christmas", "new year"),
    "unit": ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
             "centur", "quarter", "morning", "afternoon", "evening", "night"),
    "distance": ("ago", "back", "later", "earlier", "now", "hence"),
    "day_word": ("yesterday", "today", "tomorrow", "tonight", "this", "last night"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "century": ("centur",),
    "quarter": ("quarter", "half"),
    "decade": tuple(DECADE_WORDS),
    "weekend": ("weekend",),
    "time": ("time",),
    "clock": ("noon", "midnight"),
    "then": ("then",),
    "reference": ("now", "current", "present", "these days", "recent", "lately", "past",
                  "future", "soon"),
    "recurrence": ("every", "each", "annual", "yearly", "once", "twice", "thrice", "times",
                   "daily", "weekly", "monthly", "quarterly", "hourly",
                   *(f"{w}s" for w in WEEKDAY_NUMBERS)),
}  # fmt: skip
# Proper names are capitalised: a lower-case "may" or "march" opens no window for these.
CAPITALISED_FAMILIES = frozenset({"month", "weekday", "holiday"})
TRIGGER_PATTERNS: dict[str, re.Pattern] = {
    "digits": re.compile(r"\d{4}"),
    "decade": re.compile(r"[0-9]0['’]?s"),
    "quarter": re.compile(r"Q[1-4]"),
    "fiscal": re.compile(r"FY\s?\d"),
    "clock": re.compile(r"[0-9]\s?[AaPp]\.?[Mm]\b"),
    "slash": re.compile(r"[0-9]/[0-9]"),
}


def _word_trigger() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """The alternation of all trigger words (to search lower-cased text), and their families.

    A word belongs to the families of every trigger word it starts with: the alternation
    matches the longest word, so "weekend" must also count as "week" and "mondays" as
    "monday".
    """
    words = {word for family_words in TRIGGER_WORDS.values() for word in family_words}
    families = {
        word: frozenset(
            family
            for family, family_words in TRIGGER_WORDS.items()
            if any(word.startswith(w) for w in family_words)
        )
        for word in words
    }
    return re.compile(rf"\b(?:{_alternatives(words)})"), families


WORD_TRIGGER, WORD_TRIGGER_FAMILIES = _word_trigger()
