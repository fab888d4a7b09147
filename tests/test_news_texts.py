"""The tool that restores the gitignored news texts on a new machine (bench/news_texts.py)."""

import pytest

from bench.news_texts import check, in_part, strip_date_marker

ARTICLE = {
    "id": "example-visit-2021",
    "split": "dev",
    "events": [
        {"quote": "The minister arrived in Moscow on Tuesday.",
         "other_quotes": ["talks were held on Wednesday"]},
    ],
}  # fmt: skip


def test_the_stored_pages_date_marker_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(" date 2021-04-06 The minister arrived.\n", encoding="utf-8")
    assert strip_date_marker(path)
    assert path.read_text(encoding="utf-8") == "The minister arrived.\n"
    assert not strip_date_marker(path)


def test_a_month_only_marker_goes_too_but_a_date_in_the_text_stays(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(" date 2017-03 Kazan, 2 June 2016: a date 2016-06-02 in the body.", "utf-8")
    strip_date_marker(path)
    assert path.read_text(encoding="utf-8") == "Kazan, 2 June 2016: a date 2016-06-02 in the body."


def test_check_names_each_gold_quote_a_copy_lost(tmp_path):
    (tmp_path / "example-visit-2021.txt").write_text(
        " date 2021-04-08 The minister arrived in Moscow on Tuesday. The talks took place on "
        "Wednesday.", encoding="utf-8")  # fmt: skip
    report = check(ARTICLE, tmp_path)
    assert report.startswith("example-visit-2021: 1 quote(s) not in the text")
    assert "'talks were held on Wednesday'" in report
    (tmp_path / "example-visit-2021.txt").write_text(
        "The minister arrived in Moscow on Tuesday. The talks were held on Wednesday.", "utf-8"
    )
    assert check(ARTICLE, tmp_path) == "example-visit-2021: ok"


def test_check_shows_no_gold_words_of_a_held_out_article(tmp_path):
    (tmp_path / "example-visit-2021.txt").write_text("Something else entirely.", "utf-8")
    report = check({**ARTICLE, "split": "heldout"}, tmp_path)
    assert report == "example-visit-2021: 2 quote(s) not in the text"


def test_check_says_when_there_is_no_text(tmp_path):
    assert check(ARTICLE, tmp_path) == "example-visit-2021: no text"


def test_parts_share_the_articles_out_without_overlap():
    articles = [{"id": str(n)} for n in range(7)]
    shares = [in_part(articles, f"{k}/3") for k in (1, 2, 3)]
    assert sorted(a["id"] for share in shares for a in share) == [str(n) for n in range(7)]
    assert [a["id"] for a in shares[1]] == ["1", "4"]
    with pytest.raises(ValueError):
        in_part(articles, "0/3")
