"""Cut news-page text into passages and mark site boilerplate.

Articles arrive as plain text copied byte for byte from web pages, site chrome included.
``split_passages`` cuts such a text into passages (one per non-blank line) and labels each
``body`` (the article: headline, dateline, byline, kicker lines, paragraphs) or
``boilerplate`` (navigation, share/subscribe prompts, photo captions and credits, inline
"Also read" links, and the whole tail of related stories that follows the article).

Pure Python, no Django: offsets index the original string, so ``text[span.start:span.end]``
is always the passage, byte for byte.

The rules are a few named pattern families, applied in this order for each passage:

1. END_MARKERS ("More For You", "Latest from ...", "Related Stories", "Comments (12)",
   "Opinion" ...): once the article has started, such a heading begins the page's tail of
   unrelated stories (each with its own dates), so it and everything after it is boilerplate.
   Before the article has started the same headings are just navigation chrome. A box of
   topic tags ("Related Topics", "Tags" and the short tag lines under it) is chrome too, but
   names no stories: the article may go on after it.
2. LEAD_INS ("Previous Story", "Also read" on a line of its own): chrome that introduces a
   link, so the line after it (the linked headline) is boilerplate too.
3. CHROME: navigation, share/follow/subscribe, reading-time, "Updated ..." stamps, bare URLs,
   image file slugs, inline "Also read: <headline>" links, agency and editing credits.
4. CAPTIONS: photo captions recognisable by a credit ("(Photo: Reuters)", "REUTERS/Name",
   "Name/Getty Images", "- Photo by AP", "Lavrov(Twitter)") and bare credit lines.
5. NAV LABELS: above the first body passage, a line of one or two words without digits
   ("World", "Asia Pacific") is a section label.

An inline list widget with an explicit size ("Recommended Stories / list of 3 items / ... /
end of list", Al Jazeera) is boilerplate but does not end the article.

Everything else is body. Datelines ("April 8, 2021", "Published March 3, 2024") and bylines
are kept as body: they belong to the article and later steps may want them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BODY = "body"
BOILERPLATE = "boilerplate"


@dataclass(frozen=True)
class PassageSpan:
    start: int  # offsets into the original text; text[start:end] is the passage, exactly
    end: int
    kind: str  # "body" or "boilerplate"


# --------------------------------------------------------------------------------------------
# Cutting lines
# --------------------------------------------------------------------------------------------

# Every line break str.splitlines() knows, so "\r" alone (old Mac), CRLF, form feeds and the
# Unicode line/paragraph separators all end a passage.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")

# Characters that are invisible on the page. Python's str.strip() keeps them, but a passage
# should neither start nor end with one, and a line made only of them is blank.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_EDGE = re.compile(rf"[\s{_INVISIBLE}]+")  # \s covers NBSP, tabs, U+2000..U+200A, U+3000...


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, with whitespace and invisibles trimmed off."""
    spans = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        lead = _EDGE.match(text, start, end)
        if lead:
            start = lead.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


_STRAIGHT_QUOTES_NO_INVISIBLES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    | dict.fromkeys(_INVISIBLE)
)


def _normalise(passage: str) -> str:
    """The form rules match against: no invisibles, straight quotes, single spaces."""
    return " ".join(passage.translate(_STRAIGHT_QUOTES_NO_INVISIBLES).split())


# --------------------------------------------------------------------------------------------
# Pattern families. All match a whole normalised line, case-insensitively.
# --------------------------------------------------------------------------------------------


def _whole_line(*alternatives: str) -> re.Pattern[str]:
    # Headings are often followed by a colon, an arrow or a "»" on the page.
    return re.compile(r"^(?:" + "|".join(alternatives) + r")\s*[:»›>|.]*$", re.IGNORECASE)


