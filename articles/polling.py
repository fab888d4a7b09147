"""Poll news feeds: items that name both Pakistan and Russia are fetched and ingested once.

Every item seen is stored (FeedItem, unique per feed and GUID) before its page is fetched, so
an item is never fetched or ingested twice, whether the next pass comes from this process,
another worker, or another machine. A feed that fails records its error; the others go on.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.feeds import FeedEntry, NotAFeed, read_feed
from articles.fetch import FEED_TYPES, FetchError, fetch
from articles.ingest import IngestError, ingest_url, one_line
from articles.models import Feed, FeedItem
from timeline.models import Actor
from timeline.pipeline import Vocabulary
from timeline.sides import sides_named

BOTH_SIDES = {Actor.Side.PAKISTAN, Actor.Side.RUSSIA}


@dataclass(frozen=True)
class FeedPoll:
    feed: Feed
    new: int = 0
    relevant: int = 0
    ingested: int = 0
    failed: int = 0
    error: str = ""

    def __str__(self):
        if self.error:
            return f"failed     {self.feed.url}: {self.error}"
        failed = f", {self.failed} could not be ingested" if self.failed else ""
        return (
            f"polled     {self.feed.url}: {self.new} new items, {self.relevant} about "
            f"Pakistan and Russia, {self.ingested} ingested{failed}"
        )


def names_both_sides(text: str) -> bool:
    return sides_named(text, Vocabulary.current().actors) >= BOTH_SIDES


def poll_feed(feed: Feed) -> FeedPoll:
    try:
        document = fetch(feed.url, accept=FEED_TYPES, allow_private=settings.ALLOW_PRIVATE_FETCH)
        entries = read_feed(document.body, document.url)
    except (FetchError, NotAFeed) as error:
        poll = FeedPoll(feed, error=one_line(error))
    else:
        poll = FeedPoll(feed)
        for entry in entries:
            poll = _take(poll, entry)
    feed.last_polled_at, feed.last_error = timezone.now(), poll.error
    feed.save(update_fields=["last_polled_at", "last_error"])
    return poll


def poll_active_feeds() -> list[FeedPoll]:
    return [poll_feed(feed) for feed in Feed.objects.filter(active=True)]


def _take(poll: FeedPoll, entry: FeedEntry) -> FeedPoll:
    item = _claim(poll.feed, entry)
    if item is None:
        return poll
    new, relevant = poll.new + 1, poll.relevant + item.relevant
    ingested, failed = poll.ingested, poll.failed
    if item.relevant:
        try:
            item.article = ingest_url(entry.url, outlet=poll.feed.outlet).article
            ingested += 1
        except IngestError as error:
            item.error = one_line(error)
            failed += 1
        item.save(update_fields=["article", "error"])
    return FeedPoll(poll.feed, new, relevant, ingested, failed)


def _claim(feed: Feed, entry: FeedEntry) -> FeedItem | None:
    """The item, stored as seen; None when it was seen before (here or by another worker)."""
    key = entry.key[: FeedItem._meta.get_field("key").max_length]
    if FeedItem.objects.filter(feed=feed, key=key).exists():
        return None
    try:
        with transaction.atomic():
            return FeedItem.objects.create(
                feed=feed,
                key=key,
                url=entry.url[: FeedItem._meta.get_field("url").max_length],
                title=entry.title[: FeedItem._meta.get_field("title").max_length],
                relevant=bool(entry.url) and names_both_sides(entry.text),
            )
    except IntegrityError:  # another worker stored it a moment ago
        return None
