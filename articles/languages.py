"""The language an article is written in, as an ISO 639-1 code.

py3langid ships its model inside the package: detection works offline and gives the same
answer every time for the same text.
"""

import re

import py3langid

# The languages the pipeline reads; others are stored as detected and yield no events.
PIPELINE_LANGUAGES = {"en": "English", "ru": "Russian", "ur": "Urdu"}
ISO_639_1 = re.compile(r"^[a-z]{2}$")
# Enough text to decide; a whole long article only costs time.
_SAMPLE_CHARACTERS = 5000


# Scripts written right to left, for dir="rtl".
RIGHT_TO_LEFT = frozenset({"ur", "ar", "fa", "he", "ps", "sd", "ug", "yi"})


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language ("en", "ru", "ur", ...)."""
    language, _ = py3langid.classify(text[:_SAMPLE_CHARACTERS])
    return language


def text_direction(language: str) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def language_name(language: str) -> str:
    """ "Russian" for "ru"; the code itself for a language the pipeline does not read."""
    return PIPELINE_LANGUAGES.get(language, language)
