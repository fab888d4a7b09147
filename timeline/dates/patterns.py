"""Compiled regular expressions, one per family of temporal expression.

Each pattern marks the extent TimeML wants: a leading preposition ("on", "in", "since")
is matched only as context, outside the span; modifiers that belong to the expression
("early", "last", "the", "more than") are inside it. Where the extent does not start at the
match start, the span is the named group `x`.
"""

from __future__ import annotations

import re

from .vocabulary import (
    DECADE_WORDS,
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    ORDINALS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAY_NUMBERS,
)


def _alternatives(words) -> str:
    # Longest first, so that "Sept" wins over "Sep" and "twenty-one" over "twenty".
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)


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

_NUMBER_WORDS = [f"{t}-{o}" for t in TENS for o in list(SMALL_NUMBERS)[2:11]]
_NUMBER_WORDS += [f"{t} {o}" for t in TENS for o in list(SMALL_NUMBERS)[2:11]]
_NUMBER_WORDS += list(TENS) + list(SMALL_NUMBERS)
NUMBER = (
    rf"(?P<num>\d+(?:\.\d+)?|(?:{_alternatives(_NUMBER_WORDS)})\b"
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
    r"(?:\s+of\s+|-|\s+)(?:the\s+)?))?"
)
_ORDINAL_WORDS = _alternatives(k for k in ORDINALS if k not in ("last", "final"))
_DECADE_WORDS = _alternatives(DECADE_WORDS)
_PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"

ISO_DATE = re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w-])")

