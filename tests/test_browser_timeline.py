import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from timeline.tests.factories import cite, make_article, make_event
from timeline.views import PAGE_SIZE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("vocabulary"),
]
D = dt.date


@pytest.fixture
def events():
    filler = "".join(f"Background paragraph {n} about the region.\n" for n in range(40))
    article = make_article(
        filler + "ISLAMABAD: Lavrov arrived on Tuesday for talks with Qureshi.\n",
        title="Lavrov arrives in Islamabad", outlet="Test Wire", url="https://wire.test/lavrov",
    )  # fmt: skip
    visit = make_event("Lavrov visits Islamabad", start=D(2021, 4, 6),
                       actors=["sergey-lavrov"], sectors=["diplomacy"])  # fmt: skip
    cite(visit, article, "Lavrov arrived on Tuesday for talks with Qureshi.",
         date_expression="on Tuesday")  # fmt: skip
    return {
        "visit": visit,
        "pipeline": make_event("Pipeline deal", start=D(2022, 5, 1), precision="month",
                               actors=["sergey-lavrov"], sectors=["energy"]),
        "oil": make_event("Crude oil shipment", start=D(2023, 6, 10), end=D(2023, 6, 11),
                          precision="week", value="2023-W23-WE",
                          actors=["vladimir-putin"], sectors=["energy"]),
        "visit_1999": make_event("Sharif in Moscow", start=D(1999, 1, 1), end=D(1999, 12, 31),
                                 precision="year", actors=["nawaz-sharif"], status="planned"),
    }  # fmt: skip


def shown_ids(page) -> set[int]:
    return {int(pk) for pk in page.locator("[data-event-id]").evaluate_all(
        "elements => elements.map(element => element.dataset.eventId)"
    )}  # fmt: skip


def expect_events(page, expected):
    expect(page.locator("[data-event-id]")).to_have_count(len(expected))
    assert shown_ids(page) == {event.pk for event in expected}


def test_filtering_updates_the_list_and_the_url_and_survives_reload_and_back(page, events):
    page.goto("/")
    expect_events(page, events.values())
    expect(page.locator("#result-count")).to_have_text("4 events.")

    page.get_by_label("Sergey Lavrov", exact=True).check()
    expect_events(page, [events["visit"], events["pipeline"]])
    expect(page.locator("#result-count")).to_contain_text("2 events")
    expect(page).to_have_url(re.compile(r"actor=sergey-lavrov"))

    energy = page.get_by_label("Energy", exact=True)
    energy.check()
    expect_events(page, [events["pipeline"]])
    expect(page).to_have_url(re.compile(r"\?actor=sergey-lavrov&sector=energy$"))
    expect(energy).to_be_focused()
    expect(page.locator("#actor-vladimir-putin-count")).to_have_text(re.compile(r"^0"))

    page.reload()
    expect_events(page, [events["pipeline"]])
    expect(page.get_by_label("Sergey Lavrov", exact=True)).to_be_checked()
    expect(page.get_by_label("Energy", exact=True)).to_be_checked()

    page.go_back()
    expect(page).to_have_url(re.compile(r"\?actor=sergey-lavrov$"))
    expect_events(page, [events["visit"], events["pipeline"]])
    page.go_back()
    expect(page).to_have_url(re.compile(r"/$"))
    expect_events(page, events.values())
    expect(page.get_by_label("Sergey Lavrov", exact=True)).not_to_be_checked()

    page.go_forward()
    expect_events(page, [events["visit"], events["pipeline"]])
    assert page.console_errors == []


def test_free_text_and_year_filters_update_the_list(page, events):
    page.goto("/")
    page.get_by_label("Search", exact=True).fill("pipeline")
    expect_events(page, [events["pipeline"]])
    expect(page).to_have_url(re.compile(r"q=pipeline"))
    page.get_by_label("Search", exact=True).fill("")
    expect_events(page, events.values())
    page.get_by_label("From year", exact=True).fill("2022")
    page.get_by_label("From year", exact=True).press("Enter")
    expect_events(page, [events["pipeline"], events["oil"]])
    page.get_by_label("Status", exact=True).select_option("planned")
    expect(page.locator("[data-event-id]")).to_have_count(0)
    expect(page.locator("#result-count")).to_have_text("No events match these filters.")
    assert page.console_errors == []


