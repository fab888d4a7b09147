"""Sentences with offsets, for news text.

A sentence ends at . ! or ? (and any closing quotes or brackets after it) followed by
space and something that can start a sentence. Abbreviations ("Mr.", "U.S.", "Sept.") do
not end a sentence, and a quotation's closing mark stays with the sentence it closes, so a
quoted remark keeps its attribution ("… end the war,” he said.). A quotation of several
sentences is several sentences: each may report its own happening.
"""

import re
from dataclasses import dataclass

from timeline.languages import LANGUAGES

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm rev st jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.s.a p.m a.m i.e e.g govt dept approx est fig vol""".split()
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int, rules) -> bool:
    match = rules.WORD_BEFORE_PERIOD.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1).lower()
    # Single capital initials ("J. Smith") are abbreviations too.
    return word in rules.ABBREVIATIONS or len(word) == 1


class _English:
    SENTENCE_END = _END
    WORD_BEFORE_PERIOD = _WORD_BEFORE
    ABBREVIATIONS = ABBREVIATIONS


def split_sentences(
    text: str, start: int = 0, end: int | None = None, language: str = "en"
) -> list[Sentence]:
    """Sentences of text[start:end], with offsets into text, surrounding space trimmed.

    `language` (ISO 639-1) picks the punctuation and abbreviations: Russian initials
    ("В. В. Путин"), Urdu's ۔ and ؟.
    """
    end = len(text) if end is None else end
    rules = LANGUAGES.get(language, _English)
    sentences = []
    cursor = start
    for match in rules.SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        first_dot = match.start()
        if text[first_dot] == "." and _is_abbreviation(text, first_dot, rules):
            continue
        _append(sentences, text, cursor, stop)
        cursor = stop
    _append(sentences, text, cursor, end)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))
