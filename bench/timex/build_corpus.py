"""Turn the inline-annotated sources into plain corpus texts plus annotations.json.

The articles are written and annotated by hand in ``annotated/*.txt``: a small
header (``dct:``, ``style:``, ``title:``), a ``---`` line, then the body with
every temporal expression marked ``[[extent|TYPE|value]]`` or
``[[extent|TYPE|value|mod=START|freq=1X]]``. Values are decided by a person
reasoning about the calendar; this script only strips the brackets and computes
character offsets, so offsets cannot drift from the text.

Run:  python -m bench.timex.build_corpus
"""

from __future__ import annotations

import json
import re

from bench.timex.gold import ANNOTATIONS_PATH, CORPUS_DIR, HERE

SOURCES_DIR = HERE / "annotated"
MARK = re.compile(r"\[\[(?P<body>[^\[\]]+)\]\]")
TYPES = {"DATE", "TIME", "DURATION", "SET"}
OPTIONAL_ATTRIBUTES = {"mod", "freq", "quant"}

ABOUT = (
    "Hand-annotated TIMEX3 gold standard for bench/timex. The articles were written for "
    "this benchmark in the styles of different outlets; events are loosely modelled on real "
    "ones but the texts are NOT a factual source and must never feed the timeline. "
    "Offsets are character offsets into Path.read_bytes().decode('utf-8') of corpus/FILE; "
    "'dct' is the document creation (publication) time used as anchor. Values follow "
    "TimeML TIMEX3 and were decided by hand, never by running a resolver."
)


def parse_source(source: str) -> tuple[dict, str, list[dict]]:
    header_text, _, body = source.partition("\n---\n")
    header = {}
    for line in header_text.splitlines():
        key, _, value = line.partition(":")
        header[key.strip()] = value.strip()

    plain_parts: list[str] = []
    timexes: list[dict] = []
    position = 0  # offset in the plain text built so far
    cursor = 0  # offset in the annotated body
    for match in MARK.finditer(body):
        before = body[cursor : match.start()]
        plain_parts.append(before)
        position += len(before)
        extent, timex_type, value, *rest = match.group("body").split("|")
        if timex_type not in TYPES:
            raise ValueError(f"unknown TIMEX3 type {timex_type!r} in {match.group(0)!r}")
        timex = {
            "start": position,
            "end": position + len(extent),
            "text": extent,
            "type": timex_type,
            "value": value,
        }
        for attribute in rest:
            key, _, attribute_value = attribute.partition("=")
            if key not in OPTIONAL_ATTRIBUTES:
                raise ValueError(f"unknown attribute {key!r} in {match.group(0)!r}")
            timex[key] = attribute_value
        timexes.append(timex)
        plain_parts.append(extent)
        position += len(extent)
        cursor = match.end()
    plain_parts.append(body[cursor:])
    plain = "".join(plain_parts)
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"unbalanced annotation brackets in {header.get('title')!r}")
    return header, plain, timexes


def build() -> dict:
    CORPUS_DIR.mkdir(exist_ok=True)
    documents = []
    for source_path in sorted(SOURCES_DIR.glob("*.txt")):
        header, plain, timexes = parse_source(source_path.read_bytes().decode("utf-8"))
        (CORPUS_DIR / source_path.name).write_bytes(plain.encode("utf-8"))
        documents.append(
            {
                "file": source_path.name,
                "dct": header["dct"],
                "style": header.get("style", ""),
                "title": header.get("title", ""),
                "timexes": timexes,
            }
        )
    data = {"about": ABOUT, "documents": documents}
    ANNOTATIONS_PATH.write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return data


if __name__ == "__main__":
    built = build()
    count = sum(len(d["timexes"]) for d in built["documents"])
    print(f"{len(built['documents'])} documents, {count} expressions -> {ANNOTATIONS_PATH}")
