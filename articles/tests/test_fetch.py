"""Fetching an article from its URL: limits, refusals, and nothing half stored."""

import contextlib
import datetime as dt
import socket
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.fetch import MAX_BYTES, is_public_address
from articles.models import Article

PAGES = Path(__file__).parent / "html"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def ingest_url(url: str) -> str:
    """Run `ingest_articles --url URL`; return its output, or its one-line refusal."""
    out, err = StringIO(), StringIO()
    with contextlib.suppress(CommandError):
        call_command("ingest_articles", "--url", url, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.mark.django_db
def test_a_page_is_fetched_and_stored_with_its_date_source(web_server, allow_local_fetch):
    url = web_server.serve("/world/lavrov", (PAGES / "og_meta.html").read_bytes(), headers=HTML)

    output = ingest_url(url)

    article = Article.objects.get()
    assert (article.title, article.outlet, article.published) == (
        "Lavrov to visit Islamabad next week",
        "Frontier Herald",
        dt.date(2021, 4, 2),
    )
    assert article.url == "https://frontierherald.example.com/world/lavrov-to-visit-islamabad"
    assert f"ingested   {url}: article {article.pk}" in output
    assert "publication date 2021-04-02 from the page's meta tags" in output


@pytest.mark.django_db
def test_the_fetcher_says_who_it_is(web_server, allow_local_fetch):
    ingest_url(web_server.serve("/page", (PAGES / "json_ld.html").read_bytes(), headers=HTML))

    ((path, headers),) = web_server.requests
    assert headers["User-Agent"].startswith("PakistanRussiaTimeline/")


@pytest.mark.django_db
def test_redirects_are_followed_and_the_final_address_dates_the_page(web_server, allow_local_fetch):
    html = (PAGES / "time_element.html").read_bytes().replace(b"<time", b"<span")
    html = html.replace(b"March 5, 2022", b"")
    web_server.serve("/2022/03/06/wheat-arrives/", html, headers=HTML)
    web_server.redirect("/short", "/2022/03/06/wheat-arrives/")

    output = ingest_url(web_server.url + "/short")

    article = Article.objects.get()
    assert article.published == dt.date(2022, 3, 6)
    assert article.url == web_server.url + "/2022/03/06/wheat-arrives/"
    assert "from the URL" in output


@pytest.mark.django_db
def test_five_redirects_are_followed_and_a_sixth_is_refused(web_server, allow_local_fetch):
    web_server.serve("/end", (PAGES / "json_ld.html").read_bytes(), headers=HTML)
    for hop in range(6):
        web_server.redirect(f"/hop{hop}", f"/hop{hop + 1}" if hop < 5 else "/end")

    assert "more than 5 redirects" in ingest_url(web_server.url + "/hop0")
    assert "ingested" in ingest_url(web_server.url + "/hop1")


def oversized(server):
    server.serve("/big", b"<p>" + b"x" * (1024 * 1024), headers=HTML, repeat=6)
    return "/big"


def declared_oversized(server):
    headers = HTML | {"Content-Length": str(MAX_BYTES + 1)}
    server.serve("/declared", b"<p>short</p>", headers=headers)
    return "/declared"


def redirect_loop(server):
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    return "/a"


def not_html(server):
    server.serve("/report.pdf", b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    return "/report.pdf"


def no_article(server):
    server.serve("/home", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    return "/home"


def missing(server):
    return "/no-such-story"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make_route", "reason"),
    [
        (missing, "HTTP 404 Not Found"),
        (not_html, "not an HTML page: the content type is application/pdf"),
        (redirect_loop, "redirect loop at http://127.0.0.1:"),
        (oversized, "too large: more than the 5 MB limit"),
        (declared_oversized, "too large: 5,242,881 bytes (the limit is 5 MB)"),
        (no_article, "no article text found on the page"),
    ],
)
def test_bad_input_gets_a_one_line_reason_and_nothing_is_stored(
    web_server, allow_local_fetch, make_route, reason
):
    url = web_server.url + make_route(web_server)

    output = ingest_url(url)

    assert f"failed     {url}: {reason}" in output
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_without_the_setting_a_loopback_host_is_refused_before_any_request(web_server):
    url = web_server.serve("/page", (PAGES / "json_ld.html").read_bytes(), headers=HTML)

    output = ingest_url(url)

    assert "host 127.0.0.1 resolves to 127.0.0.1, a non-public address: refused" in output
    assert web_server.requests == []
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_name_that_resolves_to_loopback_is_refused_too(web_server):
    url = web_server.serve("/page", b"", headers=HTML).replace("127.0.0.1", "localhost")

    assert "host localhost resolves to" in ingest_url(url)
    assert web_server.requests == []


@pytest.mark.django_db
def test_each_redirect_is_checked_like_the_first_address(web_server, allow_local_fetch):
    url = web_server.redirect("/out", "file:///etc/passwd")

    assert f"failed     {url}: 'file:///etc/passwd' is not an http(s) address" in ingest_url(url)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("ff02::1", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_only_public_addresses_may_be_fetched(address, public):
    assert is_public_address(address) is public


@pytest.mark.django_db
def test_a_host_whose_address_changes_to_loopback_after_the_check_is_refused(
    web_server, monkeypatch
):
    # DNS rebinding: the first answer (checked) is public, the next (connected to) is not.
    port = web_server.httpd.server_address[1]
    url = web_server.serve("/page", (PAGES / "json_ld.html").read_bytes(), headers=HTML)
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1", "127.0.0.1"])
    real_getaddrinfo = socket.getaddrinfo

    def rebinding_dns(host, *args, **kwargs):
        if host != "news.rebind.test":
            return real_getaddrinfo(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)

    output = ingest_url(url.replace("127.0.0.1", "news.rebind.test"))

    assert "host news.rebind.test connected to 127.0.0.1, a non-public address: refused" in output
    assert not Article.objects.exists()
