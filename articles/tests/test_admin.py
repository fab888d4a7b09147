import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.ingest import ingest_article
from articles.models import Article, Passage

ADD_URL = "/admin/articles/article/add/"
LAVROV_TEXT = (
    "Lavrov arrives in Islamabad\n"
    "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday "
    "for talks with Pakistani leaders.\n"
    "Share this story\n"
)


def add_data(**changes):
    data = {
        "outlet": "Test Wire",
        "title": "Lavrov arrives",
        "url": "https://example.com/lavrov",
        "published": "2021-04-08",
        "text": LAVROV_TEXT,
    }
    data.update(changes)
    return data


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_adding_an_article_stores_it_with_its_passages(editor_client):
    response = editor_client.post(ADD_URL, add_data())
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.outlet, article.title, article.published) == (
        "Test Wire", "Lavrov arrives", dt.date(2021, 4, 8)
    )
    assert article.text == LAVROV_TEXT
    assert article.passages.count() == 3


def test_an_added_article_shows_its_events_for_review(editor_client):
    editor_client.post(ADD_URL, add_data())
    article = Article.objects.get()
    html = editor_client.get(change_url(article)).content.decode()
    assert "Events from this article" in html
    assert article.citations.exists(), "ingest runs extraction"
    event = article.citations.first().event
    assert reverse("admin:timeline_event_change", args=[event.pk]) in html


def test_adding_an_article_from_an_uploaded_file(editor_client):
    upload = SimpleUploadedFile("lavrov.txt", ("\ufeff" + LAVROV_TEXT).encode("utf-8"))
    response = editor_client.post(ADD_URL, add_data(text="", upload=upload))
    assert response.status_code == 302
    assert Article.objects.get().text == LAVROV_TEXT


def test_an_upload_that_is_not_utf8_is_a_form_error_and_keeps_what_was_typed(editor_client):
    upload = SimpleUploadedFile("lavrov.txt", "Lavrov à Islamabad\n".encode("latin-1"))
    response = editor_client.post(
        ADD_URL, add_data(text="", title="My careful title", upload=upload)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "lavrov.txt: not UTF-8 text (invalid byte at position 7)" in html
    assert 'value="My careful title"' in html
    assert not Article.objects.exists()


def test_a_future_publication_date_is_a_form_error(editor_client):
    response = editor_client.post(ADD_URL, add_data(published="2999-01-01"))
    assert response.status_code == 200
    assert "publication date 2999-01-01 is in the future" in response.content.decode()
    assert LAVROV_TEXT.splitlines()[1] in response.content.decode()
    assert not Article.objects.exists()


def test_an_article_needs_text_or_a_file(editor_client):
    response = editor_client.post(ADD_URL, add_data(text="   "))
    assert response.status_code == 200
    assert "Paste the article text or upload a .txt or .html file." in response.content.decode()


def test_adding_the_same_text_twice_stores_it_once(editor_client):
    first = ingest_article(text=LAVROV_TEXT, outlet="Wire", title="First", published="2021-04-08")
    response = editor_client.post(ADD_URL, add_data(), follow=True)
    assert f"already stored as article {first.article.pk}" in response.content.decode()
    assert Article.objects.count() == 1


def test_the_text_cannot_be_changed_once_stored(editor_client):
    article = ingest_article(
        text=LAVROV_TEXT, outlet="Wire", title="Lavrov", published="2021-04-08"
    ).article
    response = editor_client.post(
        change_url(article),
        {
            "outlet": "Wire",
            "title": "Lavrov arrives in Islamabad",
            "url": "",
            "published": "2021-04-08",
            "language": "en",
            "text": "Something else entirely.",
            "passages-TOTAL_FORMS": "0",
            "passages-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.text) == ("Lavrov arrives in Islamabad", LAVROV_TEXT)


def test_the_change_view_lists_passages_with_boilerplate_marked(editor_client):
    article = ingest_article(
        text=LAVROV_TEXT, outlet="Wire", title="Lavrov", published="2021-04-08"
    ).article
    assert article.passages.filter(kind=Passage.Kind.BOILERPLATE).exists()
    html = editor_client.get(change_url(article)).content.decode()
    assert '<s title="Boilerplate: never cited">Share this story</s>' in html
    assert "Russian Foreign Minister Sergey Lavrov arrived" in html


def test_rerun_extraction_action_brings_events_back(editor_client):
    article = ingest_article(
        text=LAVROV_TEXT, outlet="Wire", title="Lavrov", published="2021-04-08"
    ).article
    article.citations.all().delete()
    response = editor_client.post(
        "/admin/articles/article/",
        {"action": "rerun_extraction", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "Re-ran extraction on 1 articles" in response.content.decode()
    assert article.citations.exists()


def test_the_article_list_counts_passages_and_events(editor_client):
    ingest_article(text=LAVROV_TEXT, outlet="Wire", title="Lavrov", published="2021-04-08")
    # Two sentences report one arrival, and a third the talks of the next day.
    ingest_article(
        text="ISLAMABAD: Sergey Lavrov arrived in Islamabad on Tuesday.\n"
        "The Russian foreign minister landed in Islamabad on Tuesday evening.\n"
        "On Wednesday Lavrov held talks with Foreign Minister Shah Mahmood Qureshi.\n",
        outlet="Courier", title="Two days", published="2021-04-08",
    )  # fmt: skip
    two_days = Article.objects.get(title="Two days")
    assert two_days.citations.count() == 3
    html = editor_client.get("/admin/articles/article/").content.decode()
    assert '<td class="field-passage_total">3</td>' in html
    assert '<td class="field-event_total">2</td>' in html


def test_an_editor_corrects_the_detected_language(editor_client):
    article = ingest_article(
        text=LAVROV_TEXT, outlet="Wire", title="Lavrov", published="2021-04-08"
    ).article
    assert article.language == "en"
    form = {
        "outlet": "Wire", "title": "Lavrov", "url": "", "published": "2021-04-08",
        "passages-TOTAL_FORMS": "0", "passages-INITIAL_FORMS": "0",
    }  # fmt: skip
    response = editor_client.post(change_url(article), {**form, "language": "EN"})
    assert "Two lower-case letters (ISO 639-1)" in response.content.decode()
    response = editor_client.post(change_url(article), {**form, "language": "ru"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.language == "ru"


def test_correcting_the_language_reads_the_article_again(editor_client):
    text = (
        "Министр иностранных дел России Сергей Лавров во вторник прибыл в Исламабад.\n"
        "В среду Лавров провёл переговоры с министром иностранных дел Пакистана Шахом Махмудом "
        "Куреши.\n"
    )
    article = ingest_article(
        text=text, outlet="ТАСС", title="Лавров", published="2021-04-07", language="en"
    ).article
    assert not article.citations.exists()
    form = {
        "outlet": "ТАСС", "title": "Лавров", "url": "", "published": "2021-04-07",
        "language": "ru", "passages-TOTAL_FORMS": "0", "passages-INITIAL_FORMS": "0",
    }  # fmt: skip
    assert editor_client.post(change_url(article), form).status_code == 302
    dates = set(article.citations.values_list("event__start_date", flat=True))
    assert dates == {dt.date(2021, 4, 6), dt.date(2021, 4, 7)}
