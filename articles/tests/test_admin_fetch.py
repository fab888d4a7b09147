"""Adding an article from a URL in the admin: queued at once, done by a worker, state shown."""

from pathlib import Path

import pytest
from procrastinate.contrib.django.models import ProcrastinateJob

from articles.models import Article, Feed, PageFetch
from articles.tasks import fetch_page

PAGES = Path(__file__).parent / "html"
ADD_URL = "/admin/articles/pagefetch/add/"
LIST_URL = "/admin/articles/pagefetch/"

pytestmark = pytest.mark.django_db


def test_the_article_list_offers_adding_from_a_url(editor_client):
    html = editor_client.get("/admin/articles/article/").content.decode()
    assert f'href="{ADD_URL}"' in html
    assert "Add article from URL" in html


def test_adding_from_a_url_queues_a_job_and_returns_without_fetching(
    editor_client, web_server, allow_local_fetch
):
    url = web_server.serve("/story", (PAGES / "json_ld.html").read_bytes())

    response = editor_client.post(ADD_URL, {"url": url, "outlet": "", "title": ""})

    assert response.status_code == 302
    assert response.url == LIST_URL
    page_fetch = PageFetch.objects.get()
    job = ProcrastinateJob.objects.get(pk=page_fetch.job_id)
    assert (page_fetch.state, job.status, job.task_name) == (
        "queued",
        "todo",
        "articles.fetch_page",
    )
    assert job.args == {"page_fetch_id": page_fetch.pk}
    assert web_server.requests == []
    assert not Article.objects.exists()


def test_the_job_stores_the_article_and_the_list_shows_it(
    editor_client, web_server, allow_local_fetch
):
    url = web_server.serve("/story", (PAGES / "json_ld.html").read_bytes())
    editor_client.post(ADD_URL, {"url": url, "outlet": "", "title": "My own title"})

    fetch_page(page_fetch_id=PageFetch.objects.get().pk)

    page_fetch = PageFetch.objects.get()
    assert (page_fetch.state, page_fetch.error) == ("ingested", "")
    assert page_fetch.article.title == "My own title"
    html = editor_client.get(LIST_URL).content.decode()
    assert "Ingested" in html
    assert f'href="/admin/articles/article/{page_fetch.article_id}/change/"' in html


def test_a_failed_fetch_shows_its_one_line_reason_and_stores_nothing(
    editor_client, web_server, allow_local_fetch
):
    editor_client.post(ADD_URL, {"url": web_server.url + "/gone", "outlet": "", "title": ""})

    fetch_page(page_fetch_id=PageFetch.objects.get().pk)

    html = editor_client.get(LIST_URL).content.decode()
    assert "Failed" in html
    assert "HTTP 404 Not Found" in html
    assert not Article.objects.exists()


def test_editors_see_the_workers_jobs(editor_client):
    editor_client.post(ADD_URL, {"url": "https://example.com/story", "outlet": "", "title": ""})
    job_id = PageFetch.objects.get().job_id

    html = editor_client.get(LIST_URL).content.decode()
    assert f'href="/admin/procrastinate/procrastinatejob/{job_id}/change/"' in html
    response = editor_client.get(f"/admin/procrastinate/procrastinatejob/{job_id}/change/")
    assert response.status_code == 200
    assert "fetch_page" in response.content.decode()


def test_a_feed_can_be_polled_now_from_the_admin(editor_client):
    feed = Feed.objects.create(url="https://example.com/feed.rss")
    data = {"action": "poll_now", "_selected_action": [feed.pk]}

    editor_client.post("/admin/articles/feed/", data)
    editor_client.post("/admin/articles/feed/", data)

    job = ProcrastinateJob.objects.get()
    assert (job.task_name, job.args, job.lock) == (
        "articles.poll_feed",
        {"feed_id": feed.pk},
        f"feed-{feed.pk}",
    )
