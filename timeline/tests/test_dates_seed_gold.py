"""Every gold expression of the seed timeline resolves, in its article, to the gold date."""

import datetime
import json
from pathlib import Path

import pytest

from timeline.dates import resolve_dates

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EVENTS = json.loads((FIXTURES / "gold" / "seed_timeline.json").read_text("utf-8"))["events"]
MANIFEST = json.loads((FIXTURES / "articles" / "manifest.json").read_text("utf-8"))["articles"]
PUBLISHED = {a["file"]: datetime.date.fromisoformat(a["published"]) for a in MANIFEST}


def _article_text(name: str) -> str:
    return (FIXTURES / "articles" / name).read_bytes().decode("utf-8")




@pytest.mark.parametrize("event", EVENTS, ids=[e["id"] for e in EVENTS])
def test_gold_expression_resolves_to_the_gold_date(event):
    text = _article_text(event["article"])
    published = PUBLISHED[event["article"]]
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
    guddu = next(e for e in EVENTS if e["id"] == "guddu-1980s")
    text = _article_text(guddu["article"])
    then_at = text.index(guddu["quote"]) + guddu["quote"].index("then")
    mentions = resolve_dates(text, PUBLISHED[guddu["article"]])
    then = [m for m in mentions if m.start == then_at]
    assert not then or then[0].value == guddu["value"]
