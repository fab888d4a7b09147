"""Read an RSS or Atom feed (feedparser) into its items. Pure Python, no Django."""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin

import feedparser
import lxml.html


class NotAFeed(ValueError):
    """The document is no RSS or Atom feed; the message is one line fit for the user."""


@dataclass(frozen=True)
class FeedEntry:
    key: str  # the GUID, or the link when the feed gives none
    url: str
    title: str
    summary: str  # as text, markup removed

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.summary}"


def read_feed(document: bytes, feed_url: str = "") -> list[FeedEntry]:
    """The feed's items; links relative to the feed are made absolute against feed_url."""
    parsed = feedparser.parse(document)
    if not parsed.version:
        raise NotAFeed("not an RSS or Atom feed")
    entries = []
    for item in parsed.entries:
        url = urljoin(feed_url, (item.get("link") or "").strip())
        key = (item.get("id") or url).strip()
        if key:
            entries.append(
                FeedEntry(key, url, _text(item.get("title", "")), _text(item.get("summary", "")))
            )
    return entries


def _text(markup: str) -> str:
    if "<" not in markup:
        return " ".join(unescape(markup).split())
    return " ".join(
        lxml.html.fragment_fromstring(markup, create_parent="div").text_content().split()
    )
