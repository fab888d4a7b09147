"""Work done by the workers (procrastinate, on PostgreSQL): fetching pages, polling feeds.

Jobs live in PostgreSQL, so any number of workers on any number of machines share them;
each job is taken by exactly one worker.
"""

from django.db import transaction
from procrastinate.contrib.django import app
from procrastinate.exceptions import AlreadyEnqueued

from articles import polling
from articles.ingest import run_page_fetch
from articles.models import Feed, PageFetch

POLL_EVERY_30_MINUTES = "*/30 * * * *"


@app.task(name="articles.fetch_page")
def fetch_page(page_fetch_id: int) -> str:
    return run_page_fetch(PageFetch.objects.get(pk=page_fetch_id)).state


@app.task(name="articles.poll_feed")
def poll_feed(feed_id: int) -> str:
    return str(polling.poll_feed(Feed.objects.get(pk=feed_id)))


@app.periodic(cron=POLL_EVERY_30_MINUTES, periodic_id="poll_feeds")
@app.task(name="articles.poll_feeds", queueing_lock="poll_feeds")
def poll_feeds(timestamp: int) -> int:
    """One job per active feed, so the workers share a pass between them."""
    return sum(defer_poll(feed) for feed in Feed.objects.filter(active=True))


def defer_fetch(page_fetch: PageFetch) -> None:
    page_fetch.job_id = fetch_page.defer(page_fetch_id=page_fetch.pk)
    page_fetch.save(update_fields=["job_id"])


def defer_poll(feed: Feed) -> bool:
    """Queue a poll of the feed unless one is already waiting; one runs at a time per feed."""
    lock = f"feed-{feed.pk}"
    try:
        # A savepoint: the refused insert must not abort a surrounding transaction.
        with transaction.atomic():
            poll_feed.configure(lock=lock, queueing_lock=lock).defer(feed_id=feed.pk)
    except AlreadyEnqueued:
        return False
    return True
