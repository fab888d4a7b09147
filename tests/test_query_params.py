"""Whatever a client puts in the query string, the public pages answer 200, 400 or 404."""

import datetime as dt
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.tests.factories import make_article, make_event

FILTER_URLS = [
    "/",
    "/events.json",
    "/events.timelinejs.json",
    "/events.csv",
    "/events.ics",
    "/events.atom",
]
ALLOWED = {200, 400, 404}
HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Any text PostgreSQL or a URL could choke on: NULs, surrogates are left out by the codec.
any_text = st.text(st.characters(codec="utf-8"), max_size=300)
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["1947", "2026", "0", "-1", "9999", "10000", "1e9", "NaN", "inf", " 2001 "]),
    any_text,
)
slugs = st.one_of(st.sampled_from(["sergey-lavrov", "pakistan", "energy", "trade", ""]), any_text)
values = st.one_of(
    st.tuples(st.just("actor"), slugs),
    st.tuples(st.just("sector"), slugs),
    st.tuples(st.sampled_from(["from", "to", "after", "page"]), numbers),
    st.tuples(st.just("status"), st.one_of(st.sampled_from(["occurred", "planned"]), any_text)),
    st.tuples(st.just("q"), any_text),
    st.tuples(any_text, any_text),
)
query_strings = st.lists(values, max_size=8).map(urlencode)


@pytest.fixture
def some_events(db):
    article = make_article()
    make_event("Lavrov arrives", start=dt.date(2021, 4, 6), actors=["sergey-lavrov"],
               sectors=["energy"])  # fmt: skip
    make_event("Talks in the 1990s", start=dt.date(1990, 1, 1), end=dt.date(1999, 12, 31),
               precision="decade", value="199")  # fmt: skip
    return article


@pytest.mark.django_db
@HYPOTHESIS
@given(query=query_strings, htmx=st.booleans())
def test_filters_never_fail(client, some_events, query, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    for url in FILTER_URLS:
        response = client.get(f"{url}?{query}", headers=headers)
        assert response.status_code in ALLOWED, (url, query, response.status_code)


@pytest.mark.django_db
@HYPOTHESIS
@given(
    query=st.lists(st.tuples(st.sampled_from(["cite", "quote", "x"]), numbers), max_size=3)
    .map(urlencode),
    pk=st.one_of(st.just(None), st.integers(min_value=0, max_value=10**20)),
)
def test_the_article_page_never_fails(client, some_events, query, pk):
    article_pk = some_events.pk if pk is None else pk
    response = client.get(f"/articles/{article_pk}/?{query}")
    assert response.status_code in ALLOWED, (query, response.status_code)


@pytest.mark.django_db
@HYPOTHESIS
@given(pk=st.integers(min_value=-1, max_value=10**25))
def test_event_pages_never_fail(client, some_events, pk):
    assert client.get(f"/events/{pk}/").status_code in ALLOWED


@pytest.mark.parametrize(
    "query",
    [
        "q=%00", "q=a%00b", "from=99999999999999999999", "to=-5", "from=2020&to=1990",
        "actor=no-such-actor", "sector=energy&sector=energy&sector=trade", "status=bogus",
        "after=99999999999999999999999", "after=abc", "q=" + "x" * 5000, "%ff=%fe",
    ],
)
@pytest.mark.django_db
def test_known_awkward_values(client, some_events, query):
    for url in FILTER_URLS:
        assert client.get(f"{url}?{query}").status_code in ALLOWED, url
