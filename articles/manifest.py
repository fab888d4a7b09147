"""The manifest that describes a folder of articles (manifest.json beside the texts)."""

import json
from dataclasses import dataclass
from pathlib import Path

from articles.ingest import IngestError

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class ManifestEntry:
    path: Path
    outlet: str
    title: str
    url: str
    published: str | None
    language: str | None = None


def read_manifest(directory: Path) -> list[ManifestEntry]:
    """Entries in manifest order; raises IngestError if the manifest itself is unusable."""
    manifest_path = directory / MANIFEST_NAME
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IngestError(f"{manifest_path}: no manifest.json in this folder") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(f"{manifest_path}: unreadable manifest ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise IngestError(f"{manifest_path}: expected an object with an 'articles' list")
    entries = []
    for item in data["articles"]:
        if not isinstance(item, dict) or not item.get("file"):
            raise IngestError(f"{manifest_path}: every article needs a 'file'")
        entries.append(
            ManifestEntry(
                path=directory / item["file"],
                outlet=str(item.get("outlet") or ""),
                title=str(item.get("title") or ""),
                url=str(item.get("url") or ""),
                published=item.get("published") or None,
                language=item.get("language") or None,
            )
        )
    return entries
