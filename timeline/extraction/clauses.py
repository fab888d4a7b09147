"""Clause boundaries and asides in a sentence, shared by pairing, participants and titles."""

import re

# A comma between digits ("100,000 tonnes") separates thousands, not clauses. Urdu's comma
# ، breaks a clause as the Latin one does (no English text has it).
CLAUSE_BREAK = re.compile(
    r"[;:“”\"—–،]|,(?!\d)|\s-\s|\b(?:which|where|who|while|but|when|as|after)\b"
)


PARENTHESES = re.compile(r"\([^()]*\)")


# The words that name a happening's end ("upon completion of the stay", "at the conclusion
# of the three-day meeting"), shared by the frame and by the pairing of a stay's length.
END_OF = r"(?:completion|conclusion|end)\s+of\b"


# A closed quotation: the speaker's words, of which the report itself tells nothing.
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


# "Later in 1950, when India's premier toured Washington, Moscow invited Pakistan's": a
# clause of time right after a date only sets when the main clause after its comma happened
# (English).
WHEN_AFTER_DATE = re.compile(r"\s*,?\s*when\b[^,;:.]*,", re.IGNORECASE)


def blank(text: str, start: int, end: int) -> str:
    """Spaces instead of text[start:end], so offsets stay put."""
    return text[:start] + " " * (end - start) + text[end:]


# "Khan recalled his talks with Putin in Bishkek in June 2019": the date is the recalled
# happening's; the recalling itself is done in the report's own time (English).
_MEMORY_VERB = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|remind(?:s|ed|ing)?)\b", re.IGNORECASE
)


def recalled(sentence: str, position: int) -> bool:
    """Whether sentence[position] is in what a memory verb before it, in its clause, recalls."""
    verbs = list(_MEMORY_VERB.finditer(sentence, 0, position))
    if not verbs:
        return False
    gap = PARENTHESES.sub("", sentence[verbs[-1].end() : position])
    return not CLAUSE_BREAK.search(gap)


# "While fondly recalling their meeting in Samarkand in 2022, he renewed his invitation":
# an opening clause of recollection, then the main clause after its comma.
_OPENING_RECOLLECTION = re.compile(
    r"^\W*(?:(?:while|when|after)\s+)?(?:\w+ly\s+)?(?:recalling|remembering)\b[^,;:]*,\s*",
    re.IGNORECASE,
)


def main_clause_after_recollection(sentence: str) -> int | None:
    """Where the main clause begins after an opening clause of recollection, if one opens
    the sentence."""
    opening = _OPENING_RECOLLECTION.match(sentence)
    return opening.end() if opening else None