def test_clicking_a_year_in_the_chart_filters_to_that_year(page, events):
    page.goto("/")
    page.get_by_role("link", name="2023: 1 event").click()
    expect_events(page, [events["oil"]])
    expect(page).to_have_url(re.compile(r"\?from=2023&to=2023$"))
    expect(page.get_by_label("From year", exact=True)).to_have_value("2023")
    expect(page.get_by_label("To year", exact=True)).to_have_value("2023")
    page.get_by_label("Vladimir Putin", exact=True).check()
    expect(page).to_have_url(re.compile(r"\?actor=vladimir-putin&from=2023&to=2023$"))
    expect_events(page, [events["oil"]])
    assert page.console_errors == []


def test_a_source_link_shows_the_marked_sentence(page, events):
    page.goto("/")
    page.get_by_role("link", name="Test Wire, 8 Apr 2021").click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/\?cite=\d+#p-41$"))
    mark = page.locator("mark")
    expect(mark).to_have_text("Lavrov arrived on Tuesday for talks with Qureshi.")
    expect(mark).to_be_in_viewport()
    original = page.get_by_role("link", name="See it on the original page")
    fragment = "Lavrov%20arrived%20on%20Tuesday%20for%20talks%20with%20Qureshi."
    expect(original).to_have_attribute("href", f"https://wire.test/lavrov#:~:text={fragment}")
    assert page.console_errors == []


def test_why_this_date_shows_the_dating_words(page, events):
    page.goto(f"/events/{events['visit'].pk}/")
    expect(page.locator(".citation mark")).to_have_text("on Tuesday")
    page.goto("/")
    visit = page.locator(f'[data-event-id="{events["visit"].pk}"]')
    visit.get_by_text("Why this date").click()
    expect(visit.locator("mark")).to_be_visible()
    expect(visit).to_contain_text("Thursday 8 April 2021")
    assert page.console_errors == []


def test_without_javascript_the_form_gives_the_same_results(page, browser, live_server, events):
    page.goto("/")
    page.get_by_label("Sergey Lavrov", exact=True).check()
    page.get_by_label("Energy", exact=True).check()
    expect(page.locator("[data-event-id]")).to_have_count(1)
    with_javascript = shown_ids(page)

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto("/")
        plain.get_by_label("Sergey Lavrov", exact=True).check()
        plain.get_by_label("Energy", exact=True).check()
        assert len(shown_ids(plain)) == 4  # nothing happens until the form is submitted
        plain.get_by_role("button", name="Apply filters").click()
        expect(plain).to_have_url(re.compile(r"actor=sergey-lavrov.*sector=energy"))
        assert shown_ids(plain) == with_javascript
        plain.get_by_role("link", name="2022: 1 event").click()
        expect(plain).to_have_url(re.compile(r"from=2022&to=2022"))
        assert shown_ids(plain) == {events["pipeline"].pk}
    finally:
        context.close()
    assert page.console_errors == []


def test_load_more_appends_the_next_page_and_moves_focus_to_it(page):
    made = [make_event(start=D(2000, 1, 1) + dt.timedelta(days=n)) for n in range(PAGE_SIZE + 3)]
    page.goto("/")
    expect(page.locator("[data-event-id]")).to_have_count(PAGE_SIZE)
    page.get_by_role("link", name="Load later events").click()
    expect(page.locator("[data-event-id]")).to_have_count(PAGE_SIZE + 3)
    assert shown_ids(page) == {event.pk for event in made}
    expect(page.locator(f'[data-event-id="{made[PAGE_SIZE].pk}"]')).to_be_focused()
    expect(page.get_by_role("link", name="Load later events")).to_have_count(0)
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/", "/?actor=sergey-lavrov", "event", "article"])
def test_phone_width_does_not_scroll_sideways(page, events, path):
    if path == "event":
        path = f"/events/{events['visit'].pk}/"
    elif path == "article":
        path = f"/articles/{events['visit'].citations.get().article_id}/"
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(path)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert page.console_errors == []