# Headings that introduce the list of other stories at the foot of a page. Once the article
# has begun, the rest of the page is teasers for unrelated stories with their own dates.
END_MARKERS = _whole_line(
    r"more for you",
    r"more (?:from|on|in) .{1,60}",  # "More from Dawn", "More on this story"
    r"more (?:stories|news|articles|to read|like this)",
    r"latest from\b.*",  # "Latest from -Top News"
    r"latest (?:stories|news|articles|posts|videos|updates)",
    r"top (?:stories|news)",
    r"don'?t miss(?: this)?",
    r"must read",
    r"(?:previous|next|prev) (?:story|article|post)",
    r"related(?: (?:stories|articles|news|posts|content|coverage|links|reading|videos))?",
    r"read more(?: (?:stories|news|articles))?",
    r"(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)",
    r"recommended(?: (?:for you|stories|articles|reading))?",
    r"most (?:read|popular|viewed|shared|commented|watched)",
    r"trending(?: (?:now|stories|news|topics))?",
    r"editor'?s picks?",
    r"opinion",
    r"editorials?",
    r"(?:\d+ )?comments?(?: \(\d+\))?",  # Dawn's "Comments (12)"
    r"comments are closed",
    r"leave a (?:comment|reply)",
    r"post (?:a|your) comment",
    r"our standards:.*",  # Reuters: "Our Standards: The Thomson Reuters Trust Principles."
)

# A box of topic tags ("RELATED TOPICS", "• Russia", "• Pakistan"): the tags are chrome, but
# they name no stories, so the article may go on after them (CNN puts the box between the
# story highlights and the dateline).
TAG_HEADINGS = _whole_line(r"related topics", r"tags", r"topics")
_TAG = re.compile(r"^[•·▪◦‣*#-]?\s*[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}$")

# A heading on its own line that introduces a single linked story: the next line is that
# story's headline, which is not part of the article.
# "Read more..." with its ellipsis: a link that unfolds the article it stands in.
_EXPANDER = re.compile(r"^read more\s*(?:\.{2,}|…)$", re.IGNORECASE)

LEAD_INS = _whole_line(
    r"(?:previous|next|prev) (?:story|article|post)",
    r"(?:also|read) (?:read|also|more)",
    r"see also",
    r"related",
)

# Inline widget lists with an explicit end (Al Jazeera's "Recommended Stories" block sits in
# the middle of the article): "list of 4 items" ... "end of list".
LIST_START = re.compile(r"^list of (\d+) items?$", re.IGNORECASE)
LIST_END = re.compile(r"^end of list$", re.IGNORECASE)

_AGENCY = (
    r"(?:pti|ani|ians|uni|afp|ap|app|app/pid|pid|ppi|nni|inp|reuters|tass|ria novosti|sputnik"
    r"|xinhua|anadolu(?: agency)?|bloomberg|dpa|efe|epa(?:-efe)?|kyodo|yonhap|bernama|wam"
    r"|agencies|news agencies|online|web desk|news desk|bbc|cnn|al jazeera)"
)

_SOCIAL = (
    r"(?:whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|instagram|youtube|tiktok"
    r"|threads|google news|bluesky)"
)

