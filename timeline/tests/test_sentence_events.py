"""An editor's events from single sentences of the article page, over the real database."""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client

from articles.models import Article
from timeline.models import Actor, Citation, Event, Sector
from timeline.sentence_events import body_passages, passage_sentences
from timeline.sentences import split_sentences
from timeline.tests.factories import cite, make_article, make_event

pytestmark = pytest.mark.django_db
D = dt.date

TEXT = (
    "Subscribe to our newsletter\n"
    "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on 5 March 2024 "
    "for talks on energy with Pakistan. The talks went well, officials said.\n"
    "Pakistan and Russia also discussed a gas pipeline.\n"
    "“Russia and Pakistan share a long history,” an official said.\n"
)
ARRIVAL = (
    "ISLAMABAD: Russian Foreign Minister Sergey Lavrov arrived in Islamabad on 5 March 2024 "
    "for talks on energy with Pakistan."
)
# No date words: the report's date carries to it.
CARRIED = "Pakistan and Russia also discussed a gas pipeline."
# No date words, and a quotation, which no report's date carries to.
UNDATED = "“Russia and Pakistan share a long history,” an official said."


@pytest.fixture
def article():
    return make_article(
        TEXT, outlet="Dawn", published=D(2024, 3, 6), boilerplate=["Subscribe to our newsletter"]
    )


def offsets(article, sentence):
    start = article.text.index(sentence)
    return start, start + len(sentence)


def url(article, sentence, action):
    start, end = offsets(article, sentence)
    return f"/articles/{article.pk}/sentences/{start}-{end}/{action}/"


def event_data(**changes):
    data = {"title": "Lavrov arrives in Islamabad", "date": "0", "typed_date": "",
            "status": "occurred", "summary": ""}  # fmt: skip
    return data | changes


def test_anonymous_readers_see_no_editor_controls(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert ARRIVAL in page
    for control in ("data-sentence-start", "data-action", "new-event", "add-to-event"):
        assert control not in page
    assert '<p id="p-3">Pakistan and Russia also discussed a gas pipeline.</p>' in page


def test_a_signed_in_reader_without_permissions_sees_no_controls_and_gets_403(client, article):
    client.force_login(User.objects.create_user("reader", password="a long reader password"))
    assert "data-action" not in client.get(article.get_absolute_url()).content.decode()
    for action in ("new-event", "add-to-event"):
        assert client.get(url(article, ARRIVAL, action)).status_code == 403
        assert client.post(url(article, ARRIVAL, action), event_data()).status_code == 403
    assert client.get("/editing/actors/", {"q": "Lav"}).status_code == 403
    assert client.get("/editing/actors/choice/", {"value": "1"}).status_code == 403
    assert not Event.objects.exists()


def test_anonymous_requests_to_the_tools_are_403_not_a_login_form(client, article):
    assert client.get(url(article, ARRIVAL, "new-event")).status_code == 403
    assert client.post(url(article, ARRIVAL, "add-to-event"), {"event": "1"}).status_code == 403


def test_staff_need_the_event_permissions_as_in_the_admin(client, article):
    staff = User.objects.create_user("staff", password="a long staff password", is_staff=True)
    client.force_login(staff)
    assert client.get(url(article, ARRIVAL, "new-event")).status_code == 403
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_event", "change_event", "add_citation"])
    )
    client.force_login(User.objects.get(pk=staff.pk))
    assert client.get(url(article, ARRIVAL, "new-event")).status_code == 200


def test_editors_see_every_body_sentence_with_its_offsets_and_tools(editor_client, article):
    page = editor_client.get(article.get_absolute_url()).content.decode()
    shown = re.findall(r'data-sentence-start="(\d+)" data-sentence-end="(\d+)"', page)
    body = article.passages.filter(kind="body")
    expected = [
        (str(s.start), str(s.end))
        for passage in body
        for s in split_sentences(article.text, passage.start, passage.end)
    ]
    assert shown == expected
    assert len(shown) == 4
    assert "Subscribe to our newsletter" not in page
    assert page.count('data-action="new-event"') == page.count('data-action="add-to-event"') == 4


