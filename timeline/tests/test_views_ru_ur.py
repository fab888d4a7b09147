"""Reading Russian and Urdu sources: script, direction, language, filter and search."""

import json
import re

import pytest

from articles.ingest import ingest_article
from timeline.models import Citation, Event
from timeline.tests.test_pipeline_ru_ur import ENGLISH, RUSSIAN, URDU

pytestmark = pytest.mark.django_db


def exported(client, **params):
    response = client.get("/events.json", params)
    return json.loads(b"".join(response.streaming_content))["events"]


@pytest.fixture
def articles(db):
    return {
        language: ingest_article(text=text, outlet=outlet, title=title, published=published).article
        for language, text, outlet, title, published in [
            ("ru", RUSSIAN, "ТАСС", "Лавров в Исламабаде", "2021-04-07"),
            ("ur", URDU, "جنگ", "لاوروف اسلام آباد میں", "2021-04-07"),
            ("en", ENGLISH, "Dawn", "Lavrov holds talks", "2021-04-08"),
        ]
    }


def test_an_urdu_quote_reads_right_to_left_with_its_mark(client, articles):
    citation = Citation.objects.filter(article=articles["ur"]).first()
    page = client.get(f"/articles/{articles['ur'].pk}/?cite={citation.pk}").content.decode()
    assert '<div class="source-text" lang="ur" dir="rtl">' in page
    assert f"<mark>{citation.quote}</mark>" in page
    assert '<h1 lang="ur" dir="rtl">لاوروف اسلام آباد میں</h1>' in page
    assert "جنگ · Urdu ·" in page


def test_the_event_page_gives_each_quote_its_language_and_direction(client, articles):
    talks = Event.objects.get(value="2021-04-07")
    page = client.get(f"/events/{talks.pk}/").content.decode()
    quotes = dict(re.findall(r'<blockquote lang="(\w+)" dir="(\w+)">', page))
    assert quotes == {"ru": "ltr", "ur": "rtl", "en": "ltr"}
    assert re.search(r'<blockquote lang="ur" dir="rtl">[^<]*<mark>بدھ</mark>', page)
    languages = re.findall(r'<span class="language">(\w+)</span>', page)
    assert sorted(languages) == ["English", "Russian", "Urdu"]


def test_the_timeline_shows_each_sources_language(client, articles):
    page = client.get("/").content.decode()
    assert 'ТАСС, 7 Apr 2021</a> <span class="language">(Russian)</span>' in page


@pytest.mark.parametrize(
    ("lang", "values"),
    [
        ("ru", ["2021-04-06", "2021-04-07"]),
        ("ur", ["2021-04-06", "2021-04-07", "2021-12"]),
        ("en", ["2021-04-07"]),
    ],
)
def test_the_lang_filter_keeps_events_with_a_source_in_that_language(
    client, articles, lang, values
):
    events = exported(client, lang=lang)
    assert [event["value"] for event in events] == values
    assert all(
        any(source["article"]["language"] == lang for source in event["sources"])
        for event in events
    )
    page = client.get(f"/?lang={lang}").content.decode()
    assert f'<option value="{lang}" selected>' in page


def test_an_unknown_lang_is_a_400_with_a_message(client, articles):
    response = client.get("/events.json?lang=xx")
    assert response.status_code == 400
    assert "lang" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("переговоров", "2021-04-07"),  # the quote says "переговоры": Russian stemming
        ("визиты", "2021-04-06"),  # the quote says "визитом"
        ("talk", "2021-04-07"),  # English stemming as before
        ("ملاقات", "2021-04-07"),
    ],
)
def test_full_text_search_stems_russian_and_still_english(client, articles, query, value):
    assert [event["value"] for event in exported(client, q=query)] == [value]
