import pytest

from articles.ingest import ingest_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sources_page_lists_an_ingested_article(page):
    ingest_article(
        text="ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived on Tuesday.\n",
        outlet="Test Wire", title="Lavrov arrives", published="2021-04-08",
    )
    page.goto("/articles/")
    assert page.get_by_role("link", name="Lavrov arrives").is_visible()
    assert page.console_errors == []
