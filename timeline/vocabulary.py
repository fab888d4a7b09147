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
    new_actors = sum(
        actor_model.objects.get_or_create(
            name=actor["name"],
            defaults={
                "slug": slugify(actor["name"]),
                "kind": actor["kind"],
                "aliases": actor["aliases"],
                "roles": actor["roles"],
            },
        )[1]
        for actor in actors
    )
    new_sectors = sum(
        sector_model.objects.get_or_create(
            slug=sector["slug"], defaults={"name": sector["name"], "keywords": sector["keywords"]}
        )[1]
        for sector in sectors
    )
    return new_actors, new_sectors
