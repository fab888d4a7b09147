"""Russian and Urdu articles through the whole pipeline, with articles written for these tests."""

import datetime as dt

import pytest

from articles.ingest import ingest_article
from timeline.models import Event

pytestmark = pytest.mark.django_db

# Published on Wednesday 7 April 2021.
RUSSIAN = (
    "ИСЛАМАБАД, 7 апреля. /ТАСС/. Министр иностранных дел России Сергей Лавров во вторник "
    "прибыл в Исламабад с двухдневным визитом.\n"
    "В среду Лавров провёл переговоры с министром иностранных дел Пакистана Шахом Махмудом "
    "Куреши.\n"
    "Стороны обсудили поставки газа и сотрудничество в сфере обороны.\n"
)
URDU = (
    "اسلام آباد: روسی وزیر خارجہ سرگئی لاوروف منگل کو دو روزہ دورے پر اسلام آباد پہنچ گئے۔\n"
    "بدھ کو لاوروف نے وزیر خارجہ شاہ محمود قریشی سے ملاقات کی اور دونوں ممالک نے گیس پائپ لائن "
    "پر بات کی۔\n"
    "وزیر خارجہ قریشی دسمبر میں ماسکو کا دورہ کریں گے۔\n"
)
# Published the next day, Thursday 8 April 2021.
ENGLISH = (
    "ISLAMABAD: Russian Foreign Minister Sergey Lavrov held talks with Pakistani Foreign "
    "Minister Shah Mahmood Qureshi in Islamabad on Wednesday.\n"
)


def ingest(text, published, outlet="Wire"):
    return ingest_article(text=text, outlet=outlet, title="t", published=published).article


def events_of(article):
    return {
        (event.value, event.status, event.title): sorted(a.name for a in event.actors.all())
        for event in Event.objects.filter(citations__article=article).distinct()
    }


def test_a_russian_article_gives_dated_events_titled_in_russian():
    article = ingest(RUSSIAN, "2021-04-07")
    assert article.language == "ru"
    events = events_of(article)
    assert events == {
        (
            "2021-04-06", "occurred",
            "Министр иностранных дел России Сергей Лавров прибыл в Исламабад с двухдневным визитом",
        ): ["Pakistan", "Russia", "Sergey Lavrov"],
        (
            "2021-04-07", "occurred",
            "Лавров провёл переговоры с министром иностранных дел Пакистана Шахом Махмудом Куреши",
        ): ["Pakistan", "Sergey Lavrov", "Shah Mahmood Qureshi"],
    }  # fmt: skip


def test_an_urdu_article_gives_dated_events_and_plans():
    article = ingest(URDU, "2021-04-07")
    assert article.language == "ur"
    events = events_of(article)
    assert events == {
        (
            "2021-04-06", "occurred",
            "روسی وزیر خارجہ سرگئی لاوروف دو روزہ دورے پر اسلام آباد پہنچ گئے",
        ):
            ["Pakistan", "Sergey Lavrov"],
        ("2021-04-07", "occurred", "لاوروف نے وزیر خارجہ شاہ محمود قریشی سے ملاقات کی"):
            ["Sergey Lavrov", "Shah Mahmood Qureshi"],
        ("2021-12", "planned", "وزیر خارجہ قریشی ماسکو کا دورہ کریں گے"):
            ["Russia", "Shah Mahmood Qureshi"],
    }  # fmt: skip


def test_a_russian_and_an_english_report_of_the_same_talks_are_one_event():
    russian = ingest(RUSSIAN, "2021-04-07", outlet="ТАСС")
    english = ingest(ENGLISH, "2021-04-08", outlet="Dawn")
    talks = Event.objects.get(start_date=dt.date(2021, 4, 7))
    assert {c.article_id for c in talks.citations.all()} == {russian.pk, english.pk}
    # Each report keeps its title in its own language; the one that names the actor as the
    # vocabulary spells him leads.
    titles = {c.extracted["title"] for c in talks.citations.all()}
    assert (
        "Лавров провёл переговоры с министром иностранных дел Пакистана Шахом Махмудом Куреши"
        in titles
    )
    assert talks.title.startswith("Sergey Lavrov holds talks")


def test_an_urdu_and_a_russian_report_of_the_same_talks_are_one_event():
    russian = ingest(RUSSIAN, "2021-04-07")
    urdu = ingest(URDU, "2021-04-07")
    talks = Event.objects.get(start_date=dt.date(2021, 4, 7))
    assert {c.article_id for c in talks.citations.all()} == {russian.pk, urdu.pk}
    arrival = Event.objects.get(start_date=dt.date(2021, 4, 6))
    assert {c.article_id for c in arrival.citations.all()} == {russian.pk, urdu.pk}
