"""Sentences with offsets, for news text: the one splitter that the date resolver (for the
tense around a date) and extraction (for what a sentence reports) share.

A sentence ends at . ! or ? (and any closing quotes or brackets after it) followed by
space and something that can start a sentence, and at a line break: a headline or a
caption has no full stop. A line wrapped by the sender ("… held a bilateral\nmeeting
with …") goes on: a long line without a full stop, or a line followed by a lower-case
word. Abbreviations ("Mr.", "U.S.", "Sept.") and initials ("J. Smith") do not end a
sentence, and a quotation's closing mark stays with the sentence it closes, so a quoted
remark keeps its attribution ("… end the war,” he said.). A quotation of several
sentences is several sentences: each may report its own happening. The language (ISO
639-1) picks the punctuation and abbreviations: Russian initials ("В. В. Путин"), Urdu's ۔
and ؟; English rules read any other.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from timeline.languages import LANGUAGES

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm rev st jr sr no nos vs v etc inc ltd co
    corp sen rep gov hon brig cmdr op pp jan feb mar apr jun jul aug sep sept oct nov dec mon
    tue tues wed thu thur thurs fri sat sun govt dept approx est fig vol""".split()
)
# A stop the copy left without its space ("begins on June 14.The consul said") still ends a
# sentence before a capitalised word, not a decimal ("1.5"), a number ("No.5") or a domain.
_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=[ \t]+[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z0-9])\.(?=[A-Z][a-z]{2,})|\n"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


class _English:
    SENTENCE_END = _END
    WORD_BEFORE_PERIOD = _WORD_BEFORE
    ABBREVIATIONS = ABBREVIATIONS


@cache
def _rules(language: str):
    """The language's sentence rules, its sentence ends joined by the line break."""
    rules = LANGUAGES.get(language, _English)
    if rules is _English:
        return rules, _END
    end = rules.SENTENCE_END
    return rules, re.compile(f"(?:{end.pattern})|\n", end.flags)


def _is_abbreviation(text: str, dot: int, rules) -> bool:
    match = rules.WORD_BEFORE_PERIOD.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1)
    # An initial ("J. Smith") or a dotted acronym ("U.S.") rarely ends a news sentence.
    return word.lower() in rules.ABBREVIATIONS or len(word) == 1 or "." in word


# In a text its sender hard-wrapped, a line at least this long that stops without a full
# stop was wrapped, not ended. A text is hard-wrapped when most of its long lines stop so.
# Senders wrap at 60-80 characters: a longer line left open is a paragraph that stops
# without a full stop (a standfirst, a caption), no wrap.
WRAPPED_LINE_CHARS = 50
WIDEST_WRAP_CHARS = 100
_LINE_END = re.compile(r"[.!?:\"”’)\]۔؟]\s*$")
_FUNCTION_WORD_END = re.compile(
    r"\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|that|which|its|their|his|"
    r"her)\s*$"
)


def is_hard_wrapped(text: str) -> bool:
    """Whether the sender wrapped the text's lines at a fixed width (wire copy, old pages):
    then a line break inside a paragraph does not end a sentence. A headline of a normal page
    stops without a full stop too, but most of its long lines end sentences."""
    long_lines = [line for line in text.splitlines() if len(line) >= WRAPPED_LINE_CHARS]
    open_ended = sum(
        1 for line in long_lines if len(line) <= WIDEST_WRAP_CHARS and not _LINE_END.search(line)
    )
    return open_ended >= 3 and open_ended * 2 >= len(long_lines)


def wraps_at(text: str, newline: int, hard_wrapped: bool) -> bool:
    """Whether the line break at text[newline] wraps a sentence onto the next line."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline]
    following = text[newline + 1 : newline + 2]
    if hard_wrapped and _across_a_blank_line(text, newline, line):
        return True
    if not line.strip() or not following.strip():
        return False
    if following.islower():
        return True
    return hard_wrapped and len(line) >= WRAPPED_LINE_CHARS and not _LINE_END.search(line)


def _across_a_blank_line(text: str, newline: int, line: str) -> bool:
    """Copy hard-wrapped with a blank line between its lines ("Talking to the Consul General,
    in a" / "" / "farewell meeting at the governor house"): both line breaks around the blank
    line wrap a sentence that goes on in lower case, or after a line stopped mid-clause."""
    if line.strip() and text[newline + 1 : newline + 2] == "\n":
        before, after = line, text[newline + 2 : newline + 3]
    elif not line and text[newline - 1 : newline] == "\n":
        before = text[text.rfind("\n", 0, newline - 1) + 1 : newline - 1]
        after = text[newline + 1 : newline + 2]
    else:
        return False
    if not before.strip() or not after.strip() or _LINE_END.search(before):
        return False
    # A headline or caption stops open too, and a paragraph may follow it in capitals; a line
    # stopping on a function word ("said ... here on" / "" / "Wednesday.") stops mid-sentence.
    return after.islower() or bool(_FUNCTION_WORD_END.search(before))


def sentence_bounds(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    language: str = "en",
    hard_wrapped: bool | None = None,
) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], surrounding space trimmed.
    `hard_wrapped` says whether the whole text is (worked out from text[start:end] if not
    given)."""
    end = len(text) if end is None else end
    if hard_wrapped is None:
        hard_wrapped = is_hard_wrapped(text[start:end])
    rules, sentence_end = _rules(language)
    cursor = start
    for match in sentence_end.finditer(text, start, end):
        if text[match.start()] == "." and _is_abbreviation(text, match.start(), rules):
            continue
        if match.group() == "\n" and wraps_at(text, match.start(), hard_wrapped):
            continue
        yield from _trimmed(text, cursor, match.end())
        cursor = match.end()
    yield from _trimmed(text, cursor, end)


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    language: str = "en",
    hard_wrapped: bool | None = None,
) -> list[Sentence]:
    """Sentences of text[start:end], with offsets into text, surrounding space trimmed."""
    bounds = sentence_bounds(text, start, end, language=language, hard_wrapped=hard_wrapped)
    return [Sentence(s, e, text[s:e]) for s, e in bounds]


@dataclass(frozen=True)
class Body:
    """An article's body as extraction reads it: its passages' words joined by line breaks,
    its paragraphs, each a run of passages (one per line) joined where the sender wrapped a
    sentence onto the next line, and whether the sender hard-wrapped the text at a fixed
    width."""

    text: str
    paragraphs: list[tuple[int, int]]
    hard_wrapped: bool

    @classmethod
    def of(cls, text: str, passages: Sequence[tuple[int, int]]) -> "Body":
        body = "\n".join(text[start:end] for start, end in passages)
        hard_wrapped = is_hard_wrapped(body)
        joined: list[tuple[int, int]] = []
        for start, end in passages:
            if (
                joined
                and text[joined[-1][1] : start] in ("\n", "\n\n")
                and wraps_at(text, joined[-1][1], hard_wrapped)
            ):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        return cls(body, joined, hard_wrapped)

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        return next(span for span in self.paragraphs if span[0] <= offset < span[1])


def body_sentences(
    text: str, passages: Sequence[tuple[int, int]], language: str = "en"
) -> list[tuple[int, Sentence]]:
    """The sentences extraction reads in the body passages, each with the index of the
    passage it starts in: a sentence the sender wrapped onto the next line is one sentence."""
    body = Body.of(text, passages)
    found = []
    index = 0
    for start, end in body.paragraphs:
        for sentence in split_sentences(text, start, end, language=language,
                                        hard_wrapped=body.hard_wrapped):  # fmt: skip
            while passages[index][1] <= sentence.start:
                index += 1
            found.append((index, sentence))
    return found


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
