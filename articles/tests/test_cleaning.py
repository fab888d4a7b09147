"""Tests for articles.cleaning: passage offsets and body/boilerplate classification.

Pure Python: no database, no Django settings (run with ``-p no:django``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.cleaning import BODY, BOILERPLATE, PassageSpan, split_passages

REPO = Path(__file__).resolve().parents[2]
SEED_DIRS = [REPO / "fixtures" / "articles", REPO.parent / "shared" / "seeds"]
PAGES = Path(__file__).resolve().parent / "pages"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"  # zero-width and soft hyphen


def load_seed(name: str) -> str:
    for directory in SEED_DIRS:
        path = directory / name
        if path.exists():
            return path.read_bytes().decode("utf-8")
    raise FileNotFoundError(f"seed {name} not found in {SEED_DIRS}")


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
