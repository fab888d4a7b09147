"""Words the resolver knows: months, weekdays, numbers, units, ordinals."""

from __future__ import annotations

MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
FULL_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                       "Nov", "Dec"]  # fmt: skip
# Month names that are also ordinary English words; alone they need a temporal context.
AMBIGUOUS_MONTHS = {"May", "March", "August"}

WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "one hundred": 100, "hundred": 100,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Quantities that give a duration of unknown length ("several years" -> PXY).
VAGUE_QUANTITIES = {"several", "a few", "few", "many", "some", "the past few", "the last few",
                    "dozens of", "hundreds of"}  # fmt: skip

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "last": 4, "final": 4,
}  # fmt: skip

DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip

# TIMEX3 duration unit letters. Sub-day units go after "T".
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
TIME_UNITS = {"second", "minute", "hour"}
UNIT_PLURALS = {"centuries": "century"}


def unit_singular(word: str) -> str:
    word = word.lower()
    if word in UNIT_PLURALS:
        return UNIT_PLURALS[word]
    return word[:-1] if word.endswith("s") else word


def number_value(words: str) -> float | None:
    """The number a numeral or number phrase names; None for vague quantities."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words in VAGUE_QUANTITIES:
        return None
    try:
        return float(words.replace(",", ""))
    except ValueError:
        pass
    if words in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[words])
    parts = words.split()
    if parts and parts[0] in TENS:
        ones = SMALL_NUMBERS.get(" ".join(parts[1:]), 0) if len(parts) > 1 else 0
        return float(TENS[parts[0]] + ones)
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: 2 years -> P2Y, 36 hours -> PT36H, unknown -> PXY."""
    code = UNIT_CODES[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if amount is None:
        quantity = "X"
    else:
        if amount != int(amount):
            # ISO 8601 allows fractions, but whole smaller units read better: 1.5 years -> P18M.
            smaller = {"year": (12, "M"), "day": (24, "TH"), "hour": (60, "TM"),
                       "decade": (10, "Y"), "century": (100, "Y"), "month": (4, "W")}  # fmt: skip
            if unit in smaller and (amount * smaller[unit][0]).is_integer():
                factor, code = smaller[unit]
                return _compose(str(int(amount * factor)), code)
        quantity = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return _compose(quantity, ("T" if unit in TIME_UNITS else "") + code)


def _compose(quantity: str, code: str) -> str:
    if code.startswith("T"):
        return f"PT{quantity}{code[1:]}"
    return f"P{quantity}{code}"
