"""What the pipeline knows of each language besides English, one module per language.

English rules live beside the code that uses them (sentences, dates, extraction); these
modules give the same kinds of data for Russian and Urdu, and the shared code picks them by
the article's ISO 639-1 code. A language not listed here is read with the English rules.
"""

import re
from functools import cache

from . import russian, urdu

LANGUAGES = {"ru": russian, "ur": urdu}
# The scripts each language is written in besides the Latin one its texts quote names in.
_SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ur": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
}


def written_for(phrases, language: str) -> tuple[str, ...]:
    """The phrases a text in `language` can contain: those in the Latin script, and those in
    the language's own script. An English text is never searched for Cyrillic or Urdu
    names, which would only slow every search down."""
    other_scripts = [script for code, script in _SCRIPTS.items() if code != language]
    return tuple(p for p in phrases if not any(script.search(p) for script in other_scripts))


# Two more words than an English title (extraction/titles.py): Urdu writes its
# postpositions and light verbs as words of their own (کے, میں, کو, کی), so the same headline
# takes more words.
TITLE_MAX_WORDS = 14
# How near (in characters) a plan marker must be to the words reporting the happening.
PLAN_WINDOW = 60


@cache
def _trigger_kinds(language: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Whole words and stems (longest first) mapped to their kind of happening."""
    rules = LANGUAGES[language]
    whole, stems = {}, []
    for kind, words in rules.TRIGGER_STEMS.items():
        for word in words.split():
            if word in rules.WHOLE_WORDS:
                whole[word] = kind
            else:
                stems.append((word, kind))
    whole.update((word, kind) for word in rules.WHOLE_WORDS for stem, kind in stems
                 if word.startswith(stem))  # fmt: skip
    return whole, tuple(sorted(stems, key=lambda pair: -len(pair[0])))


def happening_words(sentence: str, language: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, word, kind, is_noun) for each word that reports a happening."""
    rules = LANGUAGES[language]
    whole, stems = _trigger_kinds(language)
    found = []
    for match in rules.WORD.finditer(sentence):
        start, word = match.start(), match.group()
        lowered = word.lower()
        kind, stem = whole.get(lowered), ""
        if kind is None and lowered not in rules.WHOLE_WORDS:
            stem, kind = next(((s, k) for s, k in stems if lowered.startswith(s)), ("", None))
        if kind is None and rules.TYPED_AGAINST is not None:
            start, word, kind = _typed_against(match, whole, rules)
            lowered = word.lower()
        if kind is not None and not _negated(sentence, start, match.end(), rules):
            # The longest stem tells: «договорились» (agreed) is a verb though the noun
            # «договор» (treaty) begins it.
            noun = any(
                lowered.startswith(noun_stem) and len(noun_stem) >= len(stem)
                for noun_stem in rules.NOUN_STEMS
            )
            found.append((start, match.end(), word, kind, noun))
    # A phrase is a verb, or a noun kept a phrase only for the words it must not follow
    # (Urdu «بات», talks, but not in «اس بات», this matter).
    for pattern, kind in rules.PHRASE_TRIGGERS:
        for match in pattern.finditer(sentence):
            if not _negated(sentence, match.start(), match.end(), rules):
                noun = match.group().lower() in rules.NOUN_STEMS
                found.append((match.start(), match.end(), match.group(), kind, noun))
    return sorted(found)


def _typed_against(match, whole: dict[str, str], rules) -> tuple[int, str, str | None]:
    """(start, word, kind) of the happening word that ends the word `match`, typed with no
    space after the word before it (rules.TYPED_AGAINST); kind None when there is none."""
    text = match.group()
    for place in rules.TYPED_AGAINST.finditer(text):
        rest = text[place.start() :]
        kind = whole.get(rest.lower())
        if kind is not None:
            return match.start() + place.start(), rest, kind
    return match.start(), text, None


def _negated(sentence: str, start: int, end: int, rules) -> bool:
    return bool(
        # Wide enough for the word just before ("анонсировали встречу") and a plan's clause
        # ("Планировалось, что игра пройдет"): the patterns end at the trigger.
        rules.NEGATED_BEFORE.search(sentence[max(0, start - 50) : start])
        or rules.NEGATED_AFTER.match(sentence[end:])
        or (rules.ASKED_WHETHER is not None and rules.ASKED_WHETHER.search(sentence[:start]))
        or (rules.WITHIN_THE_TOLD is not None and rules.WITHIN_THE_TOLD.search(sentence[:start]))
    )


def tells_who_told_it(sentence: str, language: str) -> bool:
    """A sentence opening by who told the one before («Об этом заявил в четверг президент»):
    the language's ATTRIBUTION at its start (Russian only)."""
    rules = LANGUAGES.get(language)
    return bool(rules and rules.ATTRIBUTION and rules.ATTRIBUTION.match(sentence))


def sides_named(text: str, language: str) -> set[str]:
    return {side for side, words in LANGUAGES[language].SIDE_WORDS.items() if words.search(text)}


def names_both_sides(text: str, language: str) -> bool:
    return bool(LANGUAGES[language].BOTH_SIDES_WORDS.search(text))


def is_planned(sentence: str, trigger_start: int, trigger_end: int, language: str) -> bool:
    """A plan or future marker near the words reporting the happening, in its clause."""
    rules = LANGUAGES[language]
    low, high = max(0, trigger_start - PLAN_WINDOW), trigger_end + PLAN_WINDOW
    for marker in rules.FUTURE_MARKERS.finditer(sentence, low, high):
        gap = (
            sentence[marker.end() : trigger_start]
            if marker.end() <= trigger_start
            else sentence[trigger_end : marker.start()]
        )
        if not rules.CLAUSE_BREAK.search(gap):
            return True
    if not rules.VERB_FINAL:
        return False
    # The verb ends the clause, however long the noun's complement: "ملاقات میں … امور پر
    # تبادلہ خیال کیا جائے گا". Its first tense after the noun is the happening's.
    clause_end = rules.CLAUSE_BREAK.search(sentence, trigger_end)
    end = clause_end.start() if clause_end else len(sentence)
    future = rules.FUTURE_MARKERS.search(sentence, trigger_end, end)
    past = rules.PAST_MARKERS.search(sentence, trigger_end, end)
    return bool(future) and (past is None or future.start() < past.start())


def title(sentence: str, trigger_start: int, expression: tuple[int, int], language: str) -> str:
    """The clause that reports the happening, in the article's language, without its date
    words and their preposition, at most TITLE_MAX_WORDS words around the trigger."""
    rules = LANGUAGES[language]
    start, end = expression
    if rules.DATE_PREPOSITION and (before := rules.DATE_PREPOSITION.search(sentence[:start])):
        start = before.start()
    if rules.DATE_POSTPOSITION and (after := rules.DATE_POSTPOSITION.match(sentence, end)):
        end = after.end()
    if start < end:
        sentence = _blank(sentence, start, end)
    if dateline := rules.DATELINE.match(sentence):
        sentence = _blank(sentence, 0, dateline.end())
    clause_start = max(
        (m.end() for m in rules.CLAUSE_BREAK.finditer(sentence, 0, trigger_start)), default=0
    )
    clause_end = min(
        (m for m in (rules.CLAUSE_BREAK.search(sentence, trigger_start),
                     rules.TITLE_END.search(sentence, trigger_start)) if m),
        key=lambda m: m.start(), default=None,
    )  # fmt: skip
    clause = sentence[clause_start : clause_end.start() if clause_end else len(sentence)]
    words = re.sub(r"[.!?۔؟…]+$", "", " ".join(clause.split())).split()
    if len(words) > TITLE_MAX_WORDS:
        before = len(sentence[clause_start:trigger_start].split())
        keep_before = TITLE_MAX_WORDS - 3 if rules.VERB_FINAL else 5
        # A clause that reaches its verb within the title opens it, subject and all ("Министр
        # иностранных дел России Сергей Лавров провел …"), not five words before the verb.
        if not rules.VERB_FINAL and before < TITLE_MAX_WORDS - 2:
            keep_before = before
        first = max(0, min(before - keep_before, len(words) - TITLE_MAX_WORDS))
        words = words[first : first + TITLE_MAX_WORDS]
    text = " ".join(words).strip(" ,;:-–—")
    return text[:1].upper() + text[1:]


def _blank(text: str, start: int, end: int) -> str:
    """Spaces instead of text[start:end], so offsets stay put."""
    return text[:start] + " " * (end - start) + text[end:]
