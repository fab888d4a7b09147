from timeline.tagging import ActorTagger, ActorTerms, SectorTagger, SectorTerms

LAVROV = ActorTerms(
    "Sergey Lavrov", "person", ("Sergei Lavrov", "Sergey Viktorovich Lavrov", "Lavrov"),
    ("Russian foreign minister",),
)
KHAN = ActorTerms("Imran Khan", "person", ("Khan",), ("the prime minister",))
ASHRAF = ActorTerms("Raja Pervez Ashraf", "person", ("Ashraf",), ("the prime minister",))
RUSSIA = ActorTerms("Russia", "country", ("Moscow", "Russian Federation"))
ACTORS = ActorTagger([LAVROV, KHAN, ASHRAF, RUSSIA])


def names(sentence, article):
    return [name for _, name in ACTORS.find(sentence, ACTORS.named_in(article))]


def test_spelling_variants_and_patronymics_name_the_same_person():
    assert names("Sergei Lavrov spoke.", "") == ["Sergey Lavrov"]
    assert names("Sergey Viktorovich Lavrov spoke.", "") == ["Sergey Lavrov"]


def test_a_surname_alone_counts_only_when_the_article_names_the_person():
    assert names("Lavrov spoke.", "Sergei Lavrov arrived.") == ["Sergey Lavrov"]
    assert names("Khan spoke.", "A man called Khan spoke.") == []


def test_a_role_phrase_names_the_one_person_the_article_names_in_that_role():
    article = "Imran Khan met Sergey Lavrov."
    assert names("The Russian foreign minister met the prime minister.", article) == [
        "Sergey Lavrov", "Imran Khan",
    ]


def test_an_ambiguous_role_phrase_names_nobody():
    article = "Imran Khan recalled Raja Pervez Ashraf's visit."
    assert names("The prime minister spoke.", article) == []


def test_a_capital_city_names_its_country():
    assert names("Talks in Moscow went well.", "") == ["Russia"]


def test_sectors_come_from_whole_keywords_and_acronyms_keep_their_case():
    sectors = SectorTagger([
        SectorTerms("energy", ("oil", "LNG", "power plant")),
        SectorTerms("trade", ("wheat",)),
    ])
    assert sectors.find("The first Russian oil cargo arrived.") == ["energy"]
    assert sectors.find("Boiling water in a soil sample.") == []
    assert sectors.find("An lng tanker.") == []
    assert sectors.find("Wheat and a power plant.") == ["energy", "trade"]


def test_a_surname_names_the_one_person_of_that_name_the_article_names():
    nawaz = ActorTerms("Nawaz Sharif", "person", (), (), "pakistan")
    shehbaz = ActorTerms("Shehbaz Sharif", "person", (), (), "pakistan")
    tagger = ActorTagger([nawaz, shehbaz])

    def sharif(article):
        return [name for _, name in tagger.find("Sharif arrived.", tagger.named_in(article))]

    assert sharif("Prime Minister Nawaz Sharif flew to Moscow.") == ["Nawaz Sharif"]
    assert sharif("Nawaz Sharif and his brother Shehbaz Sharif spoke.") == []


def test_the_surname_of_each_spelling_names_the_person_but_only_a_capitalised_one():
    tagger = ActorTagger([
        ActorTerms("Shehbaz Sharif", "person",
                   ("Шехбаз Шариф", "Шехбазом Шарифом", "Шехбазу Шарифу")),
        ActorTerms("Musadik Malik", "person", ("مصدق ملک",)),
    ])  # fmt: skip

    def found(sentence, article):
        return [name for _, name in tagger.find(sentence, tagger.named_in(article))]

    assert found("Путин напомнил Шарифу о встрече.", "Путин встретился с Шехбазом Шарифом.") == [
        "Shehbaz Sharif"
    ]
    # "ملک" is also "country": without capitals a lone surname is no name.
    assert found("ملک میں تیل کی قیمتیں زیادہ ہیں۔", "مصدق ملک نے کہا۔") == []


def test_an_urdu_name_typed_with_no_space_after_a_letter_that_never_joins_names_the_person():
    sharif = ActorTerms("Nawaz Sharif", "person", ("نواز شریف",), (), "pakistan")
    minister = ActorTerms("Khawaja Asif", "person", ("خواجہ آصف",), ("وزیر دفاع",), "pakistan")
    both_spellings = ActorTerms("Shehbaz Sharif", "person", ("شہباز شریف", "شہبازشریف"))
    tagger = ActorTagger([sharif, minister, both_spellings])
    sentence = "وزیراعظم نوازشریف نے شہبازشریف اور خواجہ آصف سے بات کی، وزیردفاع نے کہا۔"
    found = [name for _, name in tagger.find(sentence, tagger.named_in(sentence))]
    assert found == ["Nawaz Sharif", "Shehbaz Sharif", "Khawaja Asif"]
    # A role in both spellings is still one person's role.
    premier = ActorTerms("Imran Khan", "person", ("عمران خان",), ("وزیر اعظم", "وزیراعظم"))
    tagger = ActorTagger([premier])
    assert tagger.find("وزیر اعظم نے کہا۔", {"Imran Khan"}) == [(0, "Imran Khan")]
    # Latin names keep their spaces.
    assert ActorTagger([LAVROV]).find("SergeiLavrov spoke.", set()) == []


def test_a_russian_surname_alone_names_its_one_holder_unless_it_ends_another_name():
    tagger = ActorTagger([
        ActorTerms("Sergey Lavrov", "person", ("Сергей Лавров", "Лавров", "Лаврову")),
        ActorTerms("Imran Khan", "person", ("Имран Хан", "Хан")),
        ActorTerms("Nawaz Sharif", "person", ("Шариф",)),
        ActorTerms("Shehbaz Sharif", "person", ("Шариф",)),
    ])  # fmt: skip

    def found(sentence):
        return [name for _, name in tagger.find(sentence, tagger.named_in(sentence))]

    assert found("Лавров позвонил коллеге в среду.") == ["Sergey Lavrov"]
    assert found("Коллега написал Лаврову письмо.") == ["Sergey Lavrov"]
    # The last word of another man's name, and a surname two people share, name nobody.
    assert found("Посол Шафкат Али Хан дал интервью.") == []
    assert found("Шариф дал интервью.") == []
    # Latin script keeps the rule that the article must name the person first.
    assert names("Lavrov spoke.", "Lavrov spoke.") == []
