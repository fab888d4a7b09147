"""Find actors and sectors in a sentence, from the editable vocabulary.

Names and multi-word aliases always count. A one-word alias of a person ("Khan", "Lavrov")
counts only when the article names that person in full somewhere or gives it a title
("President Putin", "Mr Musharraf"), and a role phrase
("the Russian foreign minister", "the premier") only when exactly one person the article
names holds that role: both are ambiguous on their own.
"""

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorTerms:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    side: str = ""


@dataclass(frozen=True)
class SectorTerms:
    slug: str
    keywords: tuple[str, ...] = ()


# An Urdu letter that never joins the next (ا د ذ ر ز و ے …) leaves no visible gap, so a
# name is often typed with no space after one: "نوازشریف" is "نواز شریف", "وزیرخارجہ"
# "وزیر خارجہ". No Latin or Cyrillic letter is among them.
_NON_JOINING = "اآدڈذرڑزژوے"
_GAP_AFTER_NON_JOINING = re.compile(rf"(?<=[{_NON_JOINING}])\s+")


def _phrase_regex(phrase: str) -> str:
    words = phrase.split()
    joined = [re.escape(words[0])]
    for before, word in itertools.pairwise(words):
        joined.append((r"\s*" if before[-1] in _NON_JOINING else r"\s+") + re.escape(word))
    return "".join(joined)


def _phrase_pattern(phrases: Iterable[str], *, ignore_case: bool) -> re.Pattern | None:
    phrases = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    alternation = "|".join(_phrase_regex(p) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE if ignore_case else 0)


_FORMER = re.compile(
    r"\b(?:(?:former|ex|late|then|outgoing|previous)[\s-]+"
    r"|(?:assistant|adviser|advisor|secretary|aide|spokes(?:man|woman|person)|office)"
    r"\s+(?:to|of|for)\s+)$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A title before a one-word name makes it a person's name: "President Putin", "Mr Musharraf".
# A Russian report often names a figure by surname alone and never in full ("Лавров и Дар
# обсудили …"); the vocabulary's one-word Cyrillic names are its own surnames, so one that
# names one person and follows no other capitalised word (as "Хан" follows "Шафкат Али")
# names that person.
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_CAPITALISED_BEFORE = re.compile(r"[А-ЯЁ][\w-]*\s+$")
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|President|Premier|Minister|Chancellor|Ambassador|General|Gen|"
    r"Marshal|Senator|Secretary)\.?\s+$"
)


def _names_someone_else(sentence: str, role: re.Match) -> bool:
    """A former holder ("former prime minister"), someone who serves the holder ("Special
    Assistant to the Prime Minister"), or a title before a name ("Prime Minister Imran Khan")."""
    return bool(
        _FORMER.search(sentence, 0, role.start()) or _NAME_AFTER.match(sentence, role.end())
    )


class _PhraseIndex:
    """Many phrases in one pattern, each match mapped back to whoever the phrase names.

    One pass over a sentence instead of one per actor or sector keeps tagging cheap however
    large the vocabulary grows.
    """

    def __init__(self, owners_by_phrase: dict[str, list[str]], *, ignore_case: bool):
        self.ignore_case = ignore_case
        self.pattern = _phrase_pattern(owners_by_phrase, ignore_case=ignore_case)
        self.owners: dict[str, list[str]] = {}
        for phrase, owners in owners_by_phrase.items():
            known = self.owners.setdefault(self._key(phrase), [])
            known.extend(owner for owner in owners if owner not in known)

    def _key(self, phrase: str) -> str:
        phrase = _GAP_AFTER_NON_JOINING.sub("", " ".join(phrase.split()))
        return phrase.lower() if self.ignore_case else phrase

    def matches(self, text: str):
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            yield match, self.owners[self._key(match.group())]


