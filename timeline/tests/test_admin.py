import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from timeline import curation
from timeline.models import Actor, Citation, Event, Sector
from timeline.pipeline import extract_article
from timeline.tests.factories import cite, make_article, make_event

CHANGELIST = "/admin/timeline/event/"


def change_url(event):
    return reverse("admin:timeline_event_change", args=[event.pk])


def history_url(event):
    return reverse("admin:timeline_event_history", args=[event.pk])


def revert_url(event, record):
    return reverse("admin:timeline_event_simple_history", args=[event.pk, record.history_id])


def form_data(event, **changes):
    """What the change form posts for `event` unchanged, with `changes` applied."""
    data = {
        "title": event.title,
        "summary": event.summary,
        "status": event.status,
        "published": "on" if event.published else "",
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "precision": event.precision,
        "value": event.value,
        "actors": [actor.pk for actor in event.actors.all()],
        "sectors": [sector.pk for sector in event.sectors.all()],
        # The citations inline is read-only: an empty management form leaves it alone.
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def lavrov():
    return Actor.objects.get(name="Sergey Lavrov")


# Date rules ---------------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "value"),
    [
        (D(2022, 2, 23), D(2022, 2, 23), "day", "2022-02-23"),
        (D(2021, 4, 6), D(2021, 4, 7), "day", "2021-04-06"),
        (D(2023, 6, 10), D(2023, 6, 11), "week", "2023-W23-WE"),
        (D(2023, 6, 5), D(2023, 6, 11), "week", "2023-W23"),
        (D(2019, 6, 1), D(2019, 6, 30), "month", "2019-06"),
        (D(2019, 6, 10), D(2019, 6, 20), "month", "2019-06"),
        (D(2021, 4, 1), D(2021, 6, 30), "quarter", "2021-Q2"),
        (D(2021, 12, 1), D(2022, 2, 28), "season", "2022-WI"),
        (D(1999, 1, 1), D(1999, 12, 31), "year", "1999"),
        (D(1980, 1, 1), D(1989, 12, 31), "decade", "198"),
        (D(1900, 1, 1), D(1999, 12, 31), "century", "19"),
    ],
)
def test_consistent_dates_have_no_problems(start, end, precision, value):
    assert curation.date_problems(start, end, precision, value) == {}


@pytest.mark.parametrize(
    ("start", "end", "precision", "value", "field", "words"),
    [
        (D(2022, 2, 24), D(2022, 2, 23), "day", "2022-02-24", "end_date", "before the start"),
        (D(2022, 1, 1), D(2022, 3, 1), "day", "2022-01-01", "precision", "at most 31 days"),
        (D(2023, 6, 1), D(2023, 6, 11), "week", "2023-W22", "precision", "at most 7 days"),
        (D(2019, 6, 20), D(2019, 7, 5), "month", "2019-06", "precision", "one calendar month"),
        (D(2019, 6, 2), D(2019, 6, 30), "month", "2019-06", "precision", "start it on 2019-06-01"),
        (D(1999, 6, 1), D(2000, 6, 1), "year", "1999", "precision", "one calendar year"),
        (D(1985, 1, 1), D(1991, 1, 1), "decade", "198", "precision", "one decade"),
        (D(2022, 2, 23), D(2022, 2, 23), "day", "2022-02-24", "value", "“2022-02-23”"),
        (D(2019, 6, 1), D(2019, 6, 30), "month", "2019", "value", "“2019-06”"),
        (D(1999, 1, 1), D(1999, 12, 31), "year", "199", "value", "“1999”"),
        (D(1980, 1, 1), D(1989, 12, 31), "decade", "1980", "value", "“198”"),
        (D(2023, 6, 10), D(2023, 6, 11), "week", "2023-W24", "value", "“2023-W23-WE”"),
    ],
)
def test_inconsistent_dates_say_what_is_wrong(start, end, precision, value, field, words):
    problems = curation.date_problems(start, end, precision, value)
    assert list(problems) == [field]
    assert words in problems[field]


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2022-02-23", D(2022, 2, 23), D(2022, 2, 23), "day"),
        ("2023-W23-WE", D(2023, 6, 10), D(2023, 6, 11), "week"),
        ("2019-06", D(2019, 6, 1), D(2019, 6, 30), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2021-Q4", D(2021, 10, 1), D(2021, 12, 31), "quarter"),
        ("2021-SU", D(2021, 6, 1), D(2021, 8, 31), "season"),
        ("1999", D(1999, 1, 1), D(1999, 12, 31), "year"),
        ("198", D(1980, 1, 1), D(1989, 12, 31), "decade"),
        ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
    ],
)
def test_value_range_reads_timeml_values(value, start, end, precision):
    found = curation.value_range(value)
    assert (found.start, found.end, found.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["PRESENT_REF", "2022-02-30", "P2D", "", "2021-W60"])
