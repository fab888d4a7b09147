"""Public pages are cached until the data changes, whoever changes it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline.caching import data_version
from timeline.models import Event
from timeline.tests.factories import make_event

pytestmark = pytest.mark.django_db


def shown(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-event-id="(\d+)"', response.content.decode())]


def test_a_repeated_request_is_served_from_the_cache(client):
    make_event("Lavrov visits Islamabad")
    assert client.get("/")["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as context:
        response = client.get("/")
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    assert len(context.captured_queries) == 1


def test_every_kind_of_write_moves_the_data_version():
    event = make_event("Lavrov visits Islamabad")
    versions = [data_version()]
    Event.objects.filter(pk=event.pk).update(title="Lavrov in Islamabad")
    versions.append(data_version())
    with connection.cursor() as cursor:
        cursor.execute("UPDATE timeline_event SET published = false")
    versions.append(data_version())
    event.actors.clear()
    versions.append(data_version())
    assert versions == sorted(set(versions))


def test_a_change_shows_at_once_on_a_cached_page(client):
    event = make_event("Lavrov visits Islamabad")
    assert shown(client.get("/")) == [event.pk]

    Event.objects.filter(pk=event.pk).update(published=False)

    assert shown(client.get("/")) == []


def test_the_htmx_partial_and_the_page_are_cached_apart(client):
    make_event("Lavrov visits Islamabad")
    page = client.get("/")
    partial = client.get("/", headers={"HX-Request": "true"})
    assert "<html" in page.content.decode()
    assert "<html" not in partial.content.decode()


def test_signed_in_editors_always_get_a_fresh_page(client):
    make_event("Lavrov visits Islamabad")
    editor = get_user_model().objects.create_user("editor", is_staff=True)
    client.force_login(editor)
    client.get("/")
    with CaptureQueriesContext(connection) as context:
        client.get("/")
    assert len(context.captured_queries) > 1
