"""Actors and sectors named in Russian and Urdu, with the vocabulary as migrations load it."""

import json

import pytest

from timeline.languages.russian_forms import inflected
from timeline.models import Actor, Sector
from timeline.pipeline import Vocabulary
from timeline.vocabulary import VOCABULARY_DIR, add_translations


@pytest.fixture
def vocabulary(db):
    return Vocabulary.load()


def names(vocabulary, sentence, article=None):
    context = vocabulary.actors.named_in(article if article is not None else sentence)
    return [name for _, name in vocabulary.actors.find(sentence, context)]


def test_every_vocabulary_actor_has_russian_and_urdu_spellings():
    actors = json.loads((VOCABULARY_DIR / "actors.json").read_text(encoding="utf-8"))["actors"]
    for actor in actors:
        assert actor["ru"]["aliases"] and actor["ur"]["aliases"], actor["name"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Владимир Путин принял гостей.", ["Vladimir Putin"]),
        ("Гости встретились с Владимиром Путиным.", ["Vladimir Putin"]),
        ("Письмо Владимира Путина передали послу.", ["Vladimir Putin"]),
        ("Сергей Лавров прилетел в Исламабад.", ["Sergey Lavrov", "Pakistan"]),
        ("Переговоры с Сергеем Лавровым прошли в России.", ["Sergey Lavrov", "Russia"]),
        ("Шахбаз Шариф посетил Москву.", ["Shehbaz Sharif", "Russia"]),
        ("ولادیمیر پیوٹن نے پاکستان کے وفد سے ملاقات کی۔", ["Vladimir Putin", "Pakistan"]),
        ("سرگئی لاوروف اسلام آباد پہنچ گئے۔", ["Sergey Lavrov", "Pakistan"]),
        # The full name with the middle name, as a paper writes the foreign minister's.
        ("روسی سفیر نے خواجہ محمد آصف سے ملاقات کی۔", ["Khawaja Asif"]),
    ],
)
def test_names_in_russian_and_urdu_in_any_case(vocabulary, sentence, expected):
    assert names(vocabulary, sentence) == expected


def test_a_russian_surname_in_any_case_names_its_one_holder(vocabulary):
    article = "Сергей Лавров прибыл в Пакистан. Лаврова встретил министр."
    assert names(vocabulary, "Лаврова встретил министр.", article) == ["Sergey Lavrov"]
    # A Russian report may never give the full name: the surname alone is enough.
    assert names(vocabulary, "Лаврова встретил министр.", "Лаврова встретил министр.") == [
        "Sergey Lavrov"
    ]
    assert names(vocabulary, "Лавров и Дар говорили по телефону.") == [
        "Sergey Lavrov", "Ishaq Dar",
    ]
    # «Хан» closing another man's name is not Imran Khan.
    assert "Imran Khan" not in names(vocabulary, "Посол Шафкат Али Хан дал интервью.")


@pytest.mark.parametrize(
    ("sentence", "article", "expected"),
    [
        (
            "Министра иностранных дел России встретили в аэропорту.",
            "Сергей Лавров прибыл.",
            ["Sergey Lavrov", "Russia"],
        ),
        ("روسی وزیر خارجہ نے خطاب کیا۔", "سرگئی لاوروف پہنچ گئے۔", ["Sergey Lavrov"]),
        ("وزیر خارجہ نے خطاب کیا۔", "اسحاق ڈار نے کہا۔", ["Ishaq Dar"]),
    ],
)
def test_role_phrases_in_russian_and_urdu(vocabulary, sentence, article, expected):
    assert names(vocabulary, sentence, article) == expected


@pytest.mark.parametrize(
    ("sentence", "sectors"),
    [
        ("Стороны обсудили поставки нефти и газа.", ["energy", "trade"]),
        ("Министры говорили о железных дорогах.", ["railways"]),
        ("دونوں ممالک نے گیس پائپ لائن پر بات کی۔", ["energy"]),
        ("گندم کی درآمدات پر اتفاق ہوا۔", ["trade", "agriculture"]),
    ],
)
def test_sector_keywords_in_russian_and_urdu(vocabulary, sentence, sectors):
    assert sorted(vocabulary.sectors.find(sentence)) == sorted(sectors)


def test_russian_phrases_decline_their_head_and_keep_what_depends_on_it():
    forms = inflected(["министр иностранных дел России"])
    assert "министром иностранных дел России" in forms
    assert "министром иностранных делами России" not in forms
    assert inflected(["Imran Khan"]) == ("Imran Khan",)


def test_stored_actors_get_the_translations_without_losing_an_editors_change(db):
    putin = Actor.objects.get(name="Vladimir Putin")
    putin.aliases = ["Putin", "President Putin"]
    putin.save()
    Sector.objects.filter(slug="energy").update(keywords=["oil"])
    add_translations(Actor, Sector)
    putin.refresh_from_db()
    assert putin.aliases[:2] == ["Putin", "President Putin"]
    assert "Владимир Путин" in putin.aliases and "ولادیمیر پیوٹن" in putin.aliases
    assert "Vladimir Vladimirovich Putin" not in putin.aliases
    assert "нефть" in Sector.objects.get(slug="energy").keywords
