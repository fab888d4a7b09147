"""Ingesting articles from real files with the `ingest_articles` command."""

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.ingest import IngestError, dateline_date, ingest_article, parse_publication_date
from articles.models import Article, Passage

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
STORY = "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Pakistan on Tuesday.\n"

pytestmark = pytest.mark.django_db


def write_folder(folder: Path, files: dict[str, bytes], published="2021-04-08") -> Path:
    folder.mkdir(exist_ok=True)
    entries = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        entries.append({"file": name, "outlet": "Test Wire", "title": name, "published": published})
    (folder / "manifest.json").write_text(json.dumps({"articles": entries}))
    return folder


def rows():
    return (
        sorted(Article.objects.values_list("id", "content_hash", "published")),
        sorted(Passage.objects.values_list("id", "article_id", "start", "end", "kind")),
    )


def test_the_fixtures_are_the_seed_texts_byte_for_byte():
    # SHA256SUMS was taken from the seeds as received; an edited or re-encoded fixture fails here.
    sums = (FIXTURES / "SHA256SUMS").read_text("ascii").splitlines()
    assert len(sums) == len(list(FIXTURES.glob("*.txt"))) == 5
    for line in sums:
        digest, name = line.split()
        assert hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest() == digest, name


def test_ingesting_the_fixtures_stores_the_five_articles_with_their_metadata(capsys):
    call_command("ingest_articles")

    manifest = json.loads((FIXTURES / "manifest.json").read_text("utf-8"))["articles"]
    assert Article.objects.count() == 5
    for entry in manifest:
        article = Article.objects.get(title=entry["title"])
        assert article.text == (FIXTURES / entry["file"]).read_bytes().decode("utf-8")
        assert (article.outlet, article.published.isoformat(), article.url) == (
            entry["outlet"], entry["published"], entry["url"] or "",
        )
    assert "5 ingested, 0 unchanged, 0 failed" in capsys.readouterr().out


def test_passage_offsets_always_give_the_passage_text():
    call_command("ingest_articles", verbosity=0)
    for passage in Passage.objects.select_related("article"):
        text = passage.article.text[passage.start : passage.end]
        assert text == passage.text and text.strip() == text and text


def test_ingesting_twice_changes_no_row(capsys):
    call_command("ingest_articles", verbosity=0)
    before = rows()

    call_command("ingest_articles")

    assert rows() == before
    assert "0 ingested, 5 unchanged, 0 failed" in capsys.readouterr().out


def test_a_malformed_file_is_refused_by_name_while_the_good_ones_load(tmp_path, capsys):
    folder = write_folder(tmp_path / "in", {
        "good-1.txt": STORY.encode(),
        "cp1252.txt": "Caf\xe9 talks in Moscow on Monday.".encode("cp1252"),
        "good-2.txt": ("Another story: " + STORY).encode(),
    })

    with pytest.raises(CommandError, match="1 of 3 articles failed"):
        call_command("ingest_articles", str(folder))

    captured = capsys.readouterr()
    assert "cp1252.txt: not UTF-8" in captured.err
    assert "Traceback" not in captured.err
    assert set(Article.objects.values_list("title", flat=True)) == {"good-1.txt", "good-2.txt"}


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"PK\x03\x04\x00\x00binary", "binary file"),
        (b"\xff\xfe\x00bad", "binary file"),
        (b"x" * (2 * 1024 * 1024 + 1), "too large"),
    ],
    ids=["empty", "blank", "zip", "utf16", "over-2MB"],
)
def test_bad_files_are_refused_with_a_one_line_reason(tmp_path, capsys, data, reason):
    folder = write_folder(tmp_path / "in", {"bad.txt": data})

    with pytest.raises(CommandError):
        call_command("ingest_articles", str(folder))

    error_lines = [line for line in capsys.readouterr().err.splitlines() if "bad.txt" in line]
    assert len(error_lines) == 1 and reason in error_lines[0]
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    "published, reason",
    [("2999-01-01", "in the future"), ("1899-12-31", "before 1900"), ("8 April", "not a date")],
)
def test_impossible_publication_dates_are_refused(tmp_path, capsys, published, reason):
    folder = write_folder(tmp_path / "in", {"story.txt": STORY.encode()}, published=published)

    with pytest.raises(CommandError):
        call_command("ingest_articles", str(folder))

    assert reason in capsys.readouterr().err
    assert not Article.objects.exists()


