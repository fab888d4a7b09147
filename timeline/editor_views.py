"""The editor's tools on the article page: an event from a sentence, or a sentence added to
an event. Readers who are not editors get 403 from every one of them."""

from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from articles.models import Article
from timeline.curation import CurationError
from timeline.forms import (
    NEW_ACTOR_KINDS,
    EventSearchForm,
    SentenceEventForm,
    new_actor_label,
)
from timeline.models import Actor, Sector
from timeline.sentence_events import (
    EDITOR_PERMISSIONS,
    actor_for,
    body_passages,
    cite_sentence,
    create_event,
    find_sentence,
    names_exactly,
    passage_sentences,
    read_sentence,
    sentence_rows,
    vocabulary_matching,
)

editor_required = permission_required(EDITOR_PERMISSIONS, raise_exception=True)
EVENT_CHOICES = 10
SUGGESTIONS = 8
VOCABULARY = {"actors": Actor, "sectors": Sector}


class _Sentence:
    """The article, its body passages, and the sentence at the offsets in the URL."""

    def __init__(self, pk, start, end):
        self.article = get_object_or_404(Article, pk=pk)
        self.passages = body_passages(self.article)
        # Split once: the sentence is found in it, and its row is built from it.
        self.by_passage = passage_sentences(self.article.text, self.passages, self.article.language)
        found = find_sentence(self.by_passage, start, end)
        if found is None:
            raise Http404("No body sentence of this article lies at these offsets.")
        self.passage, self.sentence = found

    def read(self):
        return read_sentence(self.article, self.passages, self.sentence)

    def opening_search_date(self) -> str:
        """The date the sentence gives; else the month of the report, when most of what it
        reports happened."""
        date = self.read().dates[0]
        return date.value if date.words else f"{self.article.published:%Y-%m}"

    def row(self):
        # Read when the response is built: a POST may have just cited the sentence.
        rows = (row for _, rows in sentence_rows(self.article, self.by_passage) for row in rows)
        return next(row for row in rows if row.sentence == self.sentence)


def _render(request, where, template, context, status=200):
    context = {"article": where.article, "row": where.row(), **context}
    return render(request, template, context, status=status)


def _sentence_response(request, where, context, status=200):
    """The sentence with its panel: swapped in place by htmx, else on a page of its own."""
    template = "timeline/_sentence.html" if request.htmx else "timeline/sentence.html"
    return _render(request, where, template, context, status)


@editor_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def new_event(request, pk, start, end):
    where = _Sentence(pk, start, end)
    reading = where.read()
    form = SentenceEventForm(
        request.POST if request.method == "POST" else None,
        reading=reading, auto_id=f"s-{start}-{end}-%s",
    )  # fmt: skip
    context = {"form": form, "panel": "timeline/_sentence_event_form.html"}
    if request.method == "GET":
        if request.htmx:
            return _render(request, where, context["panel"], context)
        return _sentence_response(request, where, context)
    if not form.is_valid():
        return _sentence_response(request, where, context, status=400)
    data = form.cleaned_data
    actors = [*data["actors"], *(actor_for(name, kind) for kind, name in data["new_actors"])]
    event = create_event(
        where.article, where.passage, where.sentence, reading, date=data["chosen_date"],
        title=data["title"], summary=data["summary"], status=data["status"],
        actors=actors, sectors=data["sectors"], user=request.user,
    )  # fmt: skip
    if not request.htmx:
        return redirect(f"{where.article.get_absolute_url()}#{where.passage.anchor}")
    return _sentence_response(request, where, {"made": event})


def _search(data, where) -> dict:
    sentence = where.sentence
    search = EventSearchForm(data, auto_id=f"s-{sentence.start}-{sentence.end}-search-%s")
    if not search.is_valid():
        return {"search": search, "events": []}
    return {"search": search, "events": search.events(where.article, sentence, EVENT_CHOICES)}


@editor_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def add_to_event(request, pk, start, end):
    where = _Sentence(pk, start, end)
    context = {"panel": "timeline/_sentence_add_form.html"}
    if request.method == "POST":
        try:
            event = cite_sentence(
                int(request.POST.get("event", "")), where.article, where.passage,
                where.sentence, where.read(), user=request.user,
            )  # fmt: skip
        except (ValueError, CurationError) as error:
            message = str(error) if isinstance(error, CurationError) else "Pick an event."
            context |= _search(request.POST, where) | {"error": message}
            return _sentence_response(request, where, context, status=400)
        if not request.htmx:
            return redirect(f"{where.article.get_absolute_url()}#{where.passage.anchor}")
        return _sentence_response(request, where, {"cited_in": event})

    searching = "q" in request.GET or "date" in request.GET
    data = request.GET if searching else {"date": where.opening_search_date()}
    context |= _search(data, where)
    status = 200 if context["search"].is_valid() else 400
    if not request.htmx:
        return _sentence_response(request, where, context, status)
    # The search box asks for the list of events alone; the button for the whole panel.
    template = "timeline/_event_choices.html" if searching else context["panel"]
    return _render(request, where, template, context, status)


@editor_required
@require_GET
def vocabulary_suggestions(request, kind):
    """Actors or sectors that the words typed name; for actors, a name the vocabulary lacks
    can be added as a new person or organisation."""
    typed = " ".join(request.GET.get("q", "").split())[:200]
    found = vocabulary_matching(VOCABULARY[kind], typed, SUGGESTIONS) if typed else []
    exact = any(names_exactly(item, typed) for item in found)
    new_kinds = NEW_ACTOR_KINDS if kind == "actors" and typed and not exact else ()
    context = {"kind": kind, "found": found, "typed": typed, "new_kinds": new_kinds}
    return render(request, "timeline/_vocabulary_suggestions.html", context)


@editor_required
@require_GET
def vocabulary_choice(request, kind):
    """One ticked chip for the form: an actor or sector of the vocabulary, or a new actor."""
    value = request.GET.get("value", "")
    if value.isdigit():
        chosen = get_object_or_404(VOCABULARY[kind], pk=int(value))
        return render(request, "timeline/_vocabulary_chip.html",
                      {"name": kind, "value": chosen.pk, "label": chosen.name})  # fmt: skip
    new_kind, _, name = value.partition(":")
    if kind != "actors" or new_kind not in NEW_ACTOR_KINDS or not name.strip():
        raise Http404("Choose an actor or sector from the suggestions.")
    context = {"name": "new_actors", "value": value, "label": new_actor_label(value)}
    return render(request, "timeline/_vocabulary_chip.html", context)
