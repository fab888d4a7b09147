"""Editors on the article page, in Chromium: a sentence becomes an event, or a citation of one."""

import datetime as dt
import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from timeline.models import Actor, Event, Sector
from timeline.sentences import split_sentences
from timeline.tests.factories import cite, make_article, make_event
from timeline.vocabulary import load_vocabulary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long editor password"
# Sentences of the seed article from Asian Lite News (fixtures/articles/001_…) that the
# pipeline reads as no event: what an editor would add by hand.
MISSED = "Speaking on the occasion, Qureshi reiterated Pakistan’s resolve"
TRADE = "The visiting Foreign Minister said the increase in bilateral trade"


@pytest.fixture
def seeds(transactional_db):
    # Transactional tests empty every table afterwards, the migrated vocabulary included.
    load_vocabulary(Actor, Sector)
    call_command("ingest_articles", verbosity=0)
    return Article.objects.get(outlet="Asian Lite News")


def make_user(username, *, editor):
    # Transactional tests lose the data migrations' rows too: make the group as 0003 does.
    migration = importlib.import_module("timeline.migrations.0003_editors_group")
    migration.create_editors_group(apps, None)
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    if editor:
        user.groups.add(Group.objects.get(name="Editors"))
    return user


def log_in(page, user, next_url):
    page.goto(f"/admin/login/?next={next_url}")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(re.escape(next_url) + "$"))


def sentence_at(page, article, words):
    start = article.text.index(words)
    return page.locator(f'[data-sentence-start="{start}"]'), start


def test_an_editor_makes_an_event_from_a_sentence_in_two_clicks(page, seeds):
    editor = make_user("editor", editor=True)
    log_in(page, editor, seeds.get_absolute_url())
    sentence, start = sentence_at(page, seeds, MISSED)
    end = int(sentence.get_attribute("data-sentence-end"))

    sentence.locator('[data-action="new-event"]').click()
    sentence.locator('[data-action="save-event"]').click()

    expect(sentence.get_by_role("status")).to_contain_text("Made the event")
    event = Event.objects.get(citations__quote_start=start, reviewed=True)
    assert (event.published, event.citations.get().quote_end) == (True, end)
    # The sentence gives no date of its own: it has the report's date or the publication date.
    assert event.start_date <= seeds.published
    assert "Qureshi" in event.title
    assert event.history.first().history_user == editor
    expect(sentence.locator(".cited-by")).to_contain_text(event.title)

    page.console_errors.clear()
    page.goto("/")
    expect(page.locator(f"#event-{event.pk}")).to_contain_text(event.title)
    expect(page.locator(f"#event-{event.pk}")).to_contain_text("Reviewed by an editor")
    assert page.console_errors == []


def test_an_editor_adds_actors_and_a_typed_date_and_errors_keep_what_was_typed(page, seeds):
    log_in(page, make_user("editor", editor=True), seeds.get_absolute_url())
    sentence, start = sentence_at(page, seeds, TRADE)
    sentence.locator('[data-action="new-event"]').click()
    form = sentence.locator("form")
    # htmx gives the new form's title the focus once settled: typing starts after that.
    expect(form.get_by_label("Title")).to_be_focused()

    form.get_by_label("Title").fill("Lavrov expects more trade with Pakistan")
    form.get_by_label("Add an actor").fill("Putin")
    form.get_by_role("button", name="Vladimir Putin").click()
    expect(form.get_by_label("Vladimir Putin")).to_be_checked()
    form.get_by_label("Add an actor").fill("Ivan Testov")
    form.get_by_role("button", name="Add “Ivan Testov” as a new person").click()
    expect(form.get_by_label("Ivan Testov (new person)")).to_be_checked()
    form.get_by_label("Add an actor").press("Enter")  # Enter in a search box saves nothing
    form.get_by_label("Or type a date").fill("sometime")
    sentence.locator('[data-action="save-event"]').click()

    expect(sentence.get_by_text("“sometime” is not a date")).to_be_visible()
    expect(form.get_by_label("Title")).to_have_value("Lavrov expects more trade with Pakistan")
    expect(form.get_by_label("Ivan Testov (new person)")).to_be_checked()
    assert not Event.objects.filter(citations__quote_start=start).exists()
    # The form sent back takes the focus to its title once htmx has settled it; typing
    # before then could land in the title instead of the date.
    expect(form.get_by_label("Title")).to_be_focused()

    form.get_by_label("Or type a date").fill("2021-04")
    sentence.locator('[data-action="save-event"]').click()
    expect(sentence.get_by_role("status")).to_contain_text("Lavrov expects more trade")
    event = Event.objects.get(citations__quote_start=start)
    assert (event.value, event.precision) == ("2021-04", "month")
    assert {"Vladimir Putin", "Ivan Testov"} <= set(event.actors.values_list("name", flat=True))


