"""Reading news pages: the article's text without the site's chrome, its metadata, its date.

Each page under html/ was written for these tests in the layout of one kind of news site.
"""

import datetime as dt
from pathlib import Path

import pytest

from articles.webpage import NotAnArticle, read_web_page

PAGES = Path(__file__).parent / "html"

# page: (title, site name, canonical URL, publication date, where the date came from)
EXPECTED = {
    "json_ld.html": (
        "Pakistan, Russia agree to expand barter trade",
        "The Daily Ledger",
        "https://dailyledger.example.pk/news/business/pakistan-russia-barter-trade",
        dt.date(2023, 6, 14),
        "JSON-LD datePublished",
    ),
    "og_meta.html": (
        "Lavrov to visit Islamabad next week",
        "Frontier Herald",
        "https://frontierherald.example.com/world/lavrov-to-visit-islamabad",
        dt.date(2021, 4, 2),
        "the page's meta tags",
    ),
    "microdata.html": (
        "Joint military drill Druzhba opens in Pakistan",
        "Capital Times",
        "",
        dt.date(2018, 10, 22),
        "the page's meta tags",
    ),
    "wire_agency.html": (
        "Russia, Pakistan sign protocol on gas pipeline",
        "northernwire.example.org",
        "https://northernwire.example.org/economy/gas-pipeline-protocol",
        dt.date(2021, 5, 28),
        "the page's meta tags",
    ),
    "url_date.html": (
        "Moscow hosts Pakistan-Russia business forum",
        "steppe-post.example.ru",
        "https://steppe-post.example.ru/2019/10/24/moscow-hosts-pakistan-russia-business-forum/",
        dt.date(2019, 10, 24),
        "the URL",
    ),
    "blog.html": (
        "Pakistan and Russia talk railway links",
        "",
        "",
        dt.date(2024, 1, 16),
        "a published-date <abbr>",
    ),
    "time_element.html": (
        "Russian wheat shipment reaches Karachi port",
        "",
        "",
        dt.date(2022, 3, 5),
        "a <time> element",
    ),
    "dateline.html": (
        "Pakistani students return from Russian universities",
        "",
        "",
        dt.date(2020, 11, 18),
        "the article text",
    ),
}

# The first and last paragraph of each article, which the stored text must keep.
ARTICLE_EDGES = {
    "json_ld.html": ("ISLAMABAD: Pakistan and Russia on Wednesday", "before the end of the year."),
    "og_meta.html": ("PESHAWAR: Russian Foreign Minister", "told the weekly briefing."),
    "microdata.html": (
        "RAWALPINDI: The joint Pakistan–Russia",
        "alternately in Pakistan and Russia.",
    ),
    "wire_agency.html": ("MOSCOW, May 28. Russia and Pakistan", "about 1,100 kilometres."),
    "url_date.html": ("MOSCOW — More than two hundred", "if banking links improved."),
    "blog.html": ("Railway officials from Pakistan", "ministry of railways said in a statement."),
    "time_element.html": ("KARACHI: The first shipment", "flour mills in Sindh and Punjab."),
    "dateline.html": ("LAHORE, November 18, 2020:", "most of them medicine and engineering."),
}

# Words from the chrome around the articles: none may reach the stored text.
CHROME = [
    "cookie",
    "Cookie",
    "Accept",
    "Share",
    "Facebook",
    "Twitter",
    "Subscribe",
    "Sign in",
    "Related stories",
    "More from World",
    "Trending now",
    "Popular posts",
    "Read also",
    "You may also like",
    "Latest news",
    "Recent Posts",
    "Previous post",
    "Comments",
    "comment",
    "Leave a Reply",
    "Good step for our exporters",
    "prices are still too high",
    "Oil prices edge lower",
    "Rupee gains",
    "Floods displace",
    "Board results announced",
    "Spring fair opens",
    "Navy commissions",
    "Port expansion approved",
    "All rights reserved",
    "Privacy",
    "Home",
]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_gives_its_metadata_and_says_where_its_date_came_from(name):
    page = read_web_page((PAGES / name).read_bytes())

    assert (
        page.title,
        page.site_name,
        page.canonical_url,
        page.published,
        page.date_source,
    ) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_text_is_the_article_without_the_site_around_it(name):
    text = read_web_page((PAGES / name).read_bytes()).text

    first, last = ARTICLE_EDGES[name]
    assert first in text
    assert text.rstrip().endswith(last)
    assert [word for word in CHROME if word in text] == []


def test_related_stories_with_their_own_dates_do_not_date_the_article():
    # dateline.html's sidebar lists stories of 2019 and 2018; only its dateline is the article's.
    page = read_web_page((PAGES / "dateline.html").read_bytes())
    assert page.published == dt.date(2020, 11, 18)


def test_the_address_a_page_came_from_dates_it_when_nothing_else_does():
    html = (PAGES / "dateline.html").read_bytes().replace(b"LAHORE, November 18, 2020:", b"LAHORE:")

    page = read_web_page(html, "https://indus.example.com/2020/11/19/students-return/")

    assert (page.published, page.date_source) == (dt.date(2020, 11, 19), "the URL")
    assert page.canonical_url == "https://indus.example.com/2020/11/19/students-return/"


def test_a_page_without_article_text_is_refused():
    html = b"<html><body><nav><a href='/'>Home</a></nav><p>Cookie settings</p></body></html>"
    with pytest.raises(NotAnArticle, match="no article text found on the page"):
        read_web_page(html)


def test_an_article_whose_own_block_is_named_like_a_list_of_stories_is_kept():
    html = (
        (PAGES / "og_meta.html")
        .read_bytes()
        .replace(b'<article class="story">', b'<article class="story"><div class="latest-story">')
        .replace(b"</article>", b"</div></article>")
    )

    page = read_web_page(html)

    assert page.text.startswith("Lavrov to visit Islamabad next week\nPESHAWAR:")