def test_value_range_refuses_what_is_not_a_calendar_date(value):
    assert curation.value_range(value) is None




def test_quote_in_context_cuts_at_words_and_folds_lines():
    text = "First line here.\nThe minister arrived on Tuesday for talks.\nLast line of the text."
    start = text.index("arrived")
    before, quote, after = curation.quote_in_context(text, start, start + 7, margin=14)
    assert (before, quote, after) == ("…The minister ", "arrived", " on Tuesday…")


# Permissions --------------------------------------------------------------------------------


def test_editor_cannot_manage_users_or_groups(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        CHANGELIST,
        "/admin/timeline/event/add/",
        "/admin/timeline/actor/",
        "/admin/timeline/sector/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
    ],
)
def test_editor_reaches_the_curation_pages(editor_client, url):
    assert editor_client.get(url).status_code == 200


def test_editors_group_may_curate_and_view_history(db):
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    for model in ["event", "citation", "actor", "sector", "article", "passage"]:
        assert {f"{action}_{model}" for action in ["view", "add", "change", "delete"]} <= codenames
    assert "view_historicalevent" in codenames
    assert not {name for name in codenames if name.endswith(("_user", "_group", "_permission"))}


def test_staff_without_the_group_sees_no_events(client, db):
    user = User.objects.create_user("visitor", password="x", is_staff=True)
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 403


def test_anonymous_visitor_is_sent_to_login(client, db):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Change list --------------------------------------------------------------------------------


def test_change_list_shows_dates_at_their_precision_and_source_counts(editor_client):
    article = make_article("Lavrov arrived on Tuesday.\nSharif visited Moscow in 1999.\n")
    arrival = make_event("Lavrov arrives", start=D(2022, 2, 23))
    cite(arrival, article, "Lavrov arrived on Tuesday.")
    cite(arrival, make_article("Lavrov is in Islamabad.\n"), "Lavrov is in Islamabad.")
    make_event("Sharif in Moscow", start=D(1999, 1, 1), end=D(1999, 12, 31), precision="year",
               value="1999")
    response = editor_client.get(CHANGELIST)
    html = response.content.decode()
    assert "Wednesday 23 February 2022" in html
    assert '<td class="field-source_count">2</td>' in html
    assert '<th class="field-date"><a href="/admin/timeline/event/' in html
    assert ">1999</a></th>" in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_change_list_query_count_does_not_grow_with_events(editor_client):
    article = make_article("One.\nTwo.\nThree.\nFour.\nFive.\n")
    cite(make_event("One.", actors=[lavrov().slug]), article, "One.")
    with_one = count_queries(editor_client, CHANGELIST)
    for line in ["Two.", "Three.", "Four.", "Five."]:
        cite(make_event(line, actors=[lavrov().slug]), article, line)
    assert count_queries(editor_client, CHANGELIST) == with_one


def test_change_list_renders_every_filter(editor_client):
    make_event("Lavrov arrives", actors=[lavrov().slug], sectors=["diplomacy"])
    html = editor_client.get(CHANGELIST).content.decode()
    for title in ["status", "precision", "published", "reviewed", "decade", "actors", "sectors"]:
        assert f"By {title}" in html
    assert "2020s" in html


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("decade=1990", ["Sharif in Moscow"]),
        ("decade=2020", ["Lavrov arrives"]),
        ("decade=nonsense", []),
        ("reviewed__exact=1", ["Sharif in Moscow"]),
        ("precision__exact=day", ["Lavrov arrives"]),
    ],
)
def test_change_list_filters(editor_client, query, titles):
    make_event("Lavrov arrives", start=D(2021, 4, 6))
    make_event("Sharif in Moscow", start=D(1999, 1, 1), end=D(1999, 12, 31), precision="year",
               value="1999", reviewed=True)
    response = editor_client.get(f"{CHANGELIST}?{query}")
    assert [event.title for event in response.context["cl"].result_list] == titles


def test_change_list_filters_by_actor(editor_client):
    make_event("Lavrov arrives", actors=[lavrov().slug])
    make_event("Something else")
    response = editor_client.get(f"{CHANGELIST}?actors__id__exact={lavrov().pk}")
    assert [event.title for event in response.context["cl"].result_list] == ["Lavrov arrives"]


