"""Urdu: sentence ends, happening words, sides, plan markers, titles."""

import re

# Urdu has no capitals: a sentence ends at ۔ ؟ ! (or a Latin full stop some sites use)
# before a space and anything that is not more punctuation.
SENTENCE_END = re.compile(r"[۔؟!?.]+[\"'”’»)\]]*(?=\s+[^\s.,،۔؟])")
WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# Latin abbreviations inside Urdu text ("U.N.", "Dr.").
ABBREVIATIONS = frozenset("mr dr u.s u.n u.k e.u no vs".split())

# Plans and the future: "کریں گے", "کرے گا", "ہوگا", "کا امکان", "متوقع".
FUTURE_MARKERS = re.compile(
    r"(?<!\w)(?:گا|گی|گے|امکان|متوقع|منصوبہ|ارادہ|طے\s+ہے|شیڈول)(?!\w)"
    r"|(?<=\w)(?:وگا|وگی|وگے|ےگا|ےگی|یگا|یگی|نگے|ںگے)(?!\w)"
)
# The past: "تھا", "گیا", "کیا", "ہوئی", and "نے", which marks the doer only in the perfective.
PAST_MARKERS = re.compile(
    r"(?<!\w)(?:تھا|تھی|تھیں|تھے|گیا|گئی|گئیں|گئے|کیا|کی|کیں|کیے|کئے|ہوا|ہوئی|ہوئیں|ہوئے|نے"
    r"|کہا|دیا|دی|لیا|لی|پہنچے|پہنچا|پہنچی)(?!\w)"
)
