"""Load the starting vocabulary (actors with aliases, sectors with keywords) from fixtures.

Existing rows are left alone: once an editor has changed an actor or sector, reloading the
fixtures must not undo it. Each entry's "ru" and "ur" spellings join its aliases, roles and
keywords; `add_translations` gives them to rows stored before they existed.
"""

import json
from pathlib import Path

from django.utils.text import slugify

VOCABULARY_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "vocabulary"
TRANSLATED_LANGUAGES = ("ru", "ur")


def _translated(entry: dict, field: str) -> list[str]:
    """The entry's English list, then its Russian and Urdu ones."""
    values = list(entry[field])
    for language in TRANSLATED_LANGUAGES:
        translation = entry.get(language, {})
        words = translation if isinstance(translation, list) else translation.get(field, [])
        values.extend(word for word in words if word not in values)
    return values


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
            "aliases": _translated(actor, "aliases"),
            "roles": _translated(actor, "roles"),
        }
        defaults = {key: value for key, value in values.items() if key in actor_fields}
        new_actors += actor_model.objects.get_or_create(name=actor["name"], defaults=defaults)[1]
    new_sectors = sum(
        sector_model.objects.get_or_create(
            slug=sector["slug"],
            defaults={"name": sector["name"], "keywords": _translated(sector, "keywords")},
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


def add_translations(actor_model, sector_model, directory: Path = VOCABULARY_DIR) -> None:
    """Give stored actors and sectors the Russian and Urdu spellings they lack; nothing an
    editor wrote is removed."""
    actors = json.loads((directory / "actors.json").read_text(encoding="utf-8"))["actors"]
    sectors = json.loads((directory / "sectors.json").read_text(encoding="utf-8"))["sectors"]
    for entry in actors:
        actor = actor_model.objects.filter(name=entry["name"]).first()
        if actor is not None:
            _extend(actor, entry, ("aliases", "roles"))
    for entry in sectors:
        sector = sector_model.objects.filter(slug=entry["slug"]).first()
        if sector is not None:
            _extend(sector, entry, ("keywords",))


def _extend(row, entry: dict, fields: tuple[str, ...]) -> None:
    changed = []
    for field in fields:
        current = list(getattr(row, field))
        missing = [word for word in _translated(entry, field) if word not in entry[field]]
        missing = [word for word in missing if word not in current]
        if missing:
            setattr(row, field, current + missing)
            changed.append(field)
    if changed:
        row.save(update_fields=changed)
