"""The TIMEX3 benchmark corpus is well-formed, and its scorer computes what TempEval-3 says.

Pure tests: no database, no resolver, no dateparser.
Run:  pytest -q -p no:django timeline/tests/test_timex_corpus.py
"""

from __future__ import annotations

import datetime
import re

import pytest

from bench.report import write_section
from bench.timex.gold import Document, Timex, load_corpus
from bench.timex.score import Scores, count, evaluate, match
from bench.timex.systems import locate_substrings

# TIMEX3 value shapes per type (TimeML 1.2.1); catches typos such as "2022-2-23".
DATE_VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{2}|\d{3}|\d{4}"
    r"|\d{4}-(\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|\d{4}-W\d{2}-WE"
    r"|\d{4}-\d{2}-\d{2}"
    r"|XXXX(-XX){0,2}|XXXX-(SP|SU|FA|WI))$"
)
TIME_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI|\d{2}:\d{2})$")
DURATION_VALUE = re.compile(r"^P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE)$|^PT(\d+(\.\d+)?|X)(H|M|S)$")
SET_VALUE = re.compile(r"^P\d+(Y|M|W|D)$|^PT\d+H$|^XXXX-WXX-\d$")
VALUE_SHAPES = {
    "DATE": DATE_VALUE,
    "TIME": TIME_VALUE,
    "DURATION": DURATION_VALUE,
    "SET": SET_VALUE,
}

CORPUS = load_corpus()


@pytest.mark.parametrize("document", CORPUS, ids=lambda d: d.name)
def test_every_annotation_offset_matches_its_text(document: Document):
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text, timex


@pytest.mark.parametrize("document", CORPUS, ids=lambda d: d.name)
def test_annotations_are_sorted_do_not_overlap_and_have_tight_extents(document: Document):
    previous_end = 0
    for timex in document.timexes:
        assert timex.start >= previous_end, f"overlap or disorder at {timex}"
        assert timex.text == timex.text.strip(), f"whitespace in extent {timex}"
        # TimeML extents never begin with the governing preposition ("on Wednesday").
        first_word = timex.text.split()[0].lower()
        assert first_word not in {"on", "in", "at", "since", "by", "until", "for"}, timex
        previous_end = timex.end


@pytest.mark.parametrize("document", CORPUS, ids=lambda d: d.name)
def test_values_have_the_shape_timex3_prescribes_for_their_type(document: Document):
    for timex in document.timexes:
        assert VALUE_SHAPES[timex.type].match(timex.value), timex


def test_corpus_is_big_and_varied_enough_to_be_worth_scoring():
    assert len(CORPUS) >= 16
    assert sum(len(d.timexes) for d in CORPUS) >= 250
    types = {t.type for d in CORPUS for t in d.timexes}
    assert types == {"DATE", "TIME", "DURATION", "SET"}
    years = {d.dct.year for d in CORPUS}
    assert min(years) <= 1999 and max(years) >= 2025
    assert any(d.dct.month == 2 and d.dct.day == 29 for d in CORPUS)


# --- scorer on hand-made inputs -----------------------------------------------------------

TEXT = "Khan flew to Moscow on Wednesday and left on Thursday, after a two-day visit in 2022."
GOLD = [
    Timex(23, 32, "Wednesday", "DATE", "2022-02-23"),
    Timex(45, 53, "Thursday", "DATE", "2022-02-24"),
    Timex(61, 70, "a two-day", "DURATION", "P2D"),
    Timex(80, 84, "2022", "DATE", "2022"),
]


def test_gold_fixture_offsets_are_right():
    for timex in GOLD:
        assert TEXT[timex.start : timex.end] == timex.text


def test_a_perfect_system_scores_one_everywhere():
    scores = Scores.from_counts(count(GOLD, list(GOLD)))
    assert scores.relaxed_f1 == scores.strict_f1 == 1.0
    assert scores.value_accuracy == scores.value_f1 == scores.type_accuracy == 1.0


def test_one_miss_one_shifted_extent_and_one_wrong_value():
    system = [
        GOLD[0],  # exact, right value
        Timex(42, 53, "on Thursday", "DATE", "2022-02-17"),  # relaxed only, wrong value
        Timex(63, 70, "two-day", "DURATION", "P2D"),  # relaxed only, right value
        # "2022" missed
    ]
    counts = count(GOLD, system)
    assert (counts.gold, counts.system, counts.relaxed, counts.strict) == (4, 3, 3, 1)
    scores = Scores.from_counts(counts)
    # Relaxed: P = 3/3, R = 3/4, F1 = 2 * 1 * 0.75 / 1.75 = 6/7.
    assert scores.relaxed_p == 1.0
    assert scores.relaxed_r == 0.75
    assert scores.relaxed_f1 == pytest.approx(6 / 7)
    # Strict: P = 1/3, R = 1/4, F1 = 2 * (1/12) / (7/12) = 2/7.
    assert scores.strict_p == pytest.approx(1 / 3)
    assert scores.strict_r == 0.25
    assert scores.strict_f1 == pytest.approx(2 / 7)
    # Values: 2 of 3 matches right; value F1 = 6/7 * 2/3 = 4/7.
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.value_f1 == pytest.approx(4 / 7)


def test_matching_is_one_to_one_and_prefers_the_exact_span():
    gold = [Timex(0, 10, "next month", "DATE", "2022-03")]
    system = [
        Timex(5, 10, "month", "DATE", "XXXX-XX"),
        Timex(0, 10, "next month", "DATE", "2022-03"),
    ]
    pairs = match(gold, system)
    assert pairs == [(gold[0], system[1])]
    scores = Scores.from_counts(count(gold, system))
    assert scores.relaxed_p == 0.5 and scores.relaxed_r == 1.0
    assert scores.value_accuracy == 1.0


def test_a_system_without_types_gets_no_type_accuracy():
    untyped = [Timex(t.start, t.end, t.text, None, t.value) for t in GOLD]
    assert Scores.from_counts(count(GOLD, untyped)).type_accuracy is None


def test_evaluate_micro_averages_over_documents():
    documents = [
        Document("a.txt", datetime.date(2022, 2, 22), TEXT, tuple(GOLD)),
        Document("b.txt", datetime.date(2022, 2, 22), TEXT, tuple(GOLD[:1])),
    ]
    result = evaluate("gold-copy", lambda d: list(d.timexes[:1]), documents)
    assert (result.total.gold, result.total.system, result.total.relaxed) == (5, 2, 2)
    assert result.scores.relaxed_p == 1.0
    assert result.scores.relaxed_r == pytest.approx(2 / 5)


def test_dateparser_hits_are_located_at_successive_occurrences():
    text = "Monday talks, then Monday again."
    found = [("Monday", datetime.datetime(2022, 2, 21)), ("Monday", datetime.datetime(2022, 2, 21))]
    spans = [(t.start, t.end) for t in locate_substrings(text, found)]
    assert spans == [(0, 6), (19, 25)]


def test_write_section_appends_then_replaces_only_its_own_block(tmp_path):
    path = tmp_path / "docs" / "benchmarks.md"
    write_section("a", "first A", path)
    write_section("b", "only B", path)
    write_section("a", r"second A with \1 backslash", path)
    content = path.read_text()
    assert content.startswith("# Benchmarks\n")
    assert "first A" not in content
    assert r"second A with \1 backslash" in content
    assert content.index("<!-- bench:a -->") < content.index("<!-- bench:b -->")
    assert content.count("<!-- bench:a -->") == 1 and "only B" in content
