"""Read a news web page: the article's text and metadata, and where its date came from.

trafilatura finds the main text (no navigation, related-story lists, cookie banners,
comments or share buttons) with the title, site name and canonical URL; htmldate finds the
publication date. Pure Python, no Django: HTML bytes in, a `WebPage` out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import trafilatura
from htmldate import core as htmldate_core
from htmldate import find_date
from htmldate.utils import Extractor
from htmldate.validators import get_max_date, get_min_date
from trafilatura.settings import use_config

DATE_FORMAT = "%Y-%m-%d"

# Lists of other stories, each with its own date, that trafilatura's rules can leave in when a
# site names them in its own words ("latest-news", "read-also"). A block holding the page's
# headline is the article itself, whatever its class says.
_OTHER_STORIES_WORDS = "latest related read-also trending popular most-read recommended".split()
OTHER_STORIES = [
    f"//*[self::div or self::section or self::aside or self::ul]"
    f"[contains(@class, '{word}') or contains(@id, '{word}')][not(.//h1)]"
    for word in _OTHER_STORIES_WORDS
]


# Shorter than this, what trafilatura finds is a menu or a notice, never a news article.
MIN_ARTICLE_CHARACTERS = 100
_TRAFILATURA_CONFIG = use_config()
_TRAFILATURA_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_ARTICLE_CHARACTERS))
_TRAFILATURA_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


class NotAnArticle(ValueError):
    """The page has no article text to store; the message is one line fit for the user."""


@dataclass(frozen=True)
class WebPage:
    text: str
    title: str
    site_name: str
    canonical_url: str
    published: dt.date | None
    date_source: str  # e.g. "JSON-LD datePublished"; "" when no date was found


def read_web_page(html: bytes | str, url: str = "") -> WebPage:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NotAnArticle("not an HTML page")
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        prune_xpath=OTHER_STORIES,
        config=_TRAFILATURA_CONFIG,
    )
    text = (document.text or "").strip() if document else ""
    if len(text) < MIN_ARTICLE_CHARACTERS:
        raise NotAnArticle("no article text found on the page")
    canonical_url = _web_address(document.url) or _web_address(url)
    published, date_source = publication_date(tree, canonical_url, text)
    return WebPage(
        text=text + "\n",
        title=(document.title or "").strip(),
        site_name=(document.sitename or "").strip() or _host_name(canonical_url),
        canonical_url=canonical_url,
        published=published,
        date_source=date_source,
    )


def publication_date(tree, url: str, article_text: str) -> tuple[dt.date | None, str]:
    """The page's original publication date, and which part of the page gave it.

    htmldate's own extractors are asked one source at a time, markup first, so the answer can
    name its source. Its whole-page text search is not used: on news pages it readily picks a
    date from a list of other stories; the article's own text (its dateline) is read instead.
    """
    options = Extractor(True, get_max_date(None), get_min_date(None), True, DATE_FORMAT)
    article = next(iter(tree.xpath("//article")), tree)
    sources = (
        ("the page's meta tags", lambda: htmldate_core.examine_header(tree, options)),
        ("JSON-LD datePublished", lambda: htmldate_core.json_search(tree, options)),
        ("the URL", lambda: htmldate_core.extract_url_date(url or None, options)),
        ("a published-date <abbr>", lambda: htmldate_core.examine_abbr_elements(tree, options)),
        ("a <time> element", lambda: htmldate_core.examine_time_elements(article, options)),
        ("the article text", lambda: _text_date(article_text)),
    )
    for source, extract in sources:
        if found := extract():
            return dt.date.fromisoformat(found), source
    return None, ""


def _text_date(text: str) -> str | None:
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines())
    return find_date(f"<html><body>{paragraphs}</body></html>", original_date=True)


def _web_address(url: str | None) -> str:
    url = (url or "").strip()
    return url if urlsplit(url).scheme in {"http", "https"} else ""


def _host_name(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