# Navigation, sharing, reading-time and credit lines. Each alternative is a kind of chrome.
CHROME = _whole_line(
    # navigation and page furniture
    r"skip (?:to|links)(?: (?:main )?content| navigation)?",
    r"search(?: ai powered)?(?: \.\.\.)?",
    r"menu|home|close|open|sections|navigation|back|more|live|video|watch|listen|save",
    r"(?:back to|go to|scroll to) ?top|top",
    r"home ?[/>»›|].*",  # breadcrumbs
    r"end of list|list \d+ of \d+",  # Al Jazeera's inline list widget
    r"keep reading ?show less|show (?:more|less)|load more|see more|view (?:more|all)",
    r"continue reading.*",
    r"advertisements?|advertisment|sponsored(?: content)?|ad|promoted",
    r"advertisement\W.{0,40}",  # "Advertisement - Scroll to continue"
    r"loading\W*|.{0,40}\benable javascript\b.*|we use cookies\b.*|accept(?: all)?(?: cookies)?",
    r"(?:hide|show|toggle) caption|enlarge (?:this )?image",
    r"(?:story continues|article continues|scroll to continue)(?: below)?.*",
    r"sign (?:in|up|out)|log ?(?:in|out)|register|my account|my news",
    r"(?:download|get) (?:the|our) (?:\w+ )?app\b.*",
    r"listen to (?:this|the) (?:article|story)",
    r"\d+\s*(?:-\s*)?(?:mins?|minutes?) (?:read|listen)",  # "2 mins read"
    r"reading time:? .*",
    # revision stamps, "Updated 23 Apr, 2024": the date is not the article's publication date
    r"(?:last )?updated(?: on| at)?:? (?=.{0,40}(?:\d{4}|\d:\d\d|\bago\b)).{1,60}",
    r"(?:\d+ )?(?:hours?|minutes?|days?) ago",
    # sharing, following, subscribing
    r"share\d*(?: (?:this|the|on|via|to)\b.*)?|shares|\d+ shares?",
    r"click (?:here )?to share.*|click here.*",
    r"copy(?: the)? link|link copied|print|email|e-mail|mail|messenger|sms|flipboard",
    _SOCIAL + r"(?: (?:share|count|icon|link|page))?",  # "Facebook Count", "Twitter Share"
    r"follow(?: us)?",
    r"(?:join|follow) (?:our|the) .{0,40}\b(?:channel|group|page|community)\b.{0,40}",
    r"subscribe\b.*",
    r"(?:\S+ ){0,4}\S*newsletters?\b(?: \S+){0,4}",  # a short line about a newsletter
    r"sign up (?:for|to|here)\b.*",
    r".*\bpurchase licensing rights\b.*|opens new tab",  # Reuters photo-licence link
    r"published in (?:the )?.{1,60}\d{4}\W*",  # print footer: "Published in Dawn, March 3rd, 2024"
    r"(?:catch|get) (?:all )?(?:the )?latest (?:news|updates|\w+ news)\b.*",
    r".{0,60}\b(?:delivered to|straight to|in) your inbox\b.{0,20}",
    # inline links to other stories: "Also read:Biden backs ...", "Also Read | ...", "READ: ..."
    r"(?:also read|read also|read more|see also|related|also see|watch|read|more|recommended)"
    r"(?:\s*[:|]|\s+[-\u2013\u2014])\s*.+",
    # and in Urdu: "یہ بھی پڑھیں: …" (read this too), "مزید پڑھیے: …" (read more)
    r"(?:یہ\s+بھی|مزید)\s+پڑھ(?:یں|یے|ئے|ئیے)\s*:\s*.+",
    # credits that are not article text
    r"\(?(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|edited|written"
    r"|translated|produced|inputs?) (?:by|from)\b.*",  # "Reporting by ...; Editing by ..."
    r"[(\[]?\s*(?:[\u2013\u2014-]\s*)?" + _AGENCY + r"(?:\s*(?:/|,|&|and)\s*" + _AGENCY + r")*"
    r"\s*[)\]]?",  # "(PTI)", "- AFP", "Reuters"
    r"source: .{1,80}",  # "Source: Al Jazeera and news agencies"
    r"(?:\u00a9|\(c\)).*|copyright (?:\u00a9|\(c\)|\d{4}).*|all rights reserved.*",
    # machine leftovers
    r"(?:https?://|www\.)\S+",  # bare URL, e.g. an embedded tweet's link
    r"pic\.twitter\.com/\S+",
    # the signature under an embedded tweet: "- Foreign Office (@ForeignOfficePk) April 7, 2021"
    r"[-\u2013\u2014]\s*.{0,60}\(@\w+\)\s*\w+ \d{1,2},? \d{4}",
    r"(?=\S*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.(?:jpe?g|png|webp|gif|avif))?",  # image slug
    r"\S+\.(?:jpe?g|png|webp|gif|avif)",
)

# A line that has no letters or digits at all ("|", "...") or a single one ("x", a close
# button) is chrome whatever it says.
_NEARLY_EMPTY = re.compile(r"^\W*\w?\W*$")

