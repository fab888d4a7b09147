"""Every gold expression of the seed timeline resolves, in its article, to the gold date."""

import datetime
import json
from pathlib import Path

import pytest

from timeline.dates import resolve_dates

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
GOLD_FILE = SHARED / "gold" / "seed_timeline.json"
MANIFEST_FILES = [SHARED / "seeds" / "manifest.json", REPO_ROOT / "fixtures/articles/manifest.json"]
ARTICLE_DIRS = [REPO_ROOT / "fixtures" / "articles", SHARED / "seeds"]


def _load_events() -> list[dict]:
    if not GOLD_FILE.exists():
        return []
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))["events"]


def _publication_dates() -> dict[str, datetime.date]:
    manifest = next(path for path in MANIFEST_FILES if path.exists())
    articles = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    return {a["file"]: datetime.date.fromisoformat(a["published"]) for a in articles}


def _article_text(name: str) -> str:
    path = next(d / name for d in ARTICLE_DIRS if (d / name).exists())
    return path.read_bytes().decode("utf-8")


EVENTS = _load_events()


@pytest.mark.skipif(not EVENTS, reason=f"no gold timeline at {GOLD_FILE}")
@pytest.mark.parametrize("event", EVENTS, ids=[e["id"] for e in EVENTS])
def test_gold_expression_resolves_to_the_gold_date(event):
    text = _article_text(event["article"])
    published = _publication_dates()[event["article"]]
    quote_start = text.index(event["quote"])
    start = quote_start + event["quote"].index(event["expression"])
    end = start + len(event["expression"])

    mentions = [m for m in resolve_dates(text, published) if m.start < end and start < m.end]
    gold_start = datetime.date.fromisoformat(event["start"])
    gold_end = datetime.date.fromisoformat(event["end"])
    matching = [
        m
        for m in mentions
        if m.value == event["value"]
        and m.start_date == gold_start
        # The event may outlast the day that names it ("on Tuesday for a two-day visit").
        and (m.end_date == gold_end or (m.precision == "day" and m.end_date < gold_end))
    ]
    assert matching, f"{event['expression']!r}: {[(m.text, m.value, m.rule) for m in mentions]}"


def test_temporal_then_in_the_guddu_sentence_resolves_like_at_that_time():
    guddu = next(e for e in EVENTS if e["id"] == "guddu-1980s") if EVENTS else None
    if guddu is None:
        pytest.skip("no gold timeline")
    text = _article_text(guddu["article"])
    then_at = text.index(guddu["quote"]) + guddu["quote"].index("then")
    mentions = resolve_dates(text, _publication_dates()[guddu["article"]])
    then = [m for m in mentions if m.start == then_at]
    assert not then or then[0].value == guddu["value"]
