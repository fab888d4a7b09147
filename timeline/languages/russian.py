"""Russian: sentence ends, happening words, sides, plan markers, titles."""

import re

# Sentence ends: as in English, but a sentence may start with a Cyrillic capital or «.
SENTENCE_END = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“(\[—–-]?\s*[A-ZА-ЯЁ0-9])")
WORD_BEFORE_PERIOD = re.compile(r"([^\W\d_][^\W\d_.]*)\.$")
# Single letters ("В. В. Путин", "г.", "т. е.", "н. э.") are abbreviations anyway.
ABBREVIATIONS = frozenset(
    """гг вв др им ул пр пл просп обл респ млн млрд трлн тыс руб долл коп проф акад ген
    полк генерал-лейт зам пред св стр см рис табл ок прим мин чел сов нач эт т.е т.д т.п
    т.к н.э янв фев февр мар апр авг сент окт нояб дек пн вт ср чт пт сб вс""".split()
)
