"""An editor adds an article from its URL in the admin, in a real Chromium."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from articles.models import PageFetch
from articles.tasks import fetch_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("empty_queue_afterwards"),
]

PASSWORD = "a long editor password"
PAGES = Path(__file__).parent / "html"


@pytest.fixture
def editor(transactional_db):
    # Transactional tests empty every table afterwards, data migrations included: give the
    # group its permissions again the way the migrations do.
    importlib.import_module("timeline.migrations.0003_editors_group").create_editors_group(
        apps, None
    )
    importlib.import_module("articles.migrations.0002_web_intake").grant_editors(apps, None)
    user = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_adds_an_article_from_its_url_and_sees_the_worker_finish_it(
    page, editor, web_server, allow_local_fetch
):
    url = web_server.serve("/world/lavrov", (PAGES / "og_meta.html").read_bytes())
    page.goto("/admin/login/?next=/admin/articles/article/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Add article from URL").click()
    page.get_by_label("URL").fill(url)
    page.get_by_role("button", name="Save", exact=True).click()

    # The request returns at once: nothing has been fetched yet.
    expect(page.get_by_text("is queued: a worker fetches it")).to_be_visible()
    expect(page.locator("td.field-state")).to_have_text("Queued")
    assert web_server.requests == []

    fetch_page(page_fetch_id=PageFetch.objects.get().pk)  # what a worker does with the job
    page.reload()

    expect(page.locator("td.field-state")).to_have_text("Ingested")
    page.locator("td.field-article_link a").click()
    expect(page.get_by_label("Title")).to_have_value("Lavrov to visit Islamabad next week")