def test_search_matches_quoted_words_as_well_as_titles(editor_client):
    article = make_article("The minister praised the Pakistan Stream gas pipeline.\n")
    cite(make_event("Talks in Islamabad"), article, "praised the Pakistan Stream gas pipeline")
    make_event("Pipeline agreement signed")
    make_event("Unrelated visit")
    response = editor_client.get(CHANGELIST, {"q": "pipeline"})
    titles = {event.title for event in response.context["cl"].result_list}
    assert titles == {"Talks in Islamabad", "Pipeline agreement signed"}


def test_search_does_not_match_article_text_outside_the_quote(editor_client):
    article = make_article("Lavrov arrived on Tuesday. He praised the pipeline.\n")
    cite(make_event("Lavrov arrives"), article, "Lavrov arrived on Tuesday.")
    response = editor_client.get(CHANGELIST, {"q": "pipeline"})
    assert list(response.context["cl"].result_list) == []


def test_search_needs_every_word(editor_client):
    make_event("Lavrov arrives in Islamabad")
    make_event("Lavrov leaves Moscow")
    response = editor_client.get(CHANGELIST, {"q": "lavrov islamabad"})
    assert [event.title for event in response.context["cl"].result_list] == [
        "Lavrov arrives in Islamabad"
    ]


# Change form --------------------------------------------------------------------------------


def test_change_form_shows_each_quote_in_context_with_a_link_to_the_passage(editor_client):
    article = make_article("ISLAMABAD: Lavrov <b>arrived</b> on Tuesday for talks.\n")
    event = make_event("Lavrov arrives")
    citation = cite(event, article, "Lavrov <b>arrived</b> on Tuesday")
    html = editor_client.get(change_url(event)).content.decode()
    assert "ISLAMABAD: <mark>Lavrov &lt;b&gt;arrived&lt;/b&gt; on Tuesday</mark> for talks." in html
    assert f'href="/articles/{article.pk}/?cite={citation.pk}#p-1"' in html


def test_saving_an_event_marks_it_reviewed_and_records_the_editor(editor_client, editor):
    event = make_event("Lavrov arives", actors=[lavrov().slug])
    response = editor_client.post(change_url(event), form_data(event, title="Lavrov arrives"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.reviewed) == ("Lavrov arrives", True)
    latest = event.history.first()
    assert (latest.history_user, latest.title) == (editor, "Lavrov arrives")
    assert list(event.actors.all()) == [lavrov()]


def test_change_form_refuses_a_start_after_the_end(editor_client):
    event = make_event("Lavrov arrives", start=D(2021, 4, 6))
    response = editor_client.post(
        change_url(event), form_data(event, start_date="2021-04-08", value="2021-04-08")
    )
    assert response.status_code == 200
    assert "The end date 2021-04-06 is before the start date." in response.content.decode()
    event.refresh_from_db()
    assert (event.start_date, event.reviewed) == (D(2021, 4, 6), False)


def test_change_form_refuses_a_value_that_does_not_match_the_date(editor_client):
    event = make_event("Lavrov arrives", start=D(2021, 4, 6))
    response = editor_client.post(
        change_url(event),
        form_data(event, start_date="2019-06-01", end_date="2019-06-30", precision="month",
                  value="2019"),
    )
    assert response.status_code == 200
    assert "the TimeML value is “2019-06”, not “2019”" in response.content.decode()


def test_change_form_refuses_a_range_wider_than_the_precision(editor_client):
    event = make_event("Lavrov arrives", start=D(2021, 4, 6))
    response = editor_client.post(
        change_url(event), form_data(event, end_date="2021-06-30")
    )
    assert response.status_code == 200
    assert "A day-precision event lasts at most 31 days" in response.content.decode()


# History ------------------------------------------------------------------------------------


def test_history_lists_who_changed_what(editor_client):
    event = make_event("Lavrov arives")
    editor_client.post(change_url(event), form_data(event, title="Lavrov arrives"))
    html = editor_client.get(history_url(event)).content.decode()
    assert "editor" in html
    assert "Lavrov arrives" in html
    assert "Title" in html  # the changed field, from the history's delta


def test_revert_restores_an_earlier_version_with_its_actors(editor_client, editor):
    event = make_event("Lavrov arrives", start=D(2021, 4, 6), actors=[lavrov().slug])
    original = event.history.first()
    editor_client.post(
        change_url(event),
        form_data(event, title="Wrong title", start_date="2021-04-09", value="2021-04-09",
                  end_date="2021-04-09", actors=[]),
    )
    event.refresh_from_db()
    assert (event.title, list(event.actors.all())) == ("Wrong title", [])

    page = editor_client.get(revert_url(event, original))
    assert page.status_code == 200
    assert page.context["adminform"].form.initial["actors"] == [lavrov().pk]
    reverted = form_data(Event.history.get(history_id=original.history_id).instance)
    reverted["actors"] = [lavrov().pk]
    assert editor_client.post(revert_url(event, original), reverted).status_code == 302

    event.refresh_from_db()
    assert (event.title, event.start_date) == ("Lavrov arrives", D(2021, 4, 6))
    assert event.reviewed
    assert list(event.actors.all()) == [lavrov()]
    latest = event.history.first()
    assert latest.history_user == editor
    assert latest.history_change_reason.startswith("Reverted to the version of")


# Actions ------------------------------------------------------------------------------------


def run_action(client, action, *events):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [event.pk for event in events]},
        follow=True,
    )


