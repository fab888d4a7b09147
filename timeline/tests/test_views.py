import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline.models import EventCard
from timeline.tests.factories import cite, make_article, make_cited_event, make_event
from timeline.versions import forget_cached
from timeline.views import PAGE_SIZE

pytestmark = pytest.mark.django_db
D = dt.date
HTMX = {"HX-Request": "true"}


def shown(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-event-id="(\d+)"', response.content.decode())]


def test_it_lists_published_events_in_chronological_order(client):
    later = make_event("Later", start=D(2022, 2, 23))
    earlier = make_event("Earlier", start=D(1999, 1, 1), end=D(1999, 12, 31), precision="year")
    make_event("Hidden", published=False)
    response = client.get("/")
    assert response.status_code == 200
    assert shown(response) == [earlier.pk, later.pk]


def test_it_groups_by_year_and_coarser_events_by_decade(client):
    make_event("Cold war contacts", start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade")
    make_event("Invasion", start=D(2022, 2, 24))
    page = client.get("/").content.decode()
    assert re.search(r'class="year-heading">1980s<', page)
    assert re.search(r'class="year-heading">2022<', page)


def test_it_shows_the_date_at_its_precision_and_the_planned_mark(client):
    make_event("Visit", start=D(2022, 2, 23))
    make_event("Forum", start=D(2023, 6, 10), end=D(2023, 6, 11), precision="week",
               value="2023-W23-WE", status="planned")  # fmt: skip
    page = client.get("/").content.decode()
    assert "Wednesday 23 February 2022" in page
    assert "weekend of 10–11 June 2023" in page
    assert page.count('class="badge badge-planned"') == 1


def test_it_shows_actors_sectors_sources_review_and_passage_links(client):
    article = make_article("Intro.\nLavrov arrived in Islamabad on Tuesday.\n")
    event = make_event("Lavrov visit", actors=["sergey-lavrov"], sectors=["diplomacy"],
                       reviewed=True)  # fmt: skip
    citation = cite(event, article, "Lavrov arrived in Islamabad on Tuesday.",
                    date_expression="on Tuesday")  # fmt: skip
    cite(event, make_article("Lavrov landed.\n", title="Second"), "Lavrov landed.")
    page = client.get("/").content.decode()
    assert "Sergey Lavrov" in page and "Diplomacy" in page
    assert "2 sources" in page
    assert "Reviewed by an editor" in page
    assert f'href="/articles/{article.pk}/?cite={citation.pk}#p-2"' in page


def test_why_this_date_highlights_the_date_words_and_names_the_rule(client):
    article = make_article("Lavrov arrived on Tuesday.\n", published=D(2021, 4, 8))
    event = make_event("Lavrov visit")
    cite(event, article, "Lavrov arrived on Tuesday.", date_expression="on Tuesday",
         date_rule="the Tuesday before publication")  # fmt: skip
    page = client.get("/").content.decode()
    assert "Lavrov arrived <mark>on Tuesday</mark>." in page
    assert "Thursday 8 April 2021" in page
    assert "the Tuesday before publication" in page


def test_it_filters_by_actor(client):
    lavrov = make_event(actors=["sergey-lavrov"])
    make_event(actors=["vladimir-putin"])
    assert shown(client.get("/", {"actor": "sergey-lavrov"})) == [lavrov.pk]


def test_several_actors_must_all_take_part(client):
    both = make_event(actors=["sergey-lavrov", "shah-mahmood-qureshi"])
    make_event(actors=["sergey-lavrov"])
    make_event(actors=["shah-mahmood-qureshi"])
    response = client.get("/", {"actor": ["sergey-lavrov", "shah-mahmood-qureshi"]})
    assert shown(response) == [both.pk]


def test_it_filters_by_sector(client):
    energy = make_event(sectors=["energy"])
    make_event(sectors=["defence"])
    assert shown(client.get("/", {"sector": "energy"})) == [energy.pk]


def test_it_filters_by_year_range_including_events_that_overlap_it(client):
    make_event(start=D(1998, 5, 1))
    in_range = make_event(start=D(2001, 5, 1))
    eighties = make_event(start=D(1980, 1, 1), end=D(1989, 12, 31), precision="decade")
    make_event(start=D(2010, 5, 1))
    assert shown(client.get("/", {"from": "2000", "to": "2005"})) == [in_range.pk]
    assert shown(client.get("/", {"from": "1985", "to": "1985"})) == [eighties.pk]


def test_it_filters_by_status(client):
    planned = make_event(status="planned")
    make_event(status="occurred")
    assert shown(client.get("/", {"status": "planned"})) == [planned.pk]


def test_free_text_uses_full_text_search_with_stemming(client):
    pipeline = make_event("Pipeline agreement signed", summary="Gas pipelines for Karachi.")
    make_event("Foreign ministers meet")
    assert shown(client.get("/", {"q": "pipeline"})) == [pipeline.pk]
    assert shown(client.get("/", {"q": "signing"})) == [pipeline.pk]
    assert shown(client.get("/", {"q": "karachi -ministers"})) == [pipeline.pk]


def test_free_text_also_searches_the_cited_sentences(client):
    article = make_article("Lavrov praised the Pakistan Stream gas pipeline.\n")
    event = make_event("Talks in Islamabad")
    cite(event, article, "Lavrov praised the Pakistan Stream gas pipeline.")
    make_event("Unrelated visit")
    assert shown(client.get("/", {"q": "Pakistan Stream"})) == [event.pk]


def test_facet_counts_are_within_the_current_filter(client):
    make_event(actors=["sergey-lavrov"], sectors=["energy"])
    make_event(actors=["sergey-lavrov"], sectors=["defence"])
    make_event(actors=["vladimir-putin"], sectors=["energy"])
    page = client.get("/", {"sector": "energy"}).content.decode()
    assert re.search(r'id="actor-sergey-lavrov-count">1<', page)
    assert re.search(r'id="actor-vladimir-putin-count">1<', page)
    assert re.search(r'id="sector-defence-count">0<', page)
    assert re.search(r'id="sector-energy-count">2<', page)


def test_chart_counts_events_per_year_and_links_to_each_year(client):
    make_event(start=D(2021, 4, 6), actors=["sergey-lavrov"])
    make_event(start=D(2021, 9, 1), actors=["sergey-lavrov"])
    make_event(start=D(2023, 1, 1), actors=["sergey-lavrov"])
    page = client.get("/", {"actor": "sergey-lavrov"}).content.decode()
    assert 'aria-label="2021: 2 events"' in page
    assert 'aria-label="2023: 1 event"' in page
    link = '/?actor=sergey-lavrov&amp;from=2021&amp;to=2021'
    assert f'href="{link}" hx-get="{link}"' in page


def test_export_links_carry_the_current_filter(client):
    make_event(actors=["sergey-lavrov"])
    page = client.get("/", {"actor": "sergey-lavrov", "q": "visit"}).content.decode()
    names = ["events.json", "events.csv", "events.ics", "events.atom", "events.timelinejs.json"]
    for name in names:
        assert f'href="/{name}?actor=sergey-lavrov&amp;q=visit"' in page


def test_an_actor_checkbox_is_labelled_with_the_actor_name(client):
    page = client.get("/", {"actor": "sergey-lavrov"}).content.decode()
    assert re.search(
        r'<input type="checkbox" name="actor" value="sergey-lavrov" id="actor-sergey-lavrov"'
        r'[^>]* checked>\s*<label for="actor-sergey-lavrov">Sergey Lavrov</label>',
        page,
    )


def test_htmx_request_gets_only_the_partial_and_the_url_to_push(client):
    make_event(actors=["sergey-lavrov"])
    response = client.get("/", {"actor": "sergey-lavrov", "q": ""}, headers=HTMX)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and 'id="filters"' not in page
    assert 'id="results"' in page
    assert 'id="result-count" hx-swap-oob="innerHTML"' in page
    assert response["HX-Push-Url"] == "/?actor=sergey-lavrov"
    assert "HX-Request" in response["Vary"]


def test_the_partial_updates_every_choice_count_in_the_filters(client):
    make_event(actors=["sergey-lavrov"], sectors=["energy"], start=D(2020, 1, 1))
    make_event(actors=["vladimir-putin"], sectors=["energy"], start=D(2020, 5, 1))
    page = client.get("/", {"sector": "energy", "q": ""}, headers=HTMX).content.decode()
    assert re.search(r'<span id="actor-sergey-lavrov-count" hx-swap-oob="innerHTML">1<', page)
    assert re.search(r'<span id="sector-energy-count" hx-swap-oob="innerHTML">2<', page)
    assert re.search(r'<span id="sector-defence-count" hx-swap-oob="innerHTML">0<', page)
    # Filters that cannot be applied leave no stale counts behind.
    page = client.get("/", {"from": "abc"}, headers=HTMX).content.decode()
    assert re.search(r'<span id="actor-sergey-lavrov-count" hx-swap-oob="innerHTML">0<', page)


def test_history_restore_gets_the_whole_page(client):
    response = client.get("/", headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<html" in response.content.decode()


def test_the_page_and_the_partial_show_the_same_events(client):
    for year in (2019, 2020, 2021):
        make_event(start=D(year, 1, 1), sectors=["energy"])
    query = {"sector": "energy", "from": "2020"}
    assert shown(client.get("/", query)) == shown(client.get("/", query, headers=HTMX))


@pytest.mark.parametrize(
    "query",
    [
        {"actor": "no-such-actor"},
        {"sector": "nope"},
        {"from": "abc"},
        {"from": "1" * 50},
        {"to": "-5"},
        {"from": "2020", "to": "2010"},
        {"from": "2020\x00"},
        {"q": "moscow\x00"},
        {"q": "x" * 500},
        {"status": "cancelled"},
        {"after": "99999999999999999999999"},
        {"after": "123456"},
        {"actor": "sergey-lavrov\x00"},
    ],
)
def test_invalid_filters_are_a_400_with_a_message(client, query):
    make_event(actors=["sergey-lavrov"])
    for headers in ({}, HTMX):
        response = client.get("/", query, headers=headers)
        assert response.status_code == 400
        assert "These filters cannot be applied" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0",  # Москва
        "q=%22unbalanced&q=(((",
        "q=%26%7C!%3A*",
        "from=2000&from=2001&to=2001",
        "actor=sergey-lavrov&actor=sergey-lavrov",
        "unknown=1&status=",
    ],
)
def test_odd_but_valid_queries_are_answered(client, query):
    make_event(actors=["sergey-lavrov"], start=D(2001, 1, 1))
    assert client.get(f"/?{query}").status_code == 200


def test_unpublished_events_are_404(client):
    hidden = make_event(published=False)
    assert client.get(f"/events/{hidden.pk}/").status_code == 404
    assert client.get("/events/999999/").status_code == 404


def test_event_page_shows_every_citation(client):
    event = make_event("Lavrov visit")
    cite(event, make_article("Lavrov arrived.\n", outlet="Dawn"), "Lavrov arrived.")
    cite(event, make_article("The minister landed.\n", outlet="TASS"), "The minister landed.")
    page = client.get(f"/events/{event.pk}/").content.decode()
    assert "Lavrov arrived." in page and "The minister landed." in page
    assert "2 sources report it" in page


def test_hostile_titles_and_quotes_are_escaped(client):
    article = make_article("<script>alert(1)</script> said the minister.\n",
                           title="<script>alert(2)</script>")  # fmt: skip
    event = make_event("<img src=x onerror=alert(3)>", summary="<b>bold</b>")
    cite(event, article, "<script>alert(1)</script> said the minister.")
    for url in ["/", f"/events/{event.pk}/"]:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold" not in page
        assert "&lt;img src=x onerror=alert(3)&gt;" in page


def test_later_pages_continue_after_the_cursor(client):
    events = [make_event(start=D(2000, 1, 1) + dt.timedelta(days=n)) for n in range(PAGE_SIZE + 5)]
    first = client.get("/")
    assert shown(first) == [event.pk for event in events[:PAGE_SIZE]]
    after = events[PAGE_SIZE - 1].pk
    assert f'href="/?after={after}"' in first.content.decode()
    more = client.get("/", {"after": after}, headers=HTMX)
    assert shown(more) == [event.pk for event in events[PAGE_SIZE:]]
    assert 'id="results"' not in more.content.decode()
    assert "continued" in more.content.decode()
    assert shown(client.get("/", {"after": after})) == [event.pk for event in events[PAGE_SIZE:]]


def test_paging_is_stable_for_events_on_the_same_day(client):
    events = [make_event(start=D(2000, 1, 1)) for _ in range(PAGE_SIZE + 3)]
    after = events[PAGE_SIZE - 1].pk
    assert shown(client.get("/", {"after": after})) == [event.pk for event in events[PAGE_SIZE:]]


def queries_for_page(client, query):
    """Queries for the page with every cache empty (responses, vocabulary, event cards): the
    most it ever costs."""
    cache.clear()
    forget_cached()
    EventCard.objects.all().delete()
    with CaptureQueriesContext(connection) as context:
        assert client.get("/", query).status_code == 200
    return len(context.captured_queries)


def add_cited_events(count, first=0):
    numbers = range(first, first + count)
    article = make_article("".join(f"Sentence {n} on Tuesday.\n" for n in numbers))
    for n in numbers:
        event = make_event(
            start=D(2000, 1, 1) + dt.timedelta(days=n * 40),
            actors=["sergey-lavrov", "vladimir-putin"],
            sectors=["energy"],
        )
        cite(event, article, f"Sentence {n} on Tuesday.", date_expression="on Tuesday")


@pytest.mark.parametrize("query", [{}, {"actor": "sergey-lavrov", "q": "sentence"}])
def test_query_count_does_not_grow_with_events(client, query):
    add_cited_events(10)
    with_ten = queries_for_page(client, query)
    add_cited_events(50, first=10)
    with_sixty = queries_for_page(client, query)
    assert with_ten == with_sixty
    # Versions of the data and the vocabulary, actors, sectors, the earliest year, the page,
    # the details of its cards (four) and storing them (in a savepoint: three), the counts:
    # 15 at most.
    assert with_ten <= 15


def test_query_count_of_a_later_page_is_constant_too(client):
    add_cited_events(60)
    first_page_last = shown(client.get("/"))[-1]
    count = queries_for_page(client, {"after": first_page_last})
    add_cited_events(60, first=60)
    assert queries_for_page(client, {"after": first_page_last}) == count


def test_cited_event_factory_links_its_first_line(client):
    event = make_cited_event("Lavrov visit")
    assert f"?cite={event.citations.get().pk}#p-1" in client.get("/").content.decode()
