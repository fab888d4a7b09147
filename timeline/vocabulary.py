"""Load the starting vocabulary (actors with aliases, sectors with keywords) from fixtures.

Existing rows are left alone: once an editor has changed an actor or sector, reloading the
fixtures must not undo it.
"""

import json
from pathlib import Path

from django.utils.text import slugify

VOCABULARY_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "vocabulary"


def load_vocabulary(actor_model, sector_model, directory: Path = VOCABULARY_DIR) -> tuple[int, int]:
    """Create the actors and sectors that do not exist yet; return how many of each."""
    actors = json.loads((directory / "actors.json").read_text(encoding="utf-8"))["actors"]
    sectors = json.loads((directory / "sectors.json").read_text(encoding="utf-8"))["sectors"]
    # Migrations call this with historical models that may lack later fields.
    actor_fields = {field.name for field in actor_model._meta.get_fields()}
    new_actors = 0
    for actor in actors:
        values = {
            "slug": slugify(actor["name"]),
            "kind": actor["kind"],
            "side": actor.get("side", ""),
            "aliases": actor["aliases"],
            "roles": actor["roles"],
        }
        defaults = {key: value for key, value in values.items() if key in actor_fields}
        new_actors += actor_model.objects.get_or_create(name=actor["name"], defaults=defaults)[1]
    new_sectors = sum(
        sector_model.objects.get_or_create(
            slug=sector["slug"], defaults={"name": sector["name"], "keywords": sector["keywords"]}
        )[1]
        for sector in sectors
    )
    return new_actors, new_sectors


def load_actor_sides(actor_model, directory: Path = VOCABULARY_DIR) -> None:
    """Give actors that have no side yet the side the fixtures say."""
    actors = json.loads((directory / "actors.json").read_text(encoding="utf-8"))["actors"]
    for actor in actors:
        if actor.get("side"):
            actor_model.objects.filter(name=actor["name"], side="").update(side=actor["side"])
