"""Which sides a text names, by the actors of the vocabulary and their sides."""

import pytest

from timeline.sides import sides_named
from timeline.tagging import ActorTagger, ActorTerms

ACTORS = ActorTagger([
    ActorTerms("Pakistan", "country", ("Islamabad",), side="pakistan"),
    ActorTerms("Russia", "country", ("Moscow", "the Kremlin"), side="russia"),
    ActorTerms("Sergey Lavrov", "person", ("Lavrov",), ("Russian foreign minister",), "russia"),
    ActorTerms("India", "country", ("New Delhi",)),
])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Pakistan, Russia agree to expand barter trade", {"pakistan", "russia"}),
        ("Sergey Lavrov to visit Islamabad next week", {"pakistan", "russia"}),
        ("Moscow hosts business forum", {"russia"}),
        ("Lavrov to visit Islamabad", {"pakistan"}),  # a surname alone names nobody yet
        ("New Delhi and Islamabad trade accusations", {"pakistan"}),
        ("Floods displace thousands in the south", set()),
    ],
)
def test_a_text_names_the_sides_of_the_actors_it_names(text, sides):
    assert sides_named(text, ACTORS) == sides