def _index(pairs: Iterable[tuple[str, str]], *, ignore_case: bool) -> _PhraseIndex:
    owners: dict[str, list[str]] = {}
    for phrase, owner in pairs:
        if phrase.strip() and owner not in owners.setdefault(phrase.strip(), []):
            owners[phrase.strip()].append(owner)
    return _PhraseIndex(owners, ignore_case=ignore_case)


@dataclass
class ActorTagger:
    actors: list[ActorTerms]
    _full: _PhraseIndex = field(init=False)
    _short: _PhraseIndex = field(init=False)
    _roles: _PhraseIndex = field(init=False)
    _surnames: _PhraseIndex = field(init=False)

    def __post_init__(self):
        full, short = [], []
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                needs_context = actor.kind == "person" and len(name.split()) == 1
                (short if needs_context else full).append((name, actor.name))
        self._full = _index(full, ignore_case=False)
        self._short = _index(short, ignore_case=False)
        self._roles = _index(
            ((role, actor.name) for actor in self.actors for role in actor.roles), ignore_case=True
        )
        # "Sharif" after "Nawaz Sharif": a person's surname alone names them once the article
        # has named them in full, unless it names two people of that surname. The surname of
        # each spelling counts, in its every case: "Шарифу" after "Шехбазом Шарифом"; but only
        # where a capital marks it as a name: Urdu has none, and "ملک" is Malik and "country".
        self._surnames = _index(
            (
                (name.split()[-1], actor.name)
                for actor in self.actors
                if actor.kind == "person"
                for name in (actor.name, *actor.aliases)
                if len(name.split()) > 1 and name.split()[-1][:1].isupper()
            ),
            ignore_case=False,
        )

    def named_in(self, text: str) -> set[str]:
        """Actors named in full (or by title and name) anywhere in the text: the context for
        short names and roles."""
        named = {name for _, owners in self._full.matches(text) for name in owners}
        for match, owners in self._short.matches(text):
            titled = _TITLE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            surname = _CYRILLIC.match(match.group()) and not _CAPITALISED_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            )
            if (titled or surname) and len(owners) == 1:
                named.update(owners)
        return named

    def find(self, sentence: str, context: set[str]) -> list[tuple[int, str]]:
        """(position, actor name) for each actor in the sentence, in order of appearance."""
        found: dict[str, int] = {}

        def note(name: str, position: int) -> None:
            found[name] = min(found.get(name, position), position)

        for match, owners in self._full.matches(sentence):
            for name in owners:
                note(name, match.start())
        for match, owners in self._short.matches(sentence):
            for name in owners:
                if name in context:
                    note(name, match.start())
        for match, owners in self._surnames.matches(sentence):
            holders = [name for name in owners if name in context]
            if len(holders) == 1:
                note(holders[0], match.start())
        for match, owners in self._roles.matches(sentence):
            holders = [name for name in owners if name in context]
            if len(holders) == 1 and not _names_someone_else(sentence, match):
                found.setdefault(holders[0], match.start())
        return sorted(((position, name) for name, position in found.items()))


@dataclass
class SectorTagger:
    sectors: list[SectorTerms]
    _words: _PhraseIndex = field(init=False)
    _acronyms: _PhraseIndex = field(init=False)

    def __post_init__(self):
        # Acronyms ("LNG", "PIA") match only in capitals; other keywords in any case.
        pairs = [(k, s.slug) for s in self.sectors for k in s.keywords]
        self._words = _index(((k, s) for k, s in pairs if not k.isupper()), ignore_case=True)
        self._acronyms = _index(((k, s) for k, s in pairs if k.isupper()), ignore_case=False)

    def find(self, sentence: str) -> list[str]:
        """The sectors whose keywords the sentence uses, in the vocabulary's order."""
        slugs = {
            slug
            for index in (self._words, self._acronyms)
            for _, owners in index.matches(sentence)
            for slug in owners
        }
        return [sector.slug for sector in self.sectors if sector.slug in slugs]
