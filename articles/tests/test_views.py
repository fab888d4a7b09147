import datetime as dt

import pytest

from timeline.tests.factories import cite, make_article, make_event

pytestmark = pytest.mark.django_db

TEXT = (
    "Subscribe to our newsletter\n"
    "ISLAMABAD: Lavrov arrived on Tuesday.\n"
    "He met Qureshi - and praised ties, warmly & at length.\n"
)


def test_article_page_shows_body_passages_and_hides_boilerplate(client):
    article = make_article(TEXT, boilerplate=["Subscribe to our newsletter"])
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Subscribe to our newsletter" not in page
    assert '<p id="p-2">ISLAMABAD: Lavrov arrived on Tuesday.</p>' in page
    assert '<p id="p-3">' in page
    assert "<mark>" not in page


def test_a_citation_link_marks_the_cited_sentence(client):
    article = make_article(TEXT)
    citation = cite(make_event(), article, "Lavrov arrived on Tuesday.")
    page = client.get(f"/articles/{article.pk}/?cite={citation.pk}").content.decode()
    assert '<p id="p-2">ISLAMABAD: <mark>Lavrov arrived on Tuesday.</mark></p>' in page


def test_quote_offsets_mark_the_same_words(client):
    article = make_article(TEXT)
    start = TEXT.index("He met")
    page = client.get(f"/articles/{article.pk}/", {"quote": f"{start}-{start + 14}"})
    assert "<mark>He met Qureshi</mark> - and praised" in page.content.decode()


def test_a_citation_of_an_unpublished_event_marks_nothing(client):
    article = make_article(TEXT)
    citation = cite(make_event(published=False), article, "Lavrov arrived on Tuesday.")
    page = client.get(f"/articles/{article.pk}/?cite={citation.pk}").content.decode()
    assert "<mark>" not in page


@pytest.mark.parametrize(
    "query",
    ["cite=abc", "cite=1%00", "quote=5", "quote=9-2", "quote=0-999999", "quote=a-b", "cite=-1-"],
)
def test_malformed_highlights_are_a_400(client, query):
    article = make_article(TEXT)
    response = client.get(f"/articles/{article.pk}/?{query}")
    assert response.status_code == 400


def test_an_unknown_citation_marks_nothing(client):
    article = make_article(TEXT)
    response = client.get(f"/articles/{article.pk}/?cite=99999999999999999999")
    assert response.status_code in (200, 400)
    assert "<mark>" not in response.content.decode()


def test_hostile_article_text_and_title_are_escaped(client):
    text = "<script>alert('text')</script> said the <b>minister</b>.\n"
    article = make_article(text, title="<script>alert('title')</script>")
    citation = cite(make_event(), article, "<script>alert('text')</script> said")
    page = client.get(f"/articles/{article.pk}/?cite={citation.pk}").content.decode()
    assert "<script>alert" not in page and "<b>minister" not in page
    assert "<mark>&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt; said</mark>" in page
    listing = client.get("/articles/").content.decode()
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in listing


def test_the_original_page_link_carries_a_text_fragment(client):
    article = make_article(TEXT, url="https://news.test/story?id=1#top")
    start = TEXT.index("He met")
    page = client.get(f"/articles/{article.pk}/", {"quote": f"{start}-{start + 41}"})
    assert (
        'href="https://news.test/story?id=1#:~:text='
        'He%20met%20Qureshi%20%2D%20and%20praised%20ties%2C%20warmly"'
    ) in page.content.decode()


def test_a_javascript_url_never_becomes_a_link(client):
    article = make_article(TEXT, url="javascript:alert(1)")
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "javascript:alert" not in page


def test_unknown_article_is_404(client):
    assert client.get("/articles/999999/").status_code == 404


def test_article_list_links_each_article(client):
    article = make_article(TEXT, published=dt.date(2021, 4, 8))
    page = client.get("/articles/").content.decode()
    assert f'href="/articles/{article.pk}/"' in page