_PHOTO_WORD = r"(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|file photo|file|credit|courtesy|video)"
_PHOTO_SOURCE = (
    r"(?:getty(?: images)?|afp|ap|reuters|epa|pa|shutterstock|alamy|ani|pti|pid|ppi|app"
    r"|sputnik|tass|xinhua|bloomberg|anadolu|pool|handout|supplied|file|white star|online)"
)

# Photo captions are recognised by the credit they carry; each pattern is one credit style.
CAPTIONS = [
    # "... all people. (Photo: X/@Keir_Starmer)", "(Photo credit: tulipsiddiq.com)"
    re.compile(r"\(\s*(?:" + _PHOTO_WORD + r")\b[^()]*\)\W*$", re.IGNORECASE),
    # "REUTERS/Akhtar Soomro", "AFP/File", "Ian Forsyth/Getty Images", "... via Getty Images"
    re.compile(
        r"\b(?:REUTERS|AFP|AP|EPA|SPUTNIK|XINHUA|POOL|ANADOLU)\s*/\s*[A-Z][\w.'-]*"
        r"(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*/\s*[\w ]+)?\W*$"
    ),
    re.compile(r"\S\s*/\s*" + _PHOTO_SOURCE + r"(?:\s*/\s*[\w ]+)?\W*$", re.IGNORECASE),
    re.compile(r"\bvia (?:getty images|reuters|afp|ap)\W*$", re.IGNORECASE),
    # "... on Thursday. - Photo by AP", "| Photo: Reuters", "- AFP/File"
    re.compile(
        r"(?:^[\u2013\u2014|]|\s[-\u2013\u2014|])\s*(?:(?:"
        + _PHOTO_WORD
        + r")\b(?:\W+\w+){0,5}|"
        + _PHOTO_SOURCE
        + r"\s*/\s*file)\W*$",
        re.IGNORECASE,
    ),
    # Lines that are only a credit or a caption label: "getty images", "Photo: AFP",
    # "Image source, Getty Images", "Image caption, ...", "FILE PHOTO: ..."
    re.compile(r"^(?:" + _PHOTO_SOURCE + r")(?: images| photo)?$", re.IGNORECASE),
    re.compile(r"^(?:" + _PHOTO_WORD + r")(?: (?:credit|by|courtesy))?\s*[:|]", re.IGNORECASE),
    re.compile(r"^(?:image|media|photo|video) (?:source|caption|credit)\s*[:,]", re.IGNORECASE),
    # A photographer and agency after a copyright sign closing a caption, in any language:
    # "Глава МИД Пакистана Исхак Дар © Артем Геодакян/ ТАСС".
    re.compile(r"©\s*[^\s©][^©.!?]{0,60}/\s*[^\s/][^©.!?/]{0,30}$"),
    # Dawn-style "Header image: ...", "Featured photo: ..."
    re.compile(r"^(?:header|featured|main|top|lead|cover) (?:image|photo)\s*[:|]", re.IGNORECASE),
]

# "Russia's Foreign Minister Sergey Lavrov(Twitter)": a label (not a sentence) ending in a
# parenthesised social-media or agency source is a caption. A sentence ending "... said. (APP)"
# is a paragraph with its agency tag and stays body.
_LABEL_WITH_SOURCE = re.compile(
    r"^[^.!?\"]*[^.!?\"\s]\s*\((?:twitter|x|facebook|instagram|youtube|social media|"
    + _PHOTO_SOURCE
    + r")\)$",
    re.IGNORECASE,
)


def _is_caption(line: str) -> bool:
    return any(p.search(line) for p in CAPTIONS) or bool(_LABEL_WITH_SOURCE.match(line))


# "Follow us on Twitter", "Like Business on Facebook, follow @TribuneBiz on Twitter to stay
# informed": an invitation to a social network. Only short lines, so that a sentence such as
# "Like many users on X, he complained that ..." deep in a paragraph is not caught.
_SOCIAL_PROMPT = re.compile(
    r"^(?:follow|like|join|find)(?: us)? (?:[\w@]+ ){0,4}on " + _SOCIAL + r"\b",
    re.IGNORECASE,
)
_SOCIAL_PROMPT_MAX_WORDS = 25


