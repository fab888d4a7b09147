"""Which sides of the relationship a text names, by the editable vocabulary.

Each actor carries a side (Pakistan, Russia or neither); a text names a side when it names an
actor of that side by name, alias or role phrase, as the tagger finds them. Pure Python.
"""

from timeline.tagging import ActorTagger


def sides_named(text: str, actors: ActorTagger) -> set[str]:
    side_of = {actor.name: actor.side for actor in actors.actors if actor.side}
    named = actors.find(text, actors.named_in(text))
    return {side_of[name] for _, name in named if name in side_of}