def test_an_editor_adds_a_sentence_to_an_event_found_by_words(page, seeds):
    visit = Event.objects.filter(citations__article=seeds, title__startswith="Lavrov lands")
    visit = visit.distinct().get()
    log_in(page, make_user("editor", editor=True), seeds.get_absolute_url())
    sentence, start = sentence_at(page, seeds, TRADE)

    sentence.locator('[data-action="add-to-event"]').click()
    # htmx gives the search box the focus once settled: typing starts after that.
    expect(sentence.get_by_label("Words")).to_be_focused()
    sentence.get_by_label("Words").fill("lands Pakistan")
    sentence.get_by_label("Date").fill("2021")
    # The search has narrowed the events of the report's month down to one.
    expect(sentence.locator(".event-choice")).to_have_count(1)
    choice = sentence.get_by_role("button", name=re.compile("Lavrov lands in Pakistan"))
    choice.click()

    expect(sentence.get_by_role("status")).to_contain_text("Added this sentence to")
    expect(sentence.locator(".cited-by a", has_text="Lavrov lands in Pakistan")).to_have_attribute(
        "href", f"/events/{visit.pk}/"
    )
    assert visit.citations.filter(quote_start=start).count() == 1

    # The same sentence cannot be added twice: the event is offered but cannot be picked.
    sentence.locator('[data-action="add-to-event"]').click()
    # The sentence has no date: the search starts from the month of the report.
    expect(sentence.get_by_label("Date")).to_have_value("2021-04")
    expect(sentence.get_by_text("already cites this sentence")).to_be_visible()
    expect(choice).to_be_disabled()


def test_readers_and_non_editors_get_no_tools_and_403(page, seeds):
    sentence_start = seeds.text.index(MISSED)
    tools = f"/articles/{seeds.pk}/sentences/{sentence_start}-"
    page.goto(seeds.get_absolute_url())
    expect(page.get_by_text(MISSED)).to_be_visible()
    expect(page.locator("[data-action]")).to_have_count(0)
    expect(page.locator("[data-sentence-start]")).to_have_count(0)
    passage = seeds.passages.get(start__lte=sentence_start, end__gt=sentence_start)
    sentences = split_sentences(seeds.text, passage.start, passage.end)
    end = next(sentence.end for sentence in sentences if sentence.start == sentence_start)
    assert page.request.get(f"{tools}{end}/new-event/").status == 403

    log_in(page, make_user("reader", editor=False), seeds.get_absolute_url())
    expect(page.locator("[data-action]")).to_have_count(0)
    assert page.request.get(f"{tools}{end}/new-event/").status == 403
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    for action in ("new-event", "add-to-event"):
        response = page.request.post(
            f"{tools}{end}/{action}/", headers={"X-CSRFToken": csrf}, form={"title": "x"}
        )
        assert response.status == 403
    assert not Event.objects.filter(title="x").exists()


def test_the_timeline_lists_each_source_article_once(page, transactional_db):
    dawn = make_article(
        "Lavrov arrived.\nLavrov met Sharif.\nThey signed a deal.\nLavrov left.\n",
        outlet="Dawn", published=dt.date(2012, 10, 4),
    )  # fmt: skip
    tribune = make_article(
        "Lavrov was in Islamabad.\n", outlet="Tribune", published=dt.date(2012, 10, 5)
    )
    event = make_event("Lavrov visits Pakistan", start=dt.date(2012, 10, 3))
    for line in dawn.text.splitlines():
        cite(event, dawn, line)
    cite(event, tribune, "Lavrov was in Islamabad.")

    page.goto("/")
    sources = page.locator(f"#event-{event.pk} .facts div", has_text="Sources").locator("dd")
    expect(sources).to_have_text(
        "2 sources: Dawn, 4 Oct 2012 (English, 4 passages); Tribune, 5 Oct 2012 (English)"
    )
    expect(sources.locator("a")).to_have_count(2)

    sources.get_by_role("link", name="Dawn, 4 Oct 2012").click()
    expect(page.locator("mark")).to_have_text("Lavrov arrived.")

    page.goto(event.get_absolute_url())
    expect(page.get_by_role("heading", name="2 sources report it")).to_be_visible()
    expect(page.locator(".citation")).to_have_count(2)
    expect(page.locator(".citation blockquote")).to_have_count(5)