def test_publish_and_unpublish_actions(editor_client, editor):
    first = make_event("First", published=False)
    second = make_event("Second", published=False)
    run_action(editor_client, "publish", first, second)
    assert set(Event.objects.published().values_list("title", flat=True)) == {"First", "Second"}
    assert Event.objects.filter(reviewed=True).count() == 2

    response = run_action(editor_client, "unpublish", first)
    assert "Unpublished 1 events" in response.content.decode()
    first.refresh_from_db()
    assert not first.published
    assert (first.history.first().history_change_reason, first.history.first().history_user) == (
        "Unpublished", editor
    )


def test_mark_reviewed_action(editor_client):
    event = make_event("First")
    run_action(editor_client, "mark_reviewed", event)
    event.refresh_from_db()
    assert event.reviewed


def test_merge_moves_citations_unites_actors_and_drops_duplicates(editor_client):
    article = make_article("Lavrov arrived on Tuesday.\nLavrov met Khan.\n")
    other_article = make_article("Lavrov is in Islamabad.\n")
    kept = make_event("Lavrov arrives", actors=["sergey-lavrov"], sectors=["diplomacy"])
    cite(kept, article, "Lavrov arrived on Tuesday.")
    merged = make_event("Lavrov in Islamabad", actors=[], sectors=["energy"], summary="Visit.")
    merged.actors.set(Actor.objects.filter(name__in=["Imran Khan"]))
    cite(merged, other_article, "Lavrov is in Islamabad.")
    cite(merged, article, "Lavrov arrived on Tuesday.")  # the same sentence: a duplicate

    response = run_action(editor_client, "merge", kept, merged)

    assert "1 citations moved, 1 duplicate citations dropped" in response.content.decode()
    assert list(Event.objects.all()) == [kept]
    kept.refresh_from_db()
    assert kept.citations.count() == 2
    assert set(kept.actors.values_list("name", flat=True)) == {"Sergey Lavrov", "Imran Khan"}
    assert set(kept.sectors.values_list("slug", flat=True)) == {"diplomacy", "energy"}
    assert (kept.reviewed, kept.summary) == (True, "Visit.")
    assert kept.history.first().history_change_reason == f"Merged events {merged.pk} into this one"
    gone = Event.history.filter(id=merged.pk).first()
    assert (gone.history_type, gone.history_change_reason) == ("-", f"Merged into event {kept.pk}")


def test_merge_keeps_the_reviewed_event(editor_client):
    older = make_event("Older")
    reviewed = make_event("Reviewed", reviewed=True)
    run_action(editor_client, "merge", older, reviewed)
    assert list(Event.objects.values_list("title", flat=True)) == ["Reviewed"]


def test_merge_needs_two_events(editor_client):
    event = make_event("Alone")
    response = run_action(editor_client, "merge", event)
    assert "Select at least two events to merge." in response.content.decode()
    assert Event.objects.count() == 1