def test_a_sentence_the_sender_wrapped_over_lines_is_one_row_and_can_be_saved(editor_client):
    lines = [
        "ISLAMABAD, March 5 (Wire): Russian Foreign Minister Sergey Lavrov arrived here on",
        "Tuesday for talks on energy and trade with his Pakistani counterpart, officials",
        "said. The two ministers are expected to sign a protocol on a gas pipeline at the",
        "end of the visit, which is the first by a Russian foreign minister in five years.",
    ]
    wrapped = make_article("\n".join(lines) + "\n", outlet="Wire", published=D(2024, 3, 6))
    arrival = wrapped.text[: wrapped.text.index("said.") + len("said.")]
    page = editor_client.get(wrapped.get_absolute_url()).content.decode()
    shown = re.findall(r'data-sentence-start="(\d+)" data-sentence-end="(\d+)"', page)
    assert shown[0] == ("0", str(len(arrival)))
    assert len(shown) == 2
    form = editor_client.get(url(wrapped, arrival, "new-event"), HTTP_HX_REQUEST="true")
    assert form.status_code == 200
    assert "Tuesday 5 March 2024" in form.content.decode()


def test_editors_see_the_cited_words_marked_too(editor_client, article):
    start, end = offsets(article, "The talks went well")
    page = editor_client.get(article.get_absolute_url(), {"quote": f"{start}-{end}"})
    marked = "<mark>The talks went well</mark>, officials said.</span>"
    assert f'<span class="sentence-text">{marked}' in page.content.decode()


def test_the_form_is_filled_from_the_pipelines_reading(editor_client, article):
    response = editor_client.get(url(article, ARRIVAL, "new-event"), HTTP_HX_REQUEST="true")
    form = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in form
    # The pipeline's headline: present tense, no date words.
    assert re.search(r'name="title" value="[^"]*Sergey Lavrov arrives in Islamabad for talks', form)
    assert "Tuesday 5 March 2024 (“5 March 2024”)" in form
    assert re.search(r'name="actors" value="\d+" checked> Sergey Lavrov', form)
    assert re.search(r'name="sectors" value="\d+" checked> Energy', form)
    assert 'data-action="save-event"' in form


