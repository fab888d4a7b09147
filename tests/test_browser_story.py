"""The story view: the filtered events as TimelineJS slides, in a real Chromium."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from timeline.tests.factories import cite, make_article, make_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("vocabulary"),
]


@pytest.fixture
def events():
    article = make_article("ISLAMABAD: Lavrov arrived on Tuesday for talks with Qureshi.\n",
                           outlet="Test Wire", url="https://wire.test/lavrov")  # fmt: skip
    visit = make_event(
        "Lavrov visits Islamabad", start=dt.date(2021, 4, 6), actors=["sergey-lavrov"]
    )
    cite(visit, article, "Lavrov arrived on Tuesday for talks with Qureshi.")
    plan = make_event(
        "Two countries to hold an intergovernmental commission meeting in Moscow",
        start=dt.date(2021, 4, 9), end=dt.date(2021, 12, 31), precision="year", value="2021",
        status="planned", actors=["sergey-lavrov"],
    )  # fmt: skip
    other = make_event("Putin call", start=dt.date(2019, 5, 1), actors=["vladimir-putin"])
    return {"visit": visit, "plan": plan, "other": other}


def slide(page, headline):
    return page.locator(".tl-slide", has=page.locator(".tl-headline", has_text=headline))


def current_marker(page):
    return page.locator(".tl-timemarker-active .tl-headline")


def test_the_story_view_shows_the_filtered_events_as_slides(page, events):
    page.goto("/?actor=sergey-lavrov")
    page.get_by_role("link", name=re.compile("as a story")).click()
    expect(page).to_have_url(re.compile(r"/story/\?actor=sergey-lavrov$"))
    expect(slide(page, "Pakistan–Russia relations")).to_be_in_viewport()
    # The filter holds: the Putin call is not among the markers.
    expect(page.locator(".tl-timemarker")).to_have_count(2)

    page.locator(".tl-slidenav-next").first.click()
    expect(current_marker(page)).to_have_text("Lavrov visits Islamabad")
    visit = slide(page, "Lavrov visits Islamabad")
    expect(visit).to_be_in_viewport()
    expect(visit.locator(".tl-headline-date")).to_have_text("Tuesday 6 April 2021")

    page.locator(".tl-slidenav-next").first.click()
    headline = "Planned: Two countries to hold an intergovernmental commission…"
    expect(current_marker(page)).to_have_text(headline)
    expect(slide(page, headline).locator(".tl-headline-date")).to_have_text("2021")
    # Vendored, under the site's Content Security Policy: nothing refused, nothing missing.
    assert page.console_errors == []


def test_the_story_view_says_when_nothing_matches(page, events):
    page.goto("/story/?q=submarine")
    expect(slide(page, "No events match these filters").first).to_be_in_viewport()
    expect(page.get_by_text("Timeline configuration has no events")).to_have_count(0)
    assert page.console_errors == []


def test_the_story_view_refuses_an_invalid_filter_with_a_message(page, events):
    response = page.goto("/story/?from=soon")
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("Enter a year, such as 2021")
