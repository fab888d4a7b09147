"""Polling feeds: relevant items ingested once, a failing feed recorded while others go on."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.feeds import NotAFeed, read_feed
from articles.models import Article, Feed, FeedItem

TESTS = Path(__file__).parent
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml"}
ATOM = {"Content-Type": "application/atom+xml"}

pytestmark = pytest.mark.django_db


@pytest.fixture
def outlets(web_server, allow_local_fetch):
    """Two feeds on the local server, and the pages their items link to."""
    page = (TESTS / "html" / "{}.html").as_posix()
    web_server.serve("/news/barter-trade", Path(page.format("json_ld")).read_bytes(), headers=HTML)
    web_server.serve("/news/lavrov-visit", Path(page.format("og_meta")).read_bytes(), headers=HTML)
    web_server.serve("/news/floods", b"<p>Never fetched: not about both sides.</p>", headers=HTML)
    forum = "/2019/10/24/moscow-hosts-pakistan-russia-business-forum/"
    web_server.serve(forum, Path(page.format("url_date")).read_bytes(), headers=HTML)
    herald = web_server.serve(
        "/feeds/herald.rss", (TESTS / "feeds" / "herald.rss").read_bytes(), headers=RSS
    )
    steppe = web_server.serve(
        "/feeds/steppe.atom", (TESTS / "feeds" / "steppe.atom").read_bytes(), headers=ATOM
    )
    return herald, steppe


def run(command: str, *args) -> str:
    out = StringIO()
    try:
        call_command(command, *args, stdout=out, stderr=out)
    except CommandError as error:
        out.write(f"CommandError: {error}\n")
    return out.getvalue()


def fetched_paths(web_server) -> list[str]:
    return [path for path, _ in web_server.requests if not path.startswith("/feeds/")]


def test_add_feed_stores_the_feed_once():
    assert "added" in run("add_feed", "https://dawn.example.com/feeds/world", "--outlet", "Dawn")
    assert "already feed" in run("add_feed", "https://dawn.example.com/feeds/world")

    feed = Feed.objects.get()
    assert (feed.url, feed.outlet, feed.active) == (
        "https://dawn.example.com/feeds/world",
        "Dawn",
        True,
    )


def test_add_feed_refuses_what_is_not_a_web_address():
    assert "is not an http(s) address" in run("add_feed", "ftp://example.com/feed")
    assert not Feed.objects.exists()


def test_items_about_both_sides_are_ingested_from_rss_and_atom(outlets, web_server):
    herald, steppe = outlets
    run("add_feed", herald, "--outlet", "Frontier Herald")
    run("add_feed", steppe)

    output = run("poll_feeds")

    assert sorted(Article.objects.values_list("title", "outlet")) == [
        ("Lavrov to visit Islamabad next week", "Frontier Herald"),
        ("Moscow hosts Pakistan-Russia business forum", "steppe-post.example.ru"),
        ("Pakistan, Russia agree to expand barter trade", "Frontier Herald"),
    ]
    assert "/news/floods" not in fetched_paths(web_server)
    assert f"polled     {herald}: 4 new items, 3 about Pakistan and Russia, 2 ingested, " in output
    assert f"polled     {steppe}: 2 new items, 1 about Pakistan and Russia, 1 ingested" in output


def test_an_item_that_cannot_be_fetched_keeps_its_reason(outlets):
    run("add_feed", outlets[0])

    run("poll_feeds")

    item = FeedItem.objects.get(key="herald-2021-05-28-004")
    assert (item.relevant, item.article, item.error) == (True, None, "HTTP 404 Not Found")


def test_no_item_is_fetched_or_ingested_twice(outlets, web_server):
    run("add_feed", outlets[0])
    run("add_feed", outlets[1])
    run("poll_feeds")
    fetched_first = sorted(fetched_paths(web_server))

    output = run("poll_feeds")

    assert sorted(fetched_paths(web_server)) == fetched_first
    assert Article.objects.count() == 3
    assert FeedItem.objects.count() == 6
    assert "0 new items" in output


def test_a_failing_feed_records_its_error_and_the_others_go_on(outlets, web_server):
    broken = web_server.serve("/feeds/broken", b"<html><body>Moved</body></html>", headers=RSS)
    missing = web_server.url + "/feeds/gone"
    for url in (broken, missing, outlets[1]):
        run("add_feed", url)

    output = run("poll_feeds")

    assert f"failed     {broken}: not an RSS or Atom feed" in output
    assert f"failed     {missing}: HTTP 404 Not Found" in output
    assert "CommandError: 2 of 3 feeds failed" in output
    errors = dict(Feed.objects.values_list("url", "last_error"))
    assert errors == {
        broken: "not an RSS or Atom feed",
        missing: "HTTP 404 Not Found",
        outlets[1]: "",
    }
    assert Feed.objects.filter(last_polled_at__isnull=True).count() == 0
    assert Article.objects.get().title == "Moscow hosts Pakistan-Russia business forum"


def test_an_html_page_given_as_a_feed_is_refused_by_its_content_type(web_server, allow_local_fetch):
    url = web_server.serve("/news", b"<html><body>News</body></html>", headers=HTML)
    run("add_feed", url)

    assert f"failed     {url}: not a feed: the content type is text/html" in run("poll_feeds")


def test_inactive_feeds_are_not_polled(outlets, web_server):
    run("add_feed", outlets[1])
    Feed.objects.update(active=False)

    run("poll_feeds")

    assert web_server.requests == []


def test_a_document_that_is_not_a_feed_is_refused():
    with pytest.raises(NotAFeed, match="not an RSS or Atom feed"):
        read_feed(b"<html><body>Not a feed</body></html>")


def test_the_admin_lists_each_feeds_last_error_and_what_its_items_became(
    editor_client, outlets, web_server
):
    missing = web_server.url + "/feeds/gone"
    for url in (outlets[0], missing):
        run("add_feed", url)
    run("poll_feeds")

    feeds = editor_client.get("/admin/articles/feed/").content.decode()
    items = editor_client.get("/admin/articles/feeditem/").content.decode()

    assert "HTTP 404 Not Found" in feeds
    assert '<td class="field-item_total">4</td>' in feeds
    assert "Russia and Pakistan sign gas pipeline protocol" in items
    article = Article.objects.get(title="Lavrov to visit Islamabad next week")
    assert f'href="/admin/articles/article/{article.pk}/change/"' in items