def test_saving_makes_a_published_reviewed_event_citing_exactly_the_sentence(
    editor_client, editor, article
):
    lavrov, energy = Actor.objects.get(slug="sergey-lavrov"), Sector.objects.get(slug="energy")
    response = editor_client.post(
        url(article, ARRIVAL, "new-event"),
        event_data(actors=[lavrov.pk], sectors=[energy.pk]),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    event = Event.objects.get()
    assert (event.title, event.published, event.reviewed, event.status) == (
        "Lavrov arrives in Islamabad", True, True, "occurred"
    )  # fmt: skip
    assert (event.start_date, event.end_date, event.precision, event.value) == (
        D(2024, 3, 5), D(2024, 3, 5), "day", "2024-03-05"
    )  # fmt: skip
    assert list(event.actors.all()) == [lavrov] and list(event.sectors.all()) == [energy]
    citation = event.citations.get()
    assert (citation.quote_start, citation.quote_end) == offsets(article, ARRIVAL)
    assert citation.quote == ARRIVAL
    assert citation.date_expression == "5 March 2024"
    assert {record.history_user for record in event.history.all()} == {editor}
    assert event.history.last().history_change_reason == "Made from a sentence of Dawn, 6 Mar 2024"
    # The sentence now says which event cites it, with a link.
    assert f'<a href="/events/{event.pk}/">Lavrov arrives in Islamabad</a>' in (
        response.content.decode()
    )


def test_the_timeline_shows_the_new_event_at_once_even_to_cached_readers(
    editor, article
):  # fmt: skip
    reader = Client()
    assert "Lavrov arrives in Islamabad" not in reader.get("/").content.decode()
    editor_client = Client()
    editor_client.force_login(editor)
    editor_client.post(url(article, ARRIVAL, "new-event"), event_data())
    assert "Lavrov arrives in Islamabad" in reader.get("/").content.decode()


def test_without_htmx_the_form_is_a_page_and_saving_returns_to_the_article(editor_client, article):
    page = editor_client.get(url(article, ARRIVAL, "new-event"))
    assert page.status_code == 200
    assert "<html" in page.content.decode() and 'data-action="save-event"' in page.content.decode()
    assert page.headers["Vary"].count("HX-Request") == 1
    saved = editor_client.post(url(article, ARRIVAL, "new-event"), event_data())
    assert saved.status_code == 302
    assert saved.headers["Location"] == f"/articles/{article.pk}/#p-2"
    assert Event.objects.get().citations.get().quote == ARRIVAL


def test_a_typed_date_wins_over_the_choices(editor_client, article):
    editor_client.post(url(article, ARRIVAL, "new-event"), event_data(typed_date="2024-03"))
    event = Event.objects.get()
    assert (event.start_date, event.end_date, event.precision, event.value) == (
        D(2024, 3, 1), D(2024, 3, 31), "month", "2024-03"
    )  # fmt: skip
    assert event.citations.get().date_rule == "typed by an editor"


def test_a_bad_date_and_an_empty_title_come_back_with_messages_and_nothing_lost(
    editor_client, article
):
    lavrov = Actor.objects.get(slug="sergey-lavrov")
    response = editor_client.post(
        url(article, ARRIVAL, "new-event"),
        event_data(title="", typed_date="next spring", summary="My own words.",
                   actors=[lavrov.pk], new_actors=["person:Ivan Testov"]),
        HTTP_HX_REQUEST="true",
    )  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400
    assert "“next spring” is not a date" in page
    assert "This field is required." in page
    assert 'value="next spring"' in page and "My own words." in page
    assert re.search(r'value="\d+" checked> Sergey Lavrov', page)
    assert 'value="person:Ivan Testov" checked> Ivan Testov (new person)' in page
    assert not Event.objects.exists()


def test_an_unknown_person_is_added_to_the_vocabulary(editor_client, article):
    editor_client.post(
        url(article, ARRIVAL, "new-event"),
        event_data(new_actors=["person:Ivan Testov", "organisation:Gas Board"]),
    )
    event = Event.objects.get()
    assert sorted(event.actors.values_list("name", "kind")) == [
        ("Gas Board", "organisation"), ("Ivan Testov", "person")
    ]  # fmt: skip


def test_a_new_actor_of_a_known_name_is_the_known_actor(editor_client, article):
    known = event_data(new_actors=["person:sergey lavrov", "person:Sergei Lavrov"])
    editor_client.post(url(article, ARRIVAL, "new-event"), known)
    assert list(Event.objects.get().actors.values_list("slug", flat=True)) == ["sergey-lavrov"]
    assert Actor.objects.filter(name__iexact="sergey lavrov").count() == 1


def test_a_sentence_without_dates_offers_the_articles_date(editor_client, article):
    form = editor_client.get(url(article, UNDATED, "new-event"), HTTP_HX_REQUEST="true")
    assert "Wednesday 6 March 2024" in form.content.decode()
    editor_client.post(url(article, UNDATED, "new-event"), event_data(title="Gas pipeline talks"))
    event = Event.objects.get()
    assert (event.value, event.precision) == ("2024-03-06", "day")
    assert event.citations.get().date_start is None


def test_a_sentence_in_a_dated_report_offers_the_reports_date(editor_client, article):
    form = editor_client.get(url(article, CARRIED, "new-event"), HTTP_HX_REQUEST="true")
    assert "Tuesday 5 March 2024" in form.content.decode()
    editor_client.post(url(article, CARRIED, "new-event"), event_data(title="Gas pipeline talks"))
    citation = Event.objects.get().citations.get()
    # The citation keeps the words that dated it, in the sentence of the report before it.
    start, end = citation.date_start, citation.date_end
    assert article.text[start:end] == "5 March 2024"


def test_offsets_that_are_not_a_body_sentence_are_404(editor_client, article):
    start, end = offsets(article, ARRIVAL)
    for bad in (f"{start}-{end - 1}", f"{start + 1}-{end}", "0-27"):
        response = editor_client.get(f"/articles/{article.pk}/sentences/{bad}/new-event/")
        assert response.status_code == 404


def test_posts_need_the_csrf_token(editor, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(url(article, ARRIVAL, "new-event"), event_data()).status_code == 403
    assert not Event.objects.exists()


def test_adding_a_sentence_cites_it_in_the_event_once(editor_client, editor, article):
    event = make_event("Lavrov visits Pakistan", start=D(2024, 3, 5))
    cite(event, article, UNDATED)
    response = editor_client.post(
        url(article, ARRIVAL, "add-to-event"), {"event": event.pk}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Added this sentence to" in response.content.decode()
    assert sorted(event.citations.values_list("quote_start", flat=True)) == sorted(
        [offsets(article, ARRIVAL)[0], offsets(article, UNDATED)[0]]
    )
    added = event.citations.get(quote_start=offsets(article, ARRIVAL)[0])
    assert (added.quote, added.date_expression) == (ARRIVAL, "5 March 2024")
    event.refresh_from_db()
    assert event.reviewed
    latest = event.history.first()
    assert (latest.history_user, latest.history_change_reason) == (
        editor, "Cited a sentence of Dawn, 6 Mar 2024"
    )  # fmt: skip

    again = editor_client.post(
        url(article, ARRIVAL, "add-to-event"), {"event": event.pk, "q": "Lavrov", "date": ""},
        HTTP_HX_REQUEST="true",
    )  # fmt: skip
    assert again.status_code == 400
    assert "“Lavrov visits Pakistan” already cites this sentence." in again.content.decode()
    assert 'value="Lavrov"' in again.content.decode()
    assert event.citations.count() == 2


def test_a_sentence_without_date_words_does_not_date_the_event_it_is_added_to(
    editor_client, article
):
    event = make_event("Pipeline talks", start=D(2024, 3, 1), end=D(2024, 3, 31), precision="month",
                       value="2024-03")  # fmt: skip
    editor_client.post(url(article, UNDATED, "add-to-event"), {"event": event.pk})
    citation = event.citations.get()
    assert (citation.quote, citation.date_start, citation.date_value) == (UNDATED, None, "")


def test_the_search_finds_events_by_words_and_date(editor_client, article):
    visit = make_event("Lavrov visits Pakistan", start=D(2024, 3, 5))
    make_event("Putin meets Sharif", start=D(2024, 3, 5))
    make_event("Lavrov visits Pakistan again", start=D(2019, 1, 1), end=D(2019, 12, 31),
               precision="year", value="2019")  # fmt: skip
    search = url(article, ARRIVAL, "add-to-event")
    opened = editor_client.get(search, HTTP_HX_REQUEST="true").content.decode()
    # Opened from the sentence, it lists the events of the sentence's date.
    assert 'value="2024-03-05"' in opened
    assert "Lavrov visits Pakistan<" in opened and "Putin meets Sharif" in opened
    assert "again" not in opened

    found = editor_client.get(search, {"q": "lavrov", "date": "2024"}, HTTP_HX_REQUEST="true")
    page = found.content.decode()
    assert f'name="event" value="{visit.pk}"' in page
    assert "Putin" not in page and "again" not in page and "<form" not in page

    bad = editor_client.get(search, {"q": "", "date": "soon"}, HTTP_HX_REQUEST="true")
    assert bad.status_code == 400
    assert "“soon” is not a date" in bad.content.decode()


def test_an_event_that_already_cites_the_sentence_cannot_be_picked(editor_client, article):
    event = make_event("Lavrov visits Pakistan", start=D(2024, 3, 5))
    cite(event, article, ARRIVAL)
    page = editor_client.get(url(article, ARRIVAL, "add-to-event")).content.decode()
    assert re.search(rf'value="{event.pk}" disabled>', page)
    assert "already cites this sentence" in page


def test_cited_sentences_link_to_the_events_that_cite_them(editor_client, article):
    shown = make_event("Lavrov visits Pakistan", start=D(2024, 3, 5))
    hidden = make_event("Draft of the visit", start=D(2024, 3, 5), published=False)
    cite(shown, article, ARRIVAL)
    cite(hidden, article, ARRIVAL)
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert f'<a href="/events/{shown.pk}/">Lavrov visits Pakistan</a>' in page
    admin_link = f'<a href="/admin/timeline/event/{hidden.pk}/change/">Draft of the visit</a>'
    assert f"{admin_link} (unpublished)" in page


def test_vocabulary_suggestions_and_a_new_actor(editor_client):
    page = editor_client.get("/editing/actors/", {"q": "lavr"}).content.decode()
    lavrov = Actor.objects.get(slug="sergey-lavrov")
    assert f"/editing/actors/choice/?value={lavrov.pk}" in page
    assert "as a new person" in page
    # An alias names the actor too: no second Lavrov.
    for name in ("Sergey Lavrov", "sergei lavrov"):
        exact = editor_client.get("/editing/actors/", {"q": name}).content.decode()
        assert f"?value={lavrov.pk}" in exact and "as a new person" not in exact
    sectors = editor_client.get("/editing/sectors/", {"q": "crude"}).content.decode()
    assert "Energy" in sectors and "new" not in sectors
    chip = editor_client.get("/editing/actors/choice/", {"value": "person:Ivan Testov"})
    assert 'name="new_actors" value="person:Ivan Testov" checked' in chip.content.decode()
    assert editor_client.get("/editing/sectors/choice/", {"value": "person:X"}).status_code == 404
    assert editor_client.get("/editing/places/", {"q": "x"}).status_code == 404


def test_sources_are_counted_and_listed_by_article(client):
    dawn = make_article(
        "Lavrov arrived.\nLavrov met Sharif.\nThey signed a deal.\nLavrov left.\n",
        outlet="Dawn", published=D(2012, 10, 4),
    )  # fmt: skip
    tribune = make_article("Lavrov was in Islamabad.\n", outlet="Tribune", published=D(2012, 10, 5))
    event = make_event("Lavrov visits Pakistan", start=D(2012, 10, 3))
    for line in dawn.text.splitlines():
        cite(event, dawn, line)
    cite(event, tribune, "Lavrov was in Islamabad.")

    timeline = client.get("/").content.decode()
    assert "2 sources: " in timeline
    assert timeline.count("Dawn, 4 Oct 2012") == 1
    assert 'Dawn, 4 Oct 2012</a> <span class="language">(English, 4 passages)</span>; ' in timeline
    assert 'Tribune, 5 Oct 2012</a> <span class="language">(English)</span></dd>' in timeline

    page = client.get(event.get_absolute_url()).content.decode()
    assert "2 sources report it" in page
    assert page.count("<h3 ") == 2
    assert "4 passages" in page
    for line in [*dawn.text.splitlines(), "Lavrov was in Islamabad."]:
        assert line in page
    assert Citation.objects.filter(event=event).count() == len(event.sources[0].citations) + 1


class SubmittedValues(HTMLParser):
    """What a browser submits from a form left as it is: named fields, checked boxes, the
    selected option, textarea text (search boxes aside: they only fetch suggestions)."""

    def __init__(self):
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") != "search":
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.values.setdefault(name, []).append(attrs.get("value", ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.values.setdefault(self.select, []).append(attrs["value"])
        elif tag == "textarea":
            self.textarea = name
            self.values.setdefault(name, []).append("")

    def handle_endtag(self, tag):
        if tag in ("select", "textarea"):
            self.select = self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea][-1] += data


def test_every_sentence_of_a_seed_article_saves_unchanged_as_a_dated_titled_event(
    editor_client,
):
    call_command("ingest_articles", verbosity=0)
    article = Article.objects.get(outlet="Asian Lite News")
    by_passage = passage_sentences(article.text, body_passages(article), article.language)
    sentences = [sentence for _, sentences in by_passage for sentence in sentences]
    for sentence in sentences:
        form_url = f"/articles/{article.pk}/sentences/{sentence.start}-{sentence.end}/new-event/"
        form = SubmittedValues()
        form.feed(editor_client.get(form_url, HTTP_HX_REQUEST="true").content.decode())
        response = editor_client.post(form_url, form.values, HTTP_HX_REQUEST="true")
        assert response.status_code == 200, sentence.text
        event = Event.objects.get(citations__quote_start=sentence.start, reviewed=True)
        assert event.title and event.start_date <= article.published
        assert event.citations.get().quote == sentence.text
