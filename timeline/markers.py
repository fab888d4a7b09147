"""Words that put a happening after the report: the one list of future and plan markers.

The date resolver reads them as the tense around a date ("will travel on Wednesday" is the
next Wednesday), extraction as a planned status ("are scheduled to meet") and titles as
"to …" ("Khan to travel to Moscow"). Each builds its pattern from FUTURE_MARKER, so a
marker added here counts everywhere. The source is lower case: match it against
lower-cased text or with re.IGNORECASE.
"""

# "due to the weather", "is to the north": "to" before a determiner is no infinitive.
_INFINITIVE_FOLLOWS = r"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)"
# "agreed to convene", "have decided to open": a decision whose happening is still ahead. The
# deciding itself is past: "on Tuesday agreed to meet in March" agreed last Tuesday.
DECIDED_TO = (
    r"\b(?:(?:have|has|had)\s+)?(?:agreed|decided|vowed|pledged|promised)\s+to\b"
    + _INFINITIVE_FOLLOWS
)
_PLAN_VERBS = (
    "plans?|planning|intends?|intending|hopes?|hoping|aims?|aiming|expected|scheduled|slated|"
    "set|due|likely|poised"
)
# "the political will", "the will of the people": the noun is no future.
_NOT_THE_NOUN = r"(?<!\bpolitical\s)(?<!\bthe\s)(?<!\bgood\s)(?<!\bfree\s)"
FUTURE_MARKER = (
    rf"(?:{_NOT_THE_NOUN}\b(?:will|shall|would|won't|wo\s+n't)\b|['’]ll\b"
    r"|(?:\b(?:is|are|am)|['’]s)\s+(?:\w+ly\s+|also\s+|now\s+|not\s+)?"
    r"(?:(?:set|expected|due|scheduled|slated|poised|going|likely|planning|about)\s+)?to\b"
    + _INFINITIVE_FOLLOWS
    + rf"|\b(?:{_PLAN_VERBS})\s+to\b"
    + _INFINITIVE_FOLLOWS
    + rf"|{DECIDED_TO}"
    # "a meeting is set for Wednesday": a happening put on the calendar.
    + r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:set|scheduled|slated|planned|fixed)\s+for\b"
    # "Lavrov is due in Islamabad on Monday": an arrival expected.
    r"|\b(?:is|are)\s+(?:also\s+)?due\s+(?:in|at|here|back)\b)"
)
