"""Find actors and sectors in a sentence, from the editable vocabulary.

Names and multi-word aliases always count. A one-word alias of a person ("Khan", "Lavrov")
counts only when the article names that person in full somewhere, and a role phrase
("the Russian foreign minister", "the premier") only when exactly one person the article
names holds that role: both are ambiguous on their own.
"""

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


def _phrase_pattern(phrases: Iterable[str], *, ignore_case: bool) -> re.Pattern | None:
    phrases = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE if ignore_case else 0)


_FORMER = re.compile(
    r"\b(?:(?:former|ex|late|then|outgoing|previous)[\s-]+"
    r"|(?:assistant|adviser|advisor|secretary|aide|spokes(?:man|woman|person)|office)"
    r"\s+(?:to|of|for)\s+)$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _names_someone_else(sentence: str, role: re.Match) -> bool:
    """A former holder ("former prime minister"), someone who serves the holder ("Special
    Assistant to the Prime Minister"), or a title before a name ("Prime Minister Imran Khan")."""
    return bool(
        _FORMER.search(sentence, 0, role.start()) or _NAME_AFTER.match(sentence, role.end())
    )


@dataclass
class _ActorPatterns:
    actor: ActorTerms
    full: re.Pattern | None
    short: re.Pattern | None
    roles: re.Pattern | None


@dataclass
class ActorTagger:
    actors: list[ActorTerms]
    _patterns: list[_ActorPatterns] = field(init=False)

    def __post_init__(self):
        self._patterns = []
        for actor in self.actors:
            names = [actor.name, *actor.aliases]
            needs_context = actor.kind == "person"
            full = [n for n in names if not needs_context or len(n.split()) > 1]
            short = [n for n in names if needs_context and len(n.split()) == 1]
            self._patterns.append(
                _ActorPatterns(
                    actor,
                    _phrase_pattern(full, ignore_case=False),
                    _phrase_pattern(short, ignore_case=False),
                    _phrase_pattern(actor.roles, ignore_case=True),
                )
            )

    def named_in(self, text: str) -> set[str]:
        """Actors named in full anywhere in the text: the context for short names and roles."""
        return {p.actor.name for p in self._patterns if p.full and p.full.search(text)}

    def find(self, sentence: str, context: set[str]) -> list[tuple[int, str]]:
        """(position, actor name) for each actor in the sentence, in order of appearance."""
        found: dict[str, int] = {}
        role_holders: dict[tuple[int, int], list[str]] = {}
        for patterns in self._patterns:
            name = patterns.actor.name
            for pattern in (patterns.full, patterns.short if name in context else None):
                match = pattern.search(sentence) if pattern else None
                if match:
                    found[name] = min(found.get(name, match.start()), match.start())
            if patterns.roles and name in context:
                for match in patterns.roles.finditer(sentence):
                    if _names_someone_else(sentence, match):
                        continue
                    role_holders.setdefault(match.span(), []).append(name)
        for (start, _end), holders in role_holders.items():
            if len(holders) == 1:
                found.setdefault(holders[0], start)
        return sorted(((position, name) for name, position in found.items()))


@dataclass
class SectorTagger:
    sectors: list[SectorTerms]
    _patterns: list[tuple[str, re.Pattern | None, re.Pattern | None]] = field(init=False)

    def __post_init__(self):
        # Acronyms ("LNG", "PIA") match only in capitals; other keywords in any case.
        self._patterns = [
            (
                sector.slug,
                _phrase_pattern([k for k in sector.keywords if not k.isupper()], ignore_case=True),
                _phrase_pattern([k for k in sector.keywords if k.isupper()], ignore_case=False),
            )
            for sector in self.sectors
        ]

    def find(self, sentence: str) -> list[str]:
        return [
            slug
            for slug, words, acronyms in self._patterns
            if (words and words.search(sentence)) or (acronyms and acronyms.search(sentence))
        ]