def test_without_a_date_the_dateline_is_used_and_the_output_says_so(tmp_path, capsys):
    shutil.copy(FIXTURES / "001_24a3507afc686a37.txt", tmp_path / "dated.txt")
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "dated.txt", "outlet": "Asian Lite News", "title": "Step up ties"}
    ]}))

    call_command("ingest_articles", str(tmp_path))

    assert Article.objects.get().published == dt.date(2021, 4, 8)
    assert "taken from the dateline" in capsys.readouterr().out


def test_without_a_date_or_a_dateline_the_file_is_refused(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "story.txt", "outlet": "Wire", "title": "No date"}
    ]}))

    with pytest.raises(CommandError):
        call_command("ingest_articles", str(tmp_path))

    assert "no publication date" in capsys.readouterr().err


def test_one_file_is_ingested_with_its_metadata_on_the_command_line(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)

    call_command(
        "ingest_articles", str(story), "--outlet", "Dawn", "--title", "Lavrov arrives",
        "--published", "2021-04-06", "--url", "https://www.dawn.com/news/1",
    )

    article = Article.objects.get()
    assert (article.outlet, article.title, article.url) == (
        "Dawn", "Lavrov arrives", "https://www.dawn.com/news/1",
    )


def test_one_file_without_an_outlet_is_refused(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with pytest.raises(CommandError, match="--outlet"):
        call_command("ingest_articles", str(story), "--title", "T", "--published", "2021-04-06")


def test_a_folder_without_a_manifest_is_refused(tmp_path):
    with pytest.raises(CommandError, match="no manifest.json"):
        call_command("ingest_articles", str(tmp_path))


def test_the_same_text_is_stored_once_whatever_its_metadata():
    first = ingest_article(text=STORY, outlet="A", title="One", published="2021-04-08")
    second = ingest_article(text=STORY, outlet="B", title="Two", published="2021-04-09")
    assert (first.created, second.created) == (True, False)
    assert second.article.pk == first.article.pk


def test_dateline_is_read_from_the_first_lines_only():
    assert dateline_date("April 8, 2021\n2 mins read\nStory") == dt.date(2021, 4, 8)
    assert dateline_date("8 April 2021\nStory") == dt.date(2021, 4, 8)
    assert dateline_date("A\nB\nC\nD\nE\nF\nApril 8, 2021") is None
    assert dateline_date("February 30, 2021\nStory") is None


def test_publication_date_checks_use_today():
    today = dt.date(2026, 11, 26)
    assert parse_publication_date("2026-11-26", today=today) == today
    with pytest.raises(IngestError, match="future"):
        parse_publication_date("2026-11-27", today=today)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The foreign ministers of both countries met in the capital on Monday.\n", "en"),
        ("Министры иностранных дел двух стран встретились в столице в понедельник.\n", "ru"),
        ("دونوں ممالک کے وزرائے خارجہ نے پیر کو دارالحکومت میں ملاقات کی۔\n", "ur"),
    ],
)
def test_the_language_is_detected_on_ingest(text, language):
    article = ingest_article(text=text, outlet="Wire", title="t", published="2024-01-10").article
    assert article.language == language


def test_a_given_language_is_kept_and_a_bad_one_refused():
    article = ingest_article(
        text=STORY, outlet="Wire", title="t", published="2021-04-08", language="ru"
    ).article
    assert article.language == "ru"
    with pytest.raises(IngestError, match="not an ISO 639-1 code"):
        ingest_article(
            text=STORY + "more", outlet="Wire", title="t", published="2021-04-08", language="rus"
        )


def test_the_manifest_may_give_the_language(tmp_path):
    folder = write_folder(tmp_path / "in", {"a.txt": STORY.encode()})
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["articles"][0]["language"] = "ur"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    call_command("ingest_articles", str(folder), verbosity=0)
    assert Article.objects.get().language == "ur"
