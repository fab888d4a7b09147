"""Two workers on one queue, against the test database: every job runs once, nothing twice."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateEvent, ProcrastinateJob

from articles.models import Article, Feed, FeedItem, PageFetch
from articles.tasks import defer_fetch, poll_feed
from config.embedded_postgres import database_url

TESTS = Path(__file__).parent
RSS = {"Content-Type": "application/rss+xml"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
WORKERS = 2


def start_worker(name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "ALLOW_PRIVATE_FETCH": "1",
    }
    command = [sys.executable, "manage.py", "procrastinate", "worker", "--one-shot",
               "--name", name, "--concurrency", "2"]  # fmt: skip
    return subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("empty_queue_afterwards")
def test_two_workers_share_the_jobs_and_ingest_nothing_twice(web_server):
    # A transactional test may follow another's flush, which empties the vocabulary too.
    call_command("load_vocabulary", verbosity=0)
    pages = sorted((TESTS / "html").glob("*.html"))
    urls = [
        web_server.serve(f"/news/{page.stem}", page.read_bytes(), headers=HTML) for page in pages
    ]
    # Two editors add every page: sixteen fetch jobs for eight articles.
    for url in urls * 2:
        defer_fetch(PageFetch.objects.create(url=url, outlet="Test Outlet"))
    deferred = list(PageFetch.objects.values_list("job_id", flat=True))
    # And the feed that links to three of them is polled twice at the same time.
    web_server.serve("/news/barter-trade", (TESTS / "html/json_ld.html").read_bytes(), headers=HTML)
    web_server.serve("/news/lavrov-visit", (TESTS / "html/og_meta.html").read_bytes(), headers=HTML)
    feed_url = web_server.serve(
        "/feeds/herald.rss", (TESTS / "feeds/herald.rss").read_bytes(), headers=RSS
    )
    feed = Feed.objects.create(url=feed_url, outlet="Frontier Herald")
    deferred += [poll_feed.defer(feed_id=feed.pk), poll_feed.defer(feed_id=feed.pk)]

    workers = [start_worker(f"worker-{number}") for number in range(WORKERS)]
    outputs = [worker.communicate(timeout=300)[0] for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0], outputs
    # The workers' own periodic pass may add jobs of its own near a half hour: only the
    # test's jobs are counted, but no job of any kind may run twice.
    statuses = dict(ProcrastinateJob.objects.values_list("id", "status"))
    assert [statuses[job_id] for job_id in deferred] == ["succeeded"] * 18
    started = Counter(
        ProcrastinateEvent.objects.filter(type="started").values_list("job_id", flat=True)
    )
    assert set(deferred) <= set(started)
    assert set(started.values()) == {1}, "a job was run by both workers"

    assert Article.objects.count() == len(pages)
    assert Counter(PageFetch.objects.values_list("state", flat=True)) == {
        "ingested": len(pages),
        "unchanged": len(pages),
    }
    assert sorted(FeedItem.objects.values_list("key", flat=True)) == [
        "herald-2021-04-02-003",
        "herald-2021-05-28-004",
        "herald-2023-06-14-001",
        "herald-2023-06-14-002",
    ]
    feed_pages = [
        path
        for path, _ in web_server.requests
        if path in {"/news/barter-trade", "/news/lavrov-visit"}
    ]
    assert sorted(feed_pages) == ["/news/barter-trade", "/news/lavrov-visit"]