def _is_chrome(line: str) -> bool:
    if _NEARLY_EMPTY.match(line) or CHROME.match(line):
        return True
    return bool(_SOCIAL_PROMPT.match(line)) and len(line.split()) <= _SOCIAL_PROMPT_MAX_WORDS


# Above the headline (before any body passage), a line of one or two words without digits is a
# navigation label or a section rubric ("World", "Asia Pacific", "Dawn Logo"). Below it, a
# two-word line is more likely a byline ("Jane Doe", "Our Correspondent") and stays body.
_NAV_LABEL_MAX_WORDS = 2


def _is_nav_label(line: str) -> bool:
    return len(line.split()) <= _NAV_LABEL_MAX_WORDS and not any(ch.isdigit() for ch in line)


# The article has started once a passage reads like prose: a long line, or a sentence that
# ends like one. A headline is not enough, so a "Latest Stories" or "Opinion" label just
# under the headline is not mistaken for the start of the tail.
_PROSE_MIN_WORDS = 12
_SENTENCE_MIN_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*$")


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= _PROSE_MIN_WORDS or (
        words >= _SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(line))
    )


# --------------------------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------------------------


def _classify(lines: list[str]) -> list[str]:
    kinds: list[str] = []
    seen_body = False  # a body passage has been seen (the headline, usually)
    article_started = False  # a body passage long enough to be prose has been seen
    in_tail = False
    in_tags = False  # in a box of topic tags
    list_left = 0  # lines left in an inline list widget
    skip_next = False
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if in_tail:
            kinds.append(BOILERPLATE)
            continue
        if list_left:
            kinds.append(BOILERPLATE)
            list_left = 0 if LIST_END.match(line) else list_left - 1
            continue
        if LIST_START.match(line) or (END_MARKERS.match(line) and LIST_START.match(following)):
            # An inline list widget ("Recommended Stories / list of 4 items ... end of list")
            # is a bounded block, not the start of the tail: N items of two lines each
            # ("list 1 of 4", headline), then "end of list" (chrome in its own right).
            kinds.append(BOILERPLATE)
            start = LIST_START.match(line)
            list_left = 2 * int(start.group(1)) if start else 0
            continue
        if TAG_HEADINGS.match(line) or (
            in_tags and _TAG.match(line) and not END_MARKERS.match(line)
        ):
            kinds.append(BOILERPLATE)
            in_tags = True
            continue
        in_tags = False
        if _EXPANDER.match(line):
            # "Read more..." after a standfirst opens the rest of this article, not a list of
            # other stories: chrome, and the article goes on.
            kinds.append(BOILERPLATE)
            continue
        if END_MARKERS.match(line):
            kinds.append(BOILERPLATE)
            in_tail = article_started
            skip_next = bool(LEAD_INS.match(line))
            continue
        if skip_next:
            skip_next = False
            kinds.append(BOILERPLATE)
            continue
        if LEAD_INS.match(line):
            kinds.append(BOILERPLATE)
            skip_next = True
            continue
        if _is_chrome(line) or _is_caption(line):
            kinds.append(BOILERPLATE)
            continue
        if not seen_body and _is_nav_label(line):
            kinds.append(BOILERPLATE)
            continue
        kinds.append(BODY)
        seen_body = True
        article_started = article_started or _is_prose(line)
    return kinds


def split_passages(text: str) -> list[PassageSpan]:
    """Cut ``text`` into its non-blank lines and label each "body" or "boilerplate".

    Spans exclude surrounding whitespace (NBSP and "\\r" included) and zero-width characters,
    are in order and never overlap; ``text[span.start:span.end]`` is the passage exactly.
    """
    spans = _line_spans(text)
    kinds = _classify([_normalise(text[start:end]) for start, end in spans])
    return [PassageSpan(start, end, kind) for (start, end), kind in zip(spans, kinds, strict=True)]