# "the evening of February 23": a time of day on a date.
_PART_OF_DATE = r"(?:(?i:the\s+)(?P<part>(?i:morning|afternoon|evening|night))\s+of\s+)?"
_YEAR_OR_RELATIVE_YEAR = rf"(?:,?\s+{YEAR}|\s+(?P<relyear>(?i:last|this|next)\s+year))?"
MONTH_DAY = re.compile(
    rf"{_PART_OF_DATE}(?:{WEEKDAY},?\s+)?{MONTH}\s*{DAY}"
    rf"(?:\s*(?:{_RANGE_DASH}|to|through|until|till)\s*{SECOND_DAY})?{_YEAR_OR_RELATIVE_YEAR}"
    r"(?![\w-])"
)
DAY_MONTH = re.compile(
    rf"{_NOT_GLUED}{_PART_OF_DATE}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}"
    rf"(?:\s*(?:{_RANGE_DASH}|to|and|until|till)\s*(?:the\s+)?{SECOND_DAY})?"
    rf"\s+(?:of\s+)?{MONTH}{_YEAR_OR_RELATIVE_YEAR}"
)
HOLIDAY = re.compile(
    r"(?P<holiday>New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Christmas(?!\s+\w+s\b))"
    rf"(?:,?\s+{YEAR})?"
)
# "the April-June quarter"
MONTH_SPAN_QUARTER = re.compile(
    rf"(?:the\s+)?{MONTH}\s*[-–]\s*{MONTH.replace('<month>', '<last_month>')}\s+quarter"
    rf"(?:\s+(?:of\s+)?{YEAR})?"
)
MONTH_YEAR = re.compile(rf"{PART_MODIFIER}{MONTH},?\s+(?:of\s+)?{YEAR}")
MONTH_ALONE = re.compile(
    rf"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming)\s+)?{PART_MODIFIER}{FULL_MONTH}"
    r"(?P<relyear>\s+(?:last|this|next|that|the\s+same|the\s+following|the\s+previous)\s+year)?"
    r"(?!\s*\d)"
)
WEEKDAY_MENTION = re.compile(
    rf"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|coming|past)\s+)?{WEEKDAY}"
    r"(?:\s*\((?P<dom>\d{1,2})(?:st|nd|rd|th)?\))?"
    rf"(?:\s+{_PART_OF_DAY})?"
)
YEAR_MENTION = re.compile(
    rf"{_NOT_GLUED}{PART_MODIFIER}(?P<yearword>the\s+year\s+)?{YEAR}"
    rf"(?:\s*(?:{_RANGE_DASH}|/)\s*(?P<year2>\d{{4}}|\d{{2}})\b)?"
    r"(?!\s*(?:%|percent|per\s+cent)|[\w-])"
)
DECADE = re.compile(
    r"(?P<the>the\s+)?(?P<mod>(?:early|late|mid)(?:-|\s+))?"
    rf"(?:(?P<digits>1[0-9]{{2}}0|20[0-9]0)['’]?s|['’]?(?P<short>\d0)['’]?s|(?P<words>{_DECADE_WORDS}))"
    r"\b",
    re.IGNORECASE,
)
CENTURY = re.compile(
    r"(?:the\s+)?(?P<mod>(?:early|late|mid)(?:-|\s+))?"
    rf"(?:(?P<number>\d{{1,2}})(?:st|nd|rd|th)|(?P<ordinal>{_ORDINAL_WORDS}))[-\s]+centur(?:y|ies)\b",
    re.IGNORECASE,
)
RELATIVE_CENTURY = re.compile(
    r"(?P<rel>this|last|next|the\s+last|the\s+previous)\s+century\b", re.IGNORECASE
)
RELATIVE_UNIT = re.compile(
    rf"{PART_MODIFIER}(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+current)"
    r"\s+(?P<unit>week|weekend|month|year|quarter|decade)\b(?!-)",
    re.IGNORECASE,
)
PERIOD_EDGE = re.compile(
    r"(?P<edge>(?:the\s+)?(?:end|start|beginning|middle|rest|remainder)\s+of\s+|"
    r"(?:later|earlier)\s+in\s+)the\s+(?P<unit>year|month|week)\b",
    re.IGNORECASE,
)
THE_WEEKEND = re.compile(r"\bthe\s+weekend\b", re.IGNORECASE)
# "the next day", "the following year", "that day", "the same week", "the past year".
UNIT_AFTER_DETERMINER = re.compile(
    r"(?P<mod>(?:earlier|later|early|late)\s+)?"
    r"(?P<det>the\s+past|the\s+last|the\s+next|the\s+previous|the\s+following|the\s+same|that)"
    r"\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year|decade|century)"
    r"\b(?![-'’])",
    re.IGNORECASE,
)
DISTANCE_FROM_ANCHOR = re.compile(
    rf"{_NOT_GLUED}(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s){DURATION_MODIFIER}{NUMBER}\s+{UNIT}\s+"
    r"(?P<direction>ago|back|earlier|later|from\s+now|hence)\b",
    re.IGNORECASE,
)
VAGUE_DISTANCE = re.compile(
    r"\b(?:(?:many|several|some|a\s+few)\s+)?(?P<unit>years|decades|months|weeks|days|centuries)"
    r"\s+ago\b",
    re.IGNORECASE,
)
# TimeML keeps the article of an adjectival duration in the extent: "a two-day visit".
_ADJECTIVE_ARTICLE = (
    r"(?:(?:an?|the)\s+(?=[\w.]+-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?|centur)))?"
)
DURATION = re.compile(
    rf"{_NOT_GLUED}{_ADJECTIVE_ARTICLE}{DURATION_MODIFIER}{NUMBER}(?:-|\s+){UNIT}"
    r"(?P<tail>-old|-long)?\b(?!-)(?:\s+of\s+(?P<of_year>1[0-9]{3}|20[0-9]{2})\b)?",
    re.IGNORECASE,
)
DURATION_AND_A_HALF = re.compile(
    rf"{DURATION_MODIFIER}(?:{NUMBER}\s+and\s+a\s+half\s+{UNIT}"
    r"|(?:an?|one)\s+(?P<unit2>day|week|month|year|decade|century|hour)\s+and\s+a\s+half)\b",
    re.IGNORECASE,
)
FRACTION_DURATION = re.compile(
    rf"{DURATION_MODIFIER}(?P<fraction>three[-\s]quarters?|an?\s+quarter|one[-\s]quarter|quarter|"
    r"half|one[-\s]half|a\s+half)[-\s]+(?:of\s+)?(?:an?\s+)?"
    r"(?P<unit>century|decade|year|month|week|day|hour)\b",
    re.IGNORECASE,
)
# "for years", "in decades", "decades-long", "years of war": a duration of unknown length.
BARE_PLURAL_DURATION = re.compile(
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bfor\s\s))"
    r"(?P<unit>years|decades|months|weeks|centuries)\b(?!\s+(?:ago|of\s+age|old)\b|-)"
    r"|\b(?P<unit_b>years|decades|months|centuries)(?:-long\b|(?=\s+of\s+(?!age\b)))"
    r"|\b(?P<unit_c>days|weeks|months|years|decades)"
    r"(?=\s+(?:after|before|later|earlier|in\s+advance)\b)"
    r"|\b(?P<single_unit>day|week|month|year|decade|century)-long\b",
    re.IGNORECASE,
)
RECENT_OR_COMING = re.compile(
    r"(?:the\s+)?(?P<which>recent|coming)\s+"
    r"(?P<unit>years|months|weeks|days|decades)\b",
    re.IGNORECASE,
)
REFERENCE = re.compile(
    r"\b(?:(?P<present>nowadays|Nowadays|currently|Currently|presently|Presently|at\s+present|"
    r"At\s+present|these\s+days|These\s+days|right\s+now|now|Now|the\s+present\s+day|"
    r"present[-\s]day)"
    r"|(?P<past>recently|Recently|lately|(?<=\b(?:in|of|to)\s)the\s+(?:distant\s+|recent\s+)?past)"
    r"|(?P<future>the\s+future|the\s+near\s+future|the\s+distant\s+future|(?<=\bin\s)future|"
    r"(?<!as\s)soon(?!\s+(?:after|afterwards|as)\b)))\b(?![-‐]\w)"
)
DAY_WORD = re.compile(
    r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|[Yy]esterday|"
    r"[Tt]oday|[Tt]omorrow|[Tt]onight|this\s+(?P<this_part>morning|afternoon|evening)|"
    r"last\s+night)"
    rf"(?:\s+{_PART_OF_DAY})?",
    re.IGNORECASE,
)
QUARTER_OR_HALF = re.compile(
    rf"{PART_MODIFIER}(?:the\s+)?(?P<ordinal>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
    r"(?:\s+|-)(?P<kind>quarter|half)"
    rf"(?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<rel>last|this|next|the)\s+year|{YEAR}))?\b",
    re.IGNORECASE,
)
QUARTER_CODE = re.compile(rf"\bQ(?P<quarter>[1-4])(?:\s+|-|/)?(?:{YEAR}|(?P<short>\d\d)\b)")
SEASON = re.compile(
    rf"{PART_MODIFIER}(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming)\s+)?"
    r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)"
    rf"(?:\s+(?:of\s+)?{YEAR})?\b(?![-'’])"
)
CLOCK_TIME = re.compile(
    r"(?<![\w:.,])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?\s*"
    r"(?P<meridiem>[ap]\.m\.|[ap]m\b)",
    re.IGNORECASE,
)
ANAPHORIC_TIME = re.compile(
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
RECURRENCE = re.compile(
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
# are slow on a megabyte of text. A case-sensitive literal alternation is fast (the engine
# skips ahead on its first characters): the resolver runs each pattern only in a window
# around the hits of its trigger.


def _trigger(*words: str) -> re.Pattern:
    variants = {v for w in words for v in (w, w.capitalize(), w.upper())}
    return re.compile("|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)))


_UNIT_WORDS = (
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur",
    "quarter", "morning", "afternoon", "evening", "night",
)  # fmt: skip
MONTH_TRIGGER = _trigger(*(m.lower() for m in MONTH_ABBREVIATIONS), "may", "sep")
WEEKDAY_TRIGGER = _trigger(*WEEKDAY_NUMBERS)
DIGITS_TRIGGER = re.compile(r"\d{4}")
UNIT_TRIGGER = _trigger(*_UNIT_WORDS)
DISTANCE_TRIGGER = _trigger("ago", "back", "later", "earlier", "from now", "hence")
DAY_WORD_TRIGGER = _trigger("yesterday", "today", "tomorrow", "tonight", "this", "last night")
QUARTER_TRIGGER = re.compile(r"quarter|half|Quarter|Half|Q[1-4]")
SEASON_TRIGGER = _trigger("spring", "summer", "autumn", "fall", "winter")
DECADE_TRIGGER = re.compile(r"0['’]?s|ties")
CENTURY_TRIGGER = _trigger("centur")
WEEKEND_TRIGGER = _trigger("weekend")
TIME_TRIGGER = re.compile(r"time")
THEN_TRIGGER = re.compile(r"then")
REFERENCE_TRIGGER = _trigger("now", "current", "present", "these days", "recent", "lately",
                             "past", "future", "soon")  # fmt: skip
RECURRENCE_TRIGGER = _trigger("every", "each", "annual", "yearly", "once", "twice", "thrice",
                              "times", "daily", "weekly", "monthly", "quarterly", "hourly",
                              *(f"{w}s" for w in WEEKDAY_NUMBERS))  # fmt: skip
HOLIDAY_TRIGGER = re.compile(r"Christmas|CHRISTMAS|New Year|NEW YEAR")
CLOCK_TRIGGER = re.compile(r"[AaPp]\.?[Mm]\b")