def test_reresolve_takes_the_most_precise_date_the_citations_give(editor_client):
    article = make_article("Lavrov visited in April 2021.\nLavrov arrived on 6 April 2021.\n")
    event = make_event("Lavrov visits", start=D(2021, 1, 1), end=D(2021, 12, 31),
                       precision="year", value="2021")
    # Both citations still carry the event's old, vaguer value: the words are read again.
    cite(event, article, "Lavrov visited in April 2021.", date_expression="April 2021")
    cite(event, article, "Lavrov arrived on 6 April 2021.", date_expression="6 April 2021")

    response = run_action(editor_client, "reresolve_dates", event)

    assert "2021 (year) → 2021-04-06 (day), from “6 April 2021” in Test Wire." in (
        response.content.decode()
    )
    event.refresh_from_db()
    assert (event.start_date, event.end_date, event.precision, event.value, event.reviewed) == (
        D(2021, 4, 6), D(2021, 4, 6), "day", "2021-04-06", True
    )
    assert event.history.first().history_change_reason == (
        "Date re-resolved from citations: 2021-04-06"
    )


def test_reresolve_falls_back_on_the_stored_value_when_the_words_do_not_resolve(editor_client):
    article = make_article("Lavrov arrived, officials said.\n")
    event = make_event("Lavrov arrives", start=D(2021, 1, 1), end=D(2021, 12, 31),
                       precision="year", value="2021")
    citation = cite(event, article, "Lavrov arrived, officials said.")
    Citation.objects.filter(pk=citation.pk).update(date_value="2021-04")
    run_action(editor_client, "reresolve_dates", event)
    event.refresh_from_db()
    assert (event.value, event.start_date, event.end_date) == ("2021-04", D(2021, 4, 1),
                                                                D(2021, 4, 30))


def test_reresolve_leaves_an_event_without_dated_citations_alone(editor_client):
    event = make_event("Undated")
    response = run_action(editor_client, "reresolve_dates", event)
    assert "no citation carries a calendar date; unchanged" in response.content.decode()
    event.refresh_from_db()
    assert not event.reviewed


# The pipeline and the editor ----------------------------------------------------------------


def test_an_editors_change_survives_ingesting_and_extracting_again(editor_client):
    call_command("ingest_articles")
    call_command("extract_events", "--all")  # in case ingest is not yet wired to extraction
    event = Event.objects.filter(citations__isnull=False).order_by("pk").first()
    assert event is not None, "the fixtures give events"
    edits = {"title": "Edited by an editor", "summary": "Checked against the sources.",
             "start_date": "1999-01-01", "end_date": "1999-12-31", "precision": "year",
             "value": "1999"}
    response = editor_client.post(change_url(event), form_data(event, **edits))
    assert response.status_code == 302

    call_command("ingest_articles")
    call_command("extract_events", "--all")

    event.refresh_from_db()
    assert event.reviewed
    assert (event.title, event.summary, event.value, event.precision) == (
        edits["title"], edits["summary"], "1999", "year"
    )
    assert (event.start_date, event.end_date) == (D(1999, 1, 1), D(1999, 12, 31))


# Actors and sectors -------------------------------------------------------------------------


def test_editor_adds_an_actor_and_the_next_extraction_tags_it(editor_client):
    response = editor_client.post(
        "/admin/timeline/actor/add/",
        {"name": "Ivan Testov", "slug": "ivan-testov", "kind": "person",
         "aliases": "Testov, Ivan V. Testov", "roles": "Russian hockey envoy"},
    )
    assert response.status_code == 302
    actor = Actor.objects.get(slug="ivan-testov")
    assert (actor.aliases, actor.roles) == (["Testov", "Ivan V. Testov"], ["Russian hockey envoy"])

    article = make_article(
        "ISLAMABAD: Russian Foreign Minister Sergey Lavrov and Ivan V. Testov arrived in "
        "Islamabad on Tuesday for talks with Pakistani leaders.\n"
    )
    extract_article(article)
    event = article.citations.get().event
    assert {"Sergey Lavrov", "Ivan Testov"} <= set(event.actors.values_list("name", flat=True))


def test_editor_edits_sector_keywords_and_the_next_extraction_uses_them(editor_client):
    culture = Sector.objects.get(slug="culture")
    response = editor_client.post(
        f"/admin/timeline/sector/{culture.pk}/change/",
        {"name": culture.name, "slug": culture.slug,
         "keywords": ", ".join([*culture.keywords, "ice hockey"])},
    )
    assert response.status_code == 302
    culture.refresh_from_db()
    assert culture.keywords[-1] == "ice hockey"

    article = make_article(
        "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for "
        "talks on ice hockey with Pakistani leaders.\n"
    )
    extract_article(article)
    assert article.citations.get().event.sectors.filter(slug="culture").exists()


def test_actor_autocomplete_finds_actors_by_name(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "lavr", "app_label": "timeline", "model_name": "event", "field_name": "actors"},
    )
    assert [result["text"] for result in response.json()["results"]] == ["Sergey Lavrov"]
