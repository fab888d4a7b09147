import datetime as dt
import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from timeline.tests.factories import cite, make_article, make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long editor password"


@pytest.fixture
def editor(transactional_db):
    # Transactional tests empty every table afterwards, data migrations included: make the
    # group again the way migration 0003 does.
    migration = importlib.import_module("timeline.migrations.0003_editors_group")
    migration.create_editors_group(apps, None)
    user = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_fixes_a_date_and_the_timeline_shows_it(page, editor):
    article = make_article(
        "MOSCOW: Prime Minister Imran Khan will arrive in Moscow on Wednesday.\n",
        published=dt.date(2022, 2, 21),
    )
    event = make_event("Imran Khan visits Moscow", start=dt.date(2022, 2, 24))
    cite(event, article, "Prime Minister Imran Khan will arrive in Moscow on Wednesday.")

    page.goto(f"/admin/login/?next=/admin/timeline/event/{event.pk}/change/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.locator("#id_start_date").fill("2022-02-23")
    page.locator("#id_end_date").fill("2022-02-23")
    page.locator("#id_value").fill("2022-02-24")
    page.get_by_role("button", name="Save", exact=True).click()
    # The value still names the old day: the form says so and keeps the editor's input.
    expect(page.get_by_text("the TimeML value is “2022-02-23”, not “2022-02-24”")).to_be_visible()

    page.locator("#id_value").fill("2022-02-23")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    # Only the public page's console counts: the admin has no favicon, so Chromium's request
    # for /favicon.ico fails there.
    page.console_errors.clear()
    page.goto("/")
    expect(page.get_by_text("Wednesday 23 February 2022").first).to_be_visible()
    expect(page.get_by_text("Imran Khan visits Moscow").first).to_be_visible()
    assert page.console_errors == []

    record = next(
        item for item in page.request.get("/events.json").json()["events"] if item["id"] == event.pk
    )
    assert (record["start_date"], record["value"]) == ("2022-02-23", "2022-02-23")
