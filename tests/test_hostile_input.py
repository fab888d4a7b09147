"""Hostile and broken article files: each is stored safely or refused with a clear reason,
and nothing stored comes back as live markup on a public page."""

import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.ingest import IngestError, ingest_article, read_article_file
from articles.models import Article
from timeline.models import Event

PUBLISHED = dt.date(2021, 4, 8)
LEAD = (
    "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday "
    "for talks with Pakistan's Foreign Minister Shah Mahmood Qureshi on energy cooperation."
)
SCRIPT = "<script>alert('owned')</script>"
HOSTILE_TEXTS = {
    "script_and_html.txt": (
        f"{LEAD} {SCRIPT}\n\n"
        "Lavrov met Qureshi on Wednesday <img src=x onerror=alert(1)> to discuss gas "
        "<a href=\"javascript:alert(2)\">pipeline</a> projects and <b>trade</b>.\n"
    ),
    "javascript_url_in_text.txt": (
        f"{LEAD}\n\nMore at javascript:alert(document.cookie) and "
        "[click](javascript:alert(3)) said the foreign office.\n"
    ),
    "rtl_and_zero_width.txt": (
        f"{LEAD}\n\nThe statement in Urdu read \u202eتعاون\u202c, and Lav\u200brov\u200d "
        "said\ufeff ties \u2066were\u2069 strong.\n"
    ),
}
HOSTILE_TITLE = f"Lavrov visits {SCRIPT}"
HOSTILE_URL = "javascript:alert('url')"
# A web address that is also markup: accepted, and must be shown escaped.
HOSTILE_WEB_URL = "https://example.org/?q=\"><script>alert('url')</script>"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}


class LiveMarkup(HTMLParser):
    """Collects what a browser would run: script bodies, on* handlers, javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.found, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert" in data:
            self.found.append(f"<script>{data[:40]}")


def assert_no_live_markup(html: str) -> None:
    parser = LiveMarkup()
    parser.feed(html)
    assert parser.found == []
    assert "<script>alert" not in html


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def ingest_file(path: Path, *, title="Lavrov visits Islamabad", url=""):
    text = read_article_file(path)
    return ingest_article(text=text, outlet="Test Wire", title=title, published=PUBLISHED, url=url)


# Refused files: the reason names what is wrong.
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("nul.txt", LEAD.encode() + b"\x00\x01binary", "binary file"),
        ("cp1252.txt", "Lavrov\u2019s visit \u2013 caf\u00e9".encode("cp1252"), "not UTF-8"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t ", "empty file"),
        ("bom_only.txt", b"\xef\xbb\xbf\n", "empty file"),
        ("huge.txt", (LEAD + "\n").encode() * (10 * 1024 * 1024 // len(LEAD)), "too large"),
    ],
)
@pytest.mark.django_db
def test_broken_files_are_refused_with_a_reason(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)

    with pytest.raises(IngestError, match=reason):
        ingest_file(path)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_crlf_text_is_stored_as_received_with_offsets_intact(tmp_path):
    data = f"{LEAD}\r\n\r\nLavrov also met the army chief on Wednesday.\r\n".encode()
    path = write(tmp_path, "crlf.txt", data)

    article = ingest_file(path).article

    article.refresh_from_db()
    assert article.text.encode() == data
    passages = list(article.passages.all())
    assert [p.text for p in passages] == [LEAD, "Lavrov also met the army chief on Wednesday."]


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
@pytest.mark.django_db
def test_hostile_text_is_stored_exactly_and_shown_as_text(client, tmp_path, name):
    path = write(tmp_path, name, HOSTILE_TEXTS[name].encode())

    article = ingest_file(path, title=HOSTILE_TITLE, url=HOSTILE_WEB_URL).article

    article.refresh_from_db()
    assert article.text == HOSTILE_TEXTS[name]
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_no_live_markup(html)
    assert "&lt;script&gt;alert" in html  # the title, escaped
    for citation_event in Event.objects.filter(citations__article=article).distinct():
        detail = client.get(citation_event.get_absolute_url())
        assert detail.status_code == 200
        assert_no_live_markup(detail.content.decode())


@pytest.mark.django_db
def test_the_timeline_shows_hostile_events_as_text(client, tmp_path):
    for name, text in HOSTILE_TEXTS.items():
        ingest_file(write(tmp_path, name, text.encode()), title=HOSTILE_TITLE, url=HOSTILE_WEB_URL)
    assert Event.objects.exists(), "extraction found no event to show"

    for path in ("/", "/?q=lavrov", "/?q=%3Cscript%3E"):
        response = client.get(path)
        assert response.status_code == 200
        assert_no_live_markup(response.content.decode())
    partial = client.get("/", headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert_no_live_markup(partial.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("url", [HOSTILE_URL, "data:text/html,<script>alert(1)</script>", "ftp://x"])
def test_an_address_that_is_not_a_web_page_is_refused(tmp_path, url):
    path = write(tmp_path, "plain.txt", f"{LEAD}\n".encode())

    with pytest.raises(IngestError, match="not an http"):
        ingest_file(path, url=url)

    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_title_longer_than_the_column_is_refused_with_a_reason():
    with pytest.raises(IngestError, match="title too long"):
        ingest_article(text=f"{LEAD}\n", outlet="Wire", title="x" * 501, published="2021-04-08")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_the_command_ingests_the_good_files_and_names_the_refused_ones(tmp_path, capsys):
    files = {name: text.encode() for name, text in HOSTILE_TEXTS.items()}
    files |= {
        "nul.txt": LEAD.encode() + b"\x00",
        "cp1252.txt": "Lavrov\u2019s visit".encode("cp1252"),
        "empty.txt": b"",
        "huge.txt": b"a" * (10 * 1024 * 1024),
    }
    for name, data in files.items():
        write(tmp_path, name, data)
    manifest = {"articles": [
        {"file": name, "outlet": "Test Wire", "title": f"{name} {SCRIPT}",
         "url": HOSTILE_WEB_URL, "published": PUBLISHED.isoformat()}
        for name in files
    ]}  # fmt: skip
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    with pytest.raises(CommandError, match="4 of 7 articles failed"):
        call_command("ingest_articles", str(tmp_path))

    errors = capsys.readouterr().err
    assert "nul.txt: binary file" in errors
    assert "cp1252.txt: not UTF-8" in errors
    assert "empty.txt: empty file" in errors
    assert "huge.txt: too large" in errors
    assert Article.objects.count() == 3
