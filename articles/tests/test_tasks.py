"""The workers' schedule: feeds polled every 30 minutes, one job per active feed."""

import pytest
from croniter import croniter
from procrastinate.contrib.django import app
from procrastinate.contrib.django.models import ProcrastinateJob

from articles.models import Feed
from articles.tasks import poll_feeds

pytestmark = pytest.mark.django_db


def test_feeds_are_polled_every_thirty_minutes():
    (periodic,) = [
        task for task in app.periodic_registry.periodic_tasks.values()
        if task.task.name == "articles.poll_feeds"
    ]  # fmt: skip
    runs = croniter(periodic.cron, 1_700_000_000)
    first, second, third = runs.get_next(), runs.get_next(), runs.get_next()
    assert second - first == third - second == 30 * 60


def test_a_pass_queues_one_job_per_active_feed_and_none_twice():
    feeds = [Feed.objects.create(url=f"https://example.com/{name}.rss") for name in "abc"]
    Feed.objects.filter(pk=feeds[2].pk).update(active=False)

    assert poll_feeds(timestamp=0) == 2
    assert poll_feeds(timestamp=1800) == 0  # the first pass's jobs are still waiting

    jobs = ProcrastinateJob.objects.order_by("id")
    assert [(job.task_name, job.args, job.lock) for job in jobs] == [
        ("articles.poll_feed", {"feed_id": feed.pk}, f"feed-{feed.pk}") for feed in feeds[:2]
    ]
