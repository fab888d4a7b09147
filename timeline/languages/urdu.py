"""Urdu: sentence ends, happening words, sides, plan markers, titles."""

import re

# Urdu has no capitals: a sentence ends at ۔ ؟ ! (or a Latin full stop some sites use)
# before a space and anything that is not more punctuation.
SENTENCE_END = re.compile(r"[۔؟!?.]+[\"'”’»)\]]*(?=\s+[^\s.,،۔؟])")
WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# Latin abbreviations inside Urdu text ("U.N.", "Dr.").
ABBREVIATIONS = frozenset("mr dr u.s u.n u.k e.u no vs".split())
