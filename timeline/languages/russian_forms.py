"""Every case of a Russian name or phrase, so the tagger finds "Путина", "Лавровым",
"министра иностранных дел России" from the nominative in the vocabulary.

pymorphy3 (with its Russian dictionary, installed from PyPI) inflects the words that carry
the phrase's case: the leading run of words in the nominative ("Сергей Лавров", "российский
министр"), not what depends on them ("иностранных дел России" stays as it is). Names it does
not know (most Pakistani ones) it inflects by analogy with known words of the same ending.
"""

import re
from functools import cache

import pymorphy3

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Foreign names ending in a vowel other than а/я do not decline: Куреши, Бхутто, Зардари.
_INDECLINABLE_ENDINGS = frozenset("иоуеыюэ")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def inflected(phrases, *, plural: bool = False) -> tuple[str, ...]:
    """The phrases and, for Russian ones, their forms in every case (and number, if `plural`:
    keywords such as "поставка" are also written "поставки")."""
    forms = dict.fromkeys(phrases)
    for phrase in phrases:
        if _CYRILLIC.search(phrase):
            forms.update(dict.fromkeys(_phrase_forms(phrase, plural)))
    return tuple(forms)


@cache
def _phrase_forms(phrase: str, plural: bool) -> tuple[str, ...]:
    words = phrase.split()
    parses = [_nominative(word) for word in words]
    head = 0
    while head < len(words) and (parses[head] is not None or _is_name(words[head])):
        head += 1
    if not any(parses[:head]):
        return (phrase,)
    numbers = ("sing", "plur") if plural else ("sing",)
    forms = []
    for number in numbers:
        for case in _CASES:
            inflected_words = []
            for word, parse in zip(words[:head], parses[:head], strict=True):
                # A name pymorphy3 cannot decline ("Хаваджа Асиф") keeps that word as written.
                form = parse and (parse.inflect({case, number}) or parse.inflect({case}))
                if form is None and parse is not None:
                    break
                inflected_words.append(_same_capitals(word, form.word) if form else word)
            else:
                forms.append(" ".join(inflected_words + words[head:]))
    return tuple(dict.fromkeys(forms))


def _nominative(word: str):
    """The word's reading as a nominative noun or adjective, if it is one.

    A name may be read in the nominative however unlikely pymorphy3 finds it ("Куреши" looks
    like a verb to it); a common word must be nominative in its likeliest reading or be its
    own dictionary form, so that "организация сотрудничества" declines the organisation and
    not the cooperation.
    """
    if _is_acronym(word) or (_is_name(word) and word[-1] in _INDECLINABLE_ENDINGS):
        return None
    parses = [p for p in _analyzer().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
    if not _is_name(word):
        # "нефть" is its own dictionary form, whatever pymorphy3 finds likeliest.
        parses = parses[:1] + [p for p in parses if p.normal_form == word.lower()]
    return next((p for p in parses if "nomn" in p.tag), None)


def _is_name(word: str) -> bool:
    return word[:1].isupper() and not _is_acronym(word)


def _is_acronym(word: str) -> bool:
    return word.isupper() and len(word) > 1  # МИД, РФ, ШОС do not decline in writing


def _same_capitals(original: str, form: str) -> str:
    if "-" in original:
        return "-".join(
            _same_capitals(a, b) for a, b in zip(original.split("-"), form.split("-"), strict=False)
        )
    return form[:1].upper() + form[1:] if original[:1].isupper() else form
