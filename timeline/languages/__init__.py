"""What the pipeline knows of each language besides English, one module per language.

English rules live beside the code that uses them (sentences, dates, extraction); these
modules give the same kinds of data for Russian and Urdu, and the shared code picks them by
the article's ISO 639-1 code. A language not listed here is read with the English rules.
"""

from . import russian, urdu

LANGUAGES = {"ru": russian, "ur": urdu}
