"""Clause boundaries and asides in a sentence, shared by pairing, participants and titles."""

import re

# A comma between digits ("100,000 tonnes") separates thousands, not clauses. Urdu's comma
# ، breaks a clause as the Latin one does (no English text has it).
CLAUSE_BREAK = re.compile(
    r"[;:“”\"—–،]|,(?!\d)|\s-\s|\b(?:which|where|who|while|but|when|as|after)\b"
)


PARENTHESES = re.compile(r"\([^()]*\)")


# A closed quotation: the speaker's words, of which the report itself tells nothing.
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def blank(text: str, start: int, end: int) -> str:
    """Spaces instead of text[start:end], so offsets stay put."""
    return text[:start] + " " * (end - start) + text[end:]
