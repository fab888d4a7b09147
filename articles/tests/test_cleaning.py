"""Tests for articles.cleaning: passage offsets and body/boilerplate classification.

Pure Python: no database, no Django settings (run with ``-p no:django``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.cleaning import BODY, BOILERPLATE, PassageSpan, split_passages

REPO = Path(__file__).resolve().parents[2]
SEED_FOLDER = REPO / "fixtures" / "articles"
PAGES = Path(__file__).resolve().parent / "pages"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"  # zero-width and soft hyphen


def load_seed(name: str) -> str:
    return (SEED_FOLDER / name).read_bytes().decode("utf-8")


def passages(text: str) -> list[tuple[str, str]]:
    """(passage text, kind) for each passage, after checking the offset invariants."""
    spans = split_passages(text)
    check_invariants(text, spans)
    return [(text[s.start : s.end], s.kind) for s in spans]


def body(text: str) -> list[str]:
    return [p for p, kind in passages(text) if kind == BODY]


def boilerplate(text: str) -> list[str]:
    return [p for p, kind in passages(text) if kind == BOILERPLATE]


def check_invariants(text: str, spans: list[PassageSpan]) -> None:
    previous_end = 0
    for span in spans:
        passage = text[span.start : span.end]
        assert passage, span
        assert passage == passage.strip(), (span, passage)
        assert passage.strip(INVISIBLE) == passage, (span, passage)
        assert "\n" not in passage and "\r" not in passage, (span, passage)
        assert previous_end <= span.start < span.end <= len(text), span
        assert span.kind in (BODY, BOILERPLATE), span
        previous_end = span.end

    # Nothing but whitespace and invisibles is left out.
    def visible(s: str) -> str:
        return "".join(ch for ch in s if not ch.isspace() and ch not in INVISIBLE)

    assert visible("".join(text[s.start : s.end] for s in spans)) == visible(text)


# --------------------------------------------------------------------------------------------
# The five seed articles
# --------------------------------------------------------------------------------------------

SEEDS = {
    "000_e6636a243b67c5c8.txt": {
        "first": "Russia-Pakistan relations are advanced and based on trust: Lavrov",
        "last": (
            "Pakistan and Russia have remained bitter Cold War rivals, but their bilateral ties "
            "have taken a positive turn in recent years, with both sides willing to bury the past "
            "and adjust to the new realities. The two countries have been making efforts to "
            "translate their years of quiet diplomacy into tangible outcomes."
        ),
        "body": [
            "The Russian foreign minister said his country views Pakistan as a “key international",
            "Russia is keen to expand bilateral ties with Pakistan as the first shipment",
            "He concluded the video by raising the slogan “Pakistan-Roosi dosti zindabad.”",
            "“We respect the cultural and civilisational diversity of peoples",
        ],
        "boilerplate": [
            "Skip to content",
            "Search AI Powered",
            "Latest Stories",
            "LEAD NEW Inset Russia Pakistan Oil Russian oil cargo Pure Point",  # REUTERS/ credit
            "More For You",
            "starmer-christmas",
            "Starmer highlighted that Christmas serves as a reminder",
            "Starmer’s Christmas message calls for Middle East peace",
            "PRIME MINISTER Keir Starmer has expressed hope for peace",
            "Keep ReadingShow less",
            "Geoffrey-Cottrell-Reuters",
            "Mauritius rejects Starmer's Chagos Islands deal",
            "Tulip Siddiq questioned over fraud allegations",
            "Bangladesh probes Sheikh Hasina, family over £3.97 bn graft allegations",
        ],
    },
    "001_24a3507afc686a37.txt": {
        "first": "April 8, 2021",
        "last": (
            "“There is a new approach and mindset in Pakistan for a relationship with Russia. We "
            "feel that not just we have geographic proximity but Russia is a factor of stability "
            "in the region and the world at large,” he added."
        ),
        "body": [
            "Pakistan, Russia to step up ties",
            "Lavrov landed in Pakistan on Tuesday for a two-day visit",
            "The Prime Minister reaffirmed Islamabad’s resolve",
            "He showed concern over the deteriorating security situation in Afghanistan.",
        ],
        "boilerplate": [
            "2 mins read",
            "https://twitter.com/mfa_russia/status/1379795185740218372",
            "Also read:Biden backs talks between India and Pakistan",
            "Russia’s Foreign Minister Sergey Lavrov(Twitter)",
            "Also read:TRADE: Afghanistan Puts Pakistan On Back Burner",
            "Previous Story",
            "TRADE: Afghanistan Puts Pakistan On Back Burner",
            "Next Story",
            "Essentials to comfort you in the work space",
            "Latest from -Top News",
            "Modi’s 3-Nation Mission Begins",
            "Pentagon Labels China Top Threat",
            "Hegseth told a House defence panel",
            "Go toTop",
            "Don't Miss",
            "UN chief condemns mosque blast in Pakistan",
            "Guterres extended his heartfelt condolences to the families of the",
        ],
    },
    "002_ed3781059f7032e5.txt": {
        "first": "Imran Khan's first visit to Russia from February 23",
        "last": (
            "Besides, the two countries also share the same view on key regional and international "
            "issues including Afghanistan."
        ),
        "body": [
            "PRIME minister Imran Khan will travel to Russia on Wednesday (23)",
            "Russian presidential spokesman Dmitry Peskov on Sunday (20) confirmed",
            "In April last year, Russian foreign minister Sergey Lavrov visited Islamabad",
        ],
        "boilerplate": [
            "Skip to content",
            "Search",
            "(PTI)",
            "More For You",
            "Chemmani Sri Lanka",
            "x",
            "Child’s remains found in Sri Lanka’s Chemmani mass grave",
            "getty images",
            "Trump says trade deal with India ‘very close’",
            "UK to lower voting age to 16",
            "UK to lower voting age to 16 in electoral shake-up",
            "Voters go to the polls as local elections are held in England",
            "Ian Forsyth/Getty Images",
            "Government sources confirmed to PTI that the report has been submitted to the court.",
        ],
    },
    "003_07e1443d25d1940b.txt": {
        "first": "-Russian FM holds separate talks with PM, COAS, FM",
        "last": (
            "Pointing to the discussion that took place on the spectrum of bilateral relations, "
            "Qureshi said the two countries have agreed to hold an intergovernmental commission "
            "meeting later this year in Moscow, expressing the confidence it will lay the "
            "foundation for a meaningful economic relationship between Pakistan and Russia. "
            "Qureshi further said Moscow acknowledged Islamabad’s successful campaign against "
            "terrorism and extremism. He said he also briefed his Russian counterpart about the "
            "gravity of the human rights situation in Indian-occupied Jammu and Kashmir."
        ),
        "body": [
            "-Offers military support to counter terrorism",
            "-Reiterates invitation to President Putin",
            "By Asghar Ali Mubarak",
            "ISLAMABAD: Russian Foreign Minister Sergey Lavrov on Wednesday said",
            "Pakistan denies that.",
            "Agencies add: Concluding his visit with a pledge",
        ],
        "boilerplate": [],
    },
    "004_be3d6d2358b38c0a.txt": {
        "first": (
            "ISLAMABAD: Prime Minister Raja Pervez Ashraf said Thursday that with good progress in "
            "relationship between Pakistan and Russian Federation over the years, there is "
            "consensus in Pakistan that our relations with Russian Federation should be further "
            "strengthened."
        ),
        "last": (
            "The meeting was attended by Minister for Water and Power Chaudhry Ahmed Mukhtar, "
            "Minister for Foreign Affairs Hina Rabbani Khar, the secretary foreign affairs and "
            "other senior officials."
        ),
        "body": [
            "Russia is very important because of its linkages with Europe and Asia, he added.",
            "FM Lavrov said that the inter-governmental commission",
        ],
        "boilerplate": [
            "Prime Minister Raja Pervez Ashraf, right, talks with Russian Foreign Minister",
            "Opinion",
            "Editorial",
            "By-election trends",
            "Updated 23 Apr, 2024",
            "Privatising PIA",
            "23 Apr, 2024",
            "FINANCE Minister Muhammad Aurangzeb’s reaffirmation",
            "Raisi’s visit",
            "IRANIAN President Ebrahim Raisi, who begins his three-day trip",
            "THE US has done it again.",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_first_and_last_body_passage(name):
    found = body(load_seed(name))
    assert found[0] == SEEDS[name]["first"]
    assert found[-1] == SEEDS[name]["last"]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_key_sentences_are_body(name):
    found = body(load_seed(name))
    for prefix in SEEDS[name]["body"]:
        assert any(p.startswith(prefix) for p in found), prefix


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_chrome_and_sidebar_stories_are_boilerplate(name):
    pairs = passages(load_seed(name))
    for prefix in SEEDS[name]["boilerplate"]:
        matching = [kind for p, kind in pairs if p.startswith(prefix)]
        assert matching, f"no passage starts with {prefix!r}"
        assert set(matching) == {BOILERPLATE}, prefix


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_body_is_one_block_between_first_and_last(name):
    """Nothing after the last body passage is body: the whole tail is boilerplate."""
    pairs = passages(load_seed(name))
    kinds = [kind for _, kind in pairs]
    last_body = max(i for i, kind in enumerate(kinds) if kind == BODY)
    assert all(kind == BOILERPLATE for kind in kinds[last_body + 1 :])


def test_seed_000_keeps_the_replacement_character_in_the_standfirst():
    standfirst = body(load_seed("000_e6636a243b67c5c8.txt"))[1]
    assert standfirst.endswith("threats.\ufffd")


def test_seed_002_nbsp_after_skip_to_content_is_not_in_the_span():
    text = load_seed("002_ed3781059f7032e5.txt")
    first = split_passages(text)[0]
    assert text[first.start : first.end] == "Skip to content"
    assert text[first.end] == "\u00a0"


# --------------------------------------------------------------------------------------------
# Offsets on awkward texts
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("   \n\n\t \r\n \u00a0 \n", []),
        ("\u200b\n\ufeff \u200d\n", []),
        ("One paragraph with no newline at all", ["One paragraph with no newline at all"]),
        (
            "First line.\r\nSecond line.\r\n\r\nThird line.",
            ["First line.", "Second line.", "Third line."],
        ),
        (
            "Old Mac line one.\rline two.\r\rline three.\r",
            ["Old Mac line one.", "line two.", "line three."],
        ),
        (
            "\u00a0 Indented with NBSP.\u00a0\u00a0\n\u00a0\n  Next.  ",
            ["Indented with NBSP.", "Next."],
        ),
        (
            "\ufeffByte order mark first.\n\u200bZero width\u200b inside\u200b\n",
            ["Byte order mark first.", "Zero width\u200b inside"],
        ),
        (
            "Para one.\u2028Para two.\u2029Para three.\x0cPara four.",
            ["Para one.", "Para two.", "Para three.", "Para four."],
        ),
        ("\n\n\nTrailing blank lines.\n\n\n", ["Trailing blank lines."]),
        ("Tabs\tinside stay.\t\n", ["Tabs\tinside stay."]),
    ],
)
def test_offsets_on_edge_cases(text, expected):
    assert [p for p, _ in passages(text)] == expected


def test_offsets_survive_crlf_conversion_of_a_seed():
    text = load_seed("000_e6636a243b67c5c8.txt")
    crlf = text.replace("\n", "\r\n")
    assert [p for p, _ in passages(crlf)] == [p for p, _ in passages(text)]
    cr = text.replace("\n", "\r")
    assert [p for p, _ in passages(cr)] == [p for p, _ in passages(text)]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_offsets_on_seeds(name):
    text = load_seed(name)
    spans = split_passages(text)
    check_invariants(text, spans)
    assert len(spans) == len([line for line in text.splitlines() if line.strip()])


def test_passage_span_is_frozen():
    span = PassageSpan(0, 1, BODY)
    with pytest.raises(AttributeError):
        span.kind = BOILERPLATE  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Pages in other sites' styles (articles/tests/pages/*.txt, written for these tests)
# --------------------------------------------------------------------------------------------


def load_page(name: str) -> str:
    return (PAGES / name).read_bytes().decode("utf-8")


PAGE_BODIES = {
    # Reuters: nav labels, "REUTERS/... Purchase Licensing Rights" caption, "Sign up here.",
    # "Reporting by ...; Editing by ..." footer, then "Our Standards" and the author box.
    "reuters_wire.txt": [
        "Pakistan signs deal to import Russian crude at a discount, officials say",
        "By Asif Shahzad and Gibran Naiyyar Peshimam",
        "March 3, 20245:35 AM GMT+5Updated 2 hours ago",
        "ISLAMABAD, March 3 (Reuters) - Pakistan has signed an agreement to buy Russian crude oil "
        "at a discount, two government officials said on Sunday, as the cash-strapped country "
        "tries to cut its fuel import bill.",
        "The deal covers an initial 100,000 tonnes, to be refined at a Karachi refinery, the "
        "officials said.",
        '"We expect the first cargo within six weeks," one of them said, declining to be named '
        "because he was not authorised to speak to the media.",
        "Russia's embassy in Islamabad did not respond to a request for comment.",
    ],
    # Dawn: "Published ..." dateline is body, "Updated ..." stamp and share counters are not,
    # "— Photo courtesy ..." caption, print footer, "Comments (12)" and the comments after it.
    "dawn.txt": [
        "Lavrov says Moscow ready to expand energy ties with Islamabad",
        "Baqir Sajjad Syed",
        "Published March 3, 2024",
        "ISLAMABAD: Russian Foreign Minister Sergey Lavrov on Saturday said Moscow was ready to "
        "expand energy cooperation with Pakistan, including long-term supplies of crude oil and "
        "liquefied gas.",
        "Mr Lavrov made the remarks after talks with Foreign Minister Ishaq Dar in Moscow, the "
        "Foreign Office said in a statement.",
        "The two sides also agreed to convene the inter-governmental commission in Islamabad "
        "later this year.",
    ],
    # TASS: rubric, "Read also" and the headline it links, then "Tags" ends the article.
    "tass.txt": [
        "March 3, 10:15 UTC+3",
        "Lavrov, Pakistani counterpart discuss energy cooperation, Afghanistan",
        "The ministers also exchanged views on the situation in the Middle East",
        "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov and his Pakistani "
        "counterpart Ishaq Dar discussed energy cooperation and the situation in Afghanistan on "
        "Sunday, the Russian Foreign Ministry said.",
        '"The sides reaffirmed their mutual interest in intensifying the political dialogue," the '
        "ministry said in a statement.",
        "The ministers also agreed to coordinate their approaches at the Shanghai Cooperation "
        "Organization.",
    ],
    # Express Tribune: "Advertisement", "Share this article", inline "Read more:" and "READ:"
    # links, follow/subscribe prompts and the print footer.
    "tribune.txt": [
        "Pakistan, Russia agree to boost rail links",
        "Our Correspondent",
        "March 4, 2024",
        "ISLAMABAD: Pakistan and Russia on Monday agreed to upgrade the railway line between "
        "Karachi and Peshawar, the railways ministry said.",
        "The memorandum was signed at a ceremony attended by officials from both sides.",
        "Officials said work on the first section could begin next year.",
        '"This is a milestone in our relations," the minister said.',
    ],
    # Hindustan Times: breadcrumb, "Updated on" stamp, "Also Read |" link, "(With inputs from
    # Reuters)", then a "Related Stories" tail.
    "hindustan_times.txt": [
        "Pakistan PM to visit Moscow next month, says foreign office",
        "By HT News Desk",
        "Pakistan's prime minister will travel to Moscow next month for talks with President "
        "Vladimir Putin, the country's foreign office said on Tuesday.",
        "The visit will be the first by a Pakistani premier since 2022, the foreign office "
        "spokesperson told reporters in Islamabad.",
    ],
    # Al Jazeera: skip links, share buttons, an inline "Recommended Stories" list in the middle
    # of the article (the article goes on after it), "Source:" credit, then "Most Read".
    "aljazeera.txt": [
        "Russia and Pakistan sign deal on oil supply",
        "The agreement comes as Islamabad seeks cheaper energy amid an economic crisis.",
        "Published On 3 Mar 2024",
        "Islamabad, Pakistan \u2013 Pakistan and Russia have signed an agreement on oil supplies, "
        "Pakistan's energy minister has said, as the South Asian nation struggles with high fuel "
        "prices.",
        "The deal was signed in Moscow on Saturday, according to a statement from the ministry.",
    ],
    # BBC: relative timestamp, share/save, "Image source," and "Image caption," lines, then
    # "Related Topics".
    "bbc.txt": [
        "Lavrov visit: Russia and Pakistan pledge closer ties",
        "Jane Doe",
        "BBC News, Islamabad",
        "Russia's foreign minister has arrived in Pakistan for the first visit by a Russian "
        "foreign minister in nine years.",
        "Sergei Lavrov is expected to discuss energy, trade and the war in Afghanistan with his "
        "hosts.",
    ],
}


@pytest.mark.parametrize("name", sorted(PAGE_BODIES))
def test_other_sites_body_passages(name):
    assert body(load_page(name)) == PAGE_BODIES[name]


def test_reuters_footer_lines_are_boilerplate():
    chrome = boilerplate(load_page("reuters_wire.txt"))
    assert (
        "Reporting by Asif Shahzad in Islamabad; Writing by Gibran Naiyyar Peshimam; "
        "Editing by Kim Coghill"
    ) in chrome
    assert "Our Standards: The Thomson Reuters Trust Principles., opens new tab" in chrome
    assert "Sign up here." in chrome


def test_dawn_comment_after_comments_marker_is_boilerplate():
    chrome = boilerplate(load_page("dawn.txt"))
    assert "Comments (12)" in chrome
    assert "Great news for the energy sector, but we must not annoy our other partners." in chrome


# --------------------------------------------------------------------------------------------
# Single rules, on small texts
# --------------------------------------------------------------------------------------------

HEADLINE = "Pakistan and Russia sign energy deal"
LEAD = (
    "ISLAMABAD: Pakistan and Russia agreed on Tuesday to expand cooperation in energy, trade "
    "and counter-terrorism, officials said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Search",
        "Keep Reading Show less",
        "Advertisement",
        "Share this article",
        "Share on WhatsApp",
        "Follow us on Google News",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter",
        "3 min read",
        "Updated 23 Apr, 2024",
        "Last updated: March 3, 2024 10:45 am",
        "https://twitter.com/ForeignOfficePk/status/1234567890",
        "www.example.com/news/pakistan-russia",
        "lavrov-islamabad-2021",
        "IMG_2041.jpg",
        "Also read: Pakistan, Russia sign barter deal",
        "Also Read | Pakistan, Russia sign barter deal",
        "READ MORE: Russia offers wheat to Pakistan",
        "(PTI)",
        "\u2014 AFP",
        "(With inputs from agencies)",
        "Reporting by Jane Doe; Editing by John Roe",
        "Copyright \u00a9 2024 Example News",
        "Photo: Reuters",
        "FILE PHOTO: Russian Foreign Minister Sergei Lavrov attends a meeting in Moscow",
        "Image source, Getty Images",
        "Getty Images",
        "Sergei Lavrov in Islamabad. (Photo: AFP)",
        "Lavrov with Qureshi in Islamabad. \u2014 Photo courtesy Foreign Office",
        "Lavrov arrives in Islamabad on Tuesday. AFP via Getty Images",
        "Foreign ministers meet in Moscow, Russia, March 3, 2024. REUTERS/Evgenia Novozhenina",
        "Prime Minister Imran Khan(Twitter)",
        "x",
        "|",
        "Advertisement - Scroll to continue",
        "\u2014 Foreign Office Pakistan (@ForeignOfficePk) April 7, 2021",
        "Join our WhatsApp channel for the latest updates",
        "Follow The Express Tribune on Instagram",
        "We use cookies to improve your experience.",
        "12 hours ago",
        "Header image: Lavrov and Dar at the Foreign Office in Islamabad.",
        # A copyright credit closing a caption, whatever the language.
        "Глава МИД Пакистана на встрече в Москве \u00a9 Иван Петров/ ТАСС",
        # Urdu links to other stories.
        "یہ بھی پڑھیں: روس اور پاکستان کے درمیان نئی ریل سروس کا اعلان",
        "مزید پڑھیے: دونوں ممالک کا توانائی کے شعبے میں تعاون پر اتفاق",
    ],
)
def test_chrome_and_caption_lines_between_paragraphs_are_boilerplate(line):
    text = f"Headline about Pakistan and Russia\n\n{LEAD}\n\n{line}\n\nMore of the story here."
    assert passages(text)[2] == (line, BOILERPLATE)
    assert passages(text)[3] == ("More of the story here.", BODY)


@pytest.mark.parametrize(
    "line",
    [
        "April 8, 2021",
        "Published March 3, 2024",
        "By Asghar Ali Mubarak",
        "-Offers military support to counter terrorism",
        "Pakistan denies that.",
        "The talks ended with a statement. (APP)",
        "Like many users on Twitter and Facebook, the minister had complained about the ban for "
        "months before it was lifted by the courts in Islamabad last week.",
        "Sources said the deal was signed in Moscow.",
        "The photographers - images of whom were widely shared - were later released.",
        "Pakistan-Russia ties have improved since 2014.",
        "Updated trade figures released on Monday showed exports to Russia rose 12 percent in "
        "2023.",
        "Read the full statement, the spokesperson told reporters.",
        "Copyright law was not discussed.",
        # "will study further": the verb goes on, no link.
        "روسی وظائف پر طلبہ ماسکو میں مزید پڑھیں گے: یہ اعلان سفیر نے کیا۔",
    ],
)
def test_article_lines_are_body(line):
    text = f"Headline about Pakistan and Russia\n\n{LEAD}\n\n{line}\n\nMore of the story here."
    assert passages(text)[2] == (line, BODY)


@pytest.mark.parametrize(
    "marker",
    [
        "More For You",
        "Latest from -Top News",
        "Don\u2019t Miss",
        "Previous Story",
        "Related",
        "Related Stories",
        "Read more",
        "You may also like",
        "Most Read",
        "Opinion",
        "Editorial",
        "Comments (3)",
        "Recommended",
    ],
)
def test_end_marker_makes_the_rest_boilerplate(marker):
    text = (
        f"{HEADLINE}\n{LEAD}\nSecond paragraph of the story.\n{marker}\n"
        "Unrelated story headline\nUnrelated story with a long teaser that reads like prose, "
        "published on 23 Apr, 2024, about something else entirely.\n"
    )
    assert body(text) == [HEADLINE, LEAD, "Second paragraph of the story."]


def test_marker_above_the_article_is_only_chrome():
    """'Opinion' or 'Latest Stories' above the headline must not swallow the article."""
    text = f"Opinion\nLatest Stories\nWhy the Moscow visit matters\n{LEAD}\nSecond paragraph."
    assert body(text) == ["Why the Moscow visit matters", LEAD, "Second paragraph."]


def test_lead_in_line_takes_the_linked_headline_with_it():
    text = f"{HEADLINE}\n{LEAD}\nRead also\nRussia offers wheat to Pakistan\nThe story goes on."
    assert body(text) == [HEADLINE, LEAD, "The story goes on."]


def test_unterminated_inline_list_ends_after_its_items():
    text = (
        f"{HEADLINE}\n{LEAD}\nRecommended Stories\nlist of 1 item\nlist 1 of 1\nOther story\n"
        "The story goes on without an end-of-list line."
    )
    assert body(text) == [HEADLINE, LEAD, "The story goes on without an end-of-list line."]


def test_page_of_only_chrome_has_no_body():
    assert body("Skip to content\nSearch\nAdvertisement\nShare\n") == []


def test_text_without_chrome_is_all_body():
    text = "Pakistan and Russia sign deal\r\n\r\n" + LEAD
    assert body(text) == ["Pakistan and Russia sign deal", LEAD]


def test_short_article_still_ends_at_a_marker():
    """A one-sentence story: a six-word sentence is enough to start the article."""
    text = f"{HEADLINE}\nThe ministers met in Moscow today.\nMore For You\nOther story headline"
    assert body(text) == [HEADLINE, "The ministers met in Moscow today."]


def test_a_box_of_topic_tags_is_chrome_and_the_story_may_go_on_after_it():
    """Some pages put the tags between the highlights and the dateline: tags name no stories
    of their own, so they end nothing."""
    story = "Moscow (Wire) -- The two ministers met in the Kremlin for three hours on Friday."
    text = f"{HEADLINE}\n{LEAD}\nRELATED TOPICS\n• Russia\n• Pakistan\n{story}\nMore For You\nOther"
    assert body(text) == [HEADLINE, LEAD, story]
    # At the foot of the page the tags are followed by the tail, which still ends the story.
    text = f"{HEADLINE}\n{LEAD}\nTags\nRussia\nPakistan\nMore on this story\n{story}"
    assert body(text) == [HEADLINE, LEAD]


# --------------------------------------------------------------------------------------------
# Properties over arbitrary texts
# --------------------------------------------------------------------------------------------

ALPHABET = "ab .:\n\r\t\u00a0\u200b\ufeff\u2028\u2019-(/)\u2014|0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_offsets_hold_for_any_text(text):
    check_invariants(text, split_passages(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted(SEEDS)), min_size=1, max_size=3), st.data())
def test_offsets_hold_for_seed_fragments(names, data):
    text = "".join(load_seed(name) for name in names)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    check_invariants(text[start:end], split_passages(text[start:end]))


def test_large_text_is_fast():
    """Long pages (and the synthetic load-test articles) must not hit slow regex paths."""
    text = "\n\n".join(load_seed(name) for name in sorted(SEEDS)) * 40
    text += "\n" + "word " * 50_000 + "\n" + "(" * 20_000 + "\n" + "a-" * 20_000
    started = time.perf_counter()
    spans = split_passages(text)
    assert time.perf_counter() - started < 5
    assert spans


def test_read_more_with_an_ellipsis_unfolds_the_article_it_stands_in():
    text = (
        "Two navies hold drills off Karachi\n\n"
        "The Russian and Pakistani navies began a joint exercise in the Arabian Sea.\n\n"
        "Read more...\n\n"
        "By a staff reporter\n\n"
        "The ships of both navies will practise search and rescue for five days, officials "
        "said on Monday.\n\n"
        "Read more\n\n"
        "Another story about something else entirely, with its own date in May.\n"
    )
    kinds = dict(passages(text))
    assert kinds["Read more..."] == BOILERPLATE
    assert kinds[
        "The ships of both navies will practise search and rescue for five days, officials "
        "said on Monday."
    ] == BODY
    # Without the ellipsis it still heads the page's tail of other stories.
    assert kinds[
        "Another story about something else entirely, with its own date in May."
    ] == BOILERPLATE
