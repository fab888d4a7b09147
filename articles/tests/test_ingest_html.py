"""Ingesting saved web pages: one page, a folder of pages, and an upload in the admin."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article

PAGES = Path(__file__).parent / "html"
ADD_URL = "/admin/articles/article/add/"

pytestmark = pytest.mark.django_db


def test_a_page_is_stored_with_its_own_metadata_and_the_output_names_the_date_source(capsys):
    call_command("ingest_articles", str(PAGES / "json_ld.html"))

    article = Article.objects.get()
    assert (article.title, article.outlet, article.published, article.url) == (
        "Pakistan, Russia agree to expand barter trade",
        "The Daily Ledger",
        dt.date(2023, 6, 14),
        "https://dailyledger.example.pk/news/business/pakistan-russia-barter-trade",
    )
    assert article.text.startswith("ISLAMABAD: Pakistan and Russia on Wednesday agreed")
    assert "Accept all cookies" not in article.text
    out = capsys.readouterr().out
    assert "json_ld.html" in out
    assert "publication date 2023-06-14 from JSON-LD datePublished" in out


def test_the_stored_page_goes_through_passages_and_extraction():
    call_command("load_vocabulary", verbosity=0)
    call_command("ingest_articles", str(PAGES / "json_ld.html"), verbosity=0)

    article = Article.objects.get()
    assert article.passages.count() == 3
    assert article.citations.exists()


def test_metadata_on_the_command_line_wins_over_the_page(capsys):
    call_command(
        "ingest_articles",
        str(PAGES / "og_meta.html"),
        "--outlet", "Herald (print edition)",
        "--title", "Lavrov's visit announced",
        "--published", "2021-04-03",
        "--url", "https://print.example.com/lavrov",
    )  # fmt: skip

    article = Article.objects.get()
    assert (article.title, article.outlet, article.published, article.url) == (
        "Lavrov's visit announced",
        "Herald (print edition)",
        dt.date(2021, 4, 3),
        "https://print.example.com/lavrov",
    )
    assert "from the page's meta tags" not in capsys.readouterr().out


def test_a_folder_of_pages_without_a_manifest_loads_each_page_and_names_each_failure(
    tmp_path, capsys
):
    for name in ("json_ld.html", "url_date.html", "blog.html"):
        shutil.copy(PAGES / name, tmp_path / name)

    with pytest.raises(CommandError, match="1 of 3 articles failed"):
        call_command("ingest_articles", str(tmp_path))

    assert sorted(Article.objects.values_list("outlet", flat=True)) == [
        "The Daily Ledger",
        "steppe-post.example.ru",
    ]
    captured = capsys.readouterr()
    assert "publication date 2019-10-24 from the URL" in captured.out
    assert "blog.html: the page does not name its site: give the outlet" in captured.err


def test_a_manifest_gives_what_the_pages_lack(tmp_path, capsys):
    for name in ("blog.html", "dateline.html"):
        shutil.copy(PAGES / name, tmp_path / name)
    manifest = {
        "articles": [
            {"file": "blog.html", "outlet": "South Asia Desk"},
            {"file": "dateline.html", "outlet": "Indus Bulletin", "published": "2020-11-19"},
        ]
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))

    call_command("ingest_articles", str(tmp_path))

    stored = dict(Article.objects.values_list("outlet", "published"))
    assert stored == {
        "South Asia Desk": dt.date(2024, 1, 16),
        "Indus Bulletin": dt.date(2020, 11, 19),
    }
    assert "publication date 2024-01-16 from a published-date <abbr>" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (b"", "empty page"),
        (b"<html><body><nav>Home</nav></body></html>", "no article text found on the page"),
        (
            b"<html><head><meta property='og:site_name' content='X'></head><body><article>"
            b"<p>Pakistan and Russia held talks about trade, energy and education.</p>"
            b"<p>The delegations agreed to meet again and to widen their barter list.</p>"
            b"</article></body></html>",
            "no publication date found on the page: give one",
        ),
    ],
)
def test_a_bad_page_is_refused_with_its_reason_and_nothing_is_stored(
    tmp_path, capsys, html, reason
):
    page = tmp_path / "page.html"
    page.write_bytes(html)

    with pytest.raises(CommandError):
        call_command("ingest_articles", str(page))

    assert f"page.html: {reason}" in capsys.readouterr().err
    assert not Article.objects.exists()


def test_an_html_upload_in_the_admin_needs_no_typed_metadata(editor_client):
    upload = SimpleUploadedFile("page.html", (PAGES / "wire_agency.html").read_bytes())

    response = editor_client.post(ADD_URL, {"text": "", "upload": upload})

    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.title, article.published) == (
        "Russia, Pakistan sign protocol on gas pipeline",
        dt.date(2021, 5, 28),
    )
    assert article.text.startswith("MOSCOW, May 28. Russia and Pakistan on Friday signed")


def test_an_html_upload_without_a_site_name_asks_for_the_outlet(editor_client):
    upload = SimpleUploadedFile("blog.html", (PAGES / "blog.html").read_bytes())

    response = editor_client.post(ADD_URL, {"title": "Railway talks", "upload": upload})

    assert response.status_code == 200
    html = response.content.decode()
    assert "blog.html: the page does not name its site: give the outlet" in html
    assert 'value="Railway talks"' in html
    assert not Article.objects.exists()


def test_plain_text_still_needs_its_metadata(editor_client):
    response = editor_client.post(ADD_URL, {"text": "ISLAMABAD: Lavrov arrived on Tuesday.\n"})

    assert response.status_code == 200
    assert response.content.decode().count("This field is required.") == 3
    assert not Article.objects.exists()
