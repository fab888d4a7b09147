"""The gold standard: corpus texts plus hand-made TIMEX3 annotations."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
ANNOTATIONS_PATH = HERE / "annotations.json"


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character span, TIMEX3 type and normalised value."""

    start: int
    end: int
    text: str
    type: str = "DATE"
    value: str = ""
    # Optional TIMEX3 attributes (mod, freq, quant); kept but not scored.
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Document:
    name: str
    dct: datetime.date
    text: str
    timexes: tuple[Timex, ...]


def read_text(path: Path) -> str:
    # Offsets count characters of exactly this decoding: no newline translation.
    return path.read_bytes().decode("utf-8")


def load_corpus(
    annotations_path: Path = ANNOTATIONS_PATH, corpus_dir: Path = CORPUS_DIR
) -> list[Document]:
    data = json.loads(annotations_path.read_text(encoding="utf-8"))
    documents = []
    for entry in data["documents"]:
        timexes = tuple(
            Timex(
                start=t["start"],
                end=t["end"],
                text=t["text"],
                type=t["type"],
                value=t["value"],
                extra={k: v for k, v in t.items() if k in ("mod", "freq", "quant")},
            )
            for t in entry["timexes"]
        )
        documents.append(
            Document(
                name=entry["file"],
                dct=datetime.date.fromisoformat(entry["dct"]),
                text=read_text(corpus_dir / entry["file"]),
                timexes=timexes,
            )
        )
    return documents
