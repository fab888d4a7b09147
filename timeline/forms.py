import datetime as dt
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict

from articles.languages import PIPELINE_LANGUAGES
from timeline.curation import value_range
from timeline.models import Actor, Citation, Event, EventTally, Sector
from timeline.sentence_events import DateChoice
from timeline.versions import cached_until_changed

EARLIEST_YEAR = 1
LATEST_YEAR = 9999
FILTER_PARAMETERS = ("actor", "sector", "from", "to", "status", "lang", "q", "after")


class YearField(forms.IntegerField):
    """A year; a full date (2021-04-09) is read as its year, so a date picker's value works too."""

    default_error_messages = {
        "invalid": "Enter a year, such as 2021, or a date, such as 2021-04-09.",
    }

    def to_python(self, value):
        if isinstance(value, str) and "-" in value.strip()[1:]:
            try:
                return dt.date.fromisoformat(value.strip()).year
            except ValueError:
                raise forms.ValidationError(
                    self.error_messages["invalid"], code="invalid"
                ) from None
        return super().to_python(value)


class VocabularySlugsField(forms.MultipleChoiceField):
    """Slugs of actors or sectors, checked against the set of the vocabulary's slugs.

    Not given as choices: the form is made on every request, and Django would copy and
    normalise the vocabulary's hundred-odd choices each time.
    """

    known: frozenset[str] = frozenset()

    def valid_value(self, value):
        return value in self.known


@dataclass(frozen=True)
class Choosable:
    """Every actor and sector a filter can name, and their slugs."""

    actors: list[Actor]
    sectors: list[Sector]
    actor_slugs: frozenset[str]
    sector_slugs: frozenset[str]


@cached_until_changed("timeline_vocabulary_version")
def choosable() -> Choosable:
    """Read again only after an actor or sector changed."""
    actors = list(Actor.objects.only("name", "slug"))
    sectors = list(Sector.objects.only("name", "slug"))
    return Choosable(actors, sectors, frozenset(actor.slug for actor in actors),
                     frozenset(sector.slug for sector in sectors))  # fmt: skip


class EventFilterForm(forms.Form):
    """The timeline's filters, bound to request.GET; the page, the partial and every export use it.

    Query parameters: actor and sector (slugs, repeatable), from and to (years, or dates read as
    their year), status, lang (a source in that language: en, ru, ur), q.
    `from` is a Python keyword, so that field is added below the class body.
    """

    actor = VocabularySlugsField(required=False)
    sector = VocabularySlugsField(required=False)
    to = YearField(label="To year", required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR)
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *Event.Status.choices])
    lang = forms.ChoiceField(
        label="Source language", required=False,
        choices=[("", "Any language"), *PIPELINE_LANGUAGES.items()],
    )  # fmt: skip
    q = forms.CharField(label="Search", required=False, max_length=200, strip=True)
    # The paging cursor: the id of the last event on the previous page.
    after = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        vocabulary = choosable()
        self.actors, self.sectors = vocabulary.actors, vocabulary.sectors
        self.fields["actor"].known = vocabulary.actor_slugs
        self.fields["sector"].known = vocabulary.sector_slugs

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("from"), cleaned.get("to")
        if first is not None and last is not None and first > last:
            raise ValidationError(f"The “from” year ({first}) is after the “to” year ({last}).")
        return cleaned

    def events(self):
        """Published events matching the filters, in chronological order.

        Bounded below by the earliest start year the tally knows for the filter: it changes
        no result, but the chronological index is then walked from the first events that can
        match instead of from the first event ever. The bound is read first, so the planner
        sees the date.
        """
        data = self.cleaned_data
        earliest = EventTally.objects.earliest_start_year(
            actor_ids=self.selected_actor_ids(), sector_ids=self.selected_sector_ids(),
            status=data["status"], first=data["from"], last=data["to"],
        )  # fmt: skip
        return self.matching_events().starting_in_or_after(earliest).chronological()

    def matching_events(self, *, years=True):
        """Published events matching the filters, unordered.

        With years=False the year range is left out: the overview chart shows every year, so
        the reader can see what a narrower range leaves out.
        """
        data = self.cleaned_data
        events = Event.objects.published().for_actors(self.selected_actor_ids())
        events = events.for_sectors(self.selected_sector_ids())
        if years:
            events = events.in_years(data["from"], data["to"])
        if data["status"]:
            events = events.filter(status=data["status"])
        if data["lang"]:
            events = events.reported_in(data["lang"])
        if data["q"]:
            events = events.matching(data["q"])
        return events

    def selected_actor_ids(self) -> list[int]:
        return [actor.pk for actor in self.actors if actor.slug in self.cleaned_data["actor"]]

    def selected_sector_ids(self) -> list[int]:
        return [sector.pk for sector in self.sectors if sector.slug in self.cleaned_data["sector"]]

    def query_string(self, **changes):
        """The valid filter as a query string, in a stable order, with `changes` applied."""
        return _encoded({**self.cleaned_data, "after": None, **changes}, FILTER_PARAMETERS)

    def year_query_string(self):
        """A function giving query_string(from=year, to=year) for any year: a chart links
        every year, and the other filters are encoded once for all of them."""
        data = {**self.cleaned_data, "after": None}
        years_at = FILTER_PARAMETERS.index("from")
        assert FILTER_PARAMETERS[years_at + 1] == "to"
        before = _encoded(data, FILTER_PARAMETERS[:years_at])
        after = _encoded(data, FILTER_PARAMETERS[years_at + 2 :])

        def for_year(year: int) -> str:
            return "&".join(part for part in (before, f"from={year}&to={year}", after) if part)

        return for_year

    @property
    def error_text(self) -> str:
        messages = []
        for name, errors in self.errors.items():
            prefix = "" if name == "__all__" else f"{name}: "
            messages.extend(f"{prefix}{error}" for error in errors)
        return " ".join(messages)


def _encoded(data: dict, names) -> str:
    params = QueryDict(mutable=True)
    for name in names:
        value = data.get(name)
        if isinstance(value, list):
            params.setlist(name, value)
        elif value not in (None, ""):
            params[name] = str(value)
    return params.urlencode()


EventFilterForm.base_fields["from"] = YearField(
    label="From year", required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR
)


DATE_FORMATS_HINT = "a day (2012-10-04), a month (2012-10), a quarter (2012-Q4) or a year (2012)"
NEW_ACTOR_KINDS = (Actor.Kind.PERSON, Actor.Kind.ORGANISATION)


def new_actor_label(value: str) -> str:
    """ "person:Ivan Testov" → "Ivan Testov (new person)"."""
    kind, _, name = value.partition(":")
    return f"{name} (new {kind})"


class CalendarValueField(forms.CharField):
    """A date as a TimeML value, cleaned to the calendar range it stands for (or None)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=40, help_text=f"As {DATE_FORMATS_HINT}.",
                         **kwargs)  # fmt: skip

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        found = value_range(value)
        if found is None:
            raise ValidationError(f"“{value}” is not a date: type {DATE_FORMATS_HINT}.")
        return found


class SentenceEventForm(forms.Form):
    """A new event from one sentence, filled from the pipeline's reading of it.

    `date` picks one of the dates the sentence offers; a typed date wins over it. Actors and
    sectors are ticked chips; `new_actors` are names the vocabulary lacks, as "kind:name".
    """

    title = forms.CharField(max_length=300, widget=forms.TextInput(attrs={"autofocus": True}))
    date = forms.ChoiceField(label="Date", required=False, widget=forms.RadioSelect)
    typed_date = CalendarValueField(label="Or type a date")
    status = forms.ChoiceField(choices=Event.Status.choices)
    actors = forms.ModelMultipleChoiceField(Actor.objects.all(), required=False)
    new_actors = forms.Field(required=False, widget=forms.MultipleHiddenInput)
    sectors = forms.ModelMultipleChoiceField(Sector.objects.all(), required=False)
    summary = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, data=None, *, reading, **kwargs):
        actors = Actor.objects.filter(name__in=reading.actors)
        sectors = Sector.objects.filter(slug__in=reading.sectors)
        initial = {
            "title": reading.title, "summary": reading.summary, "status": reading.status,
            "date": "0",
            "actors": list(actors.values_list("pk", flat=True)),
            "sectors": list(sectors.values_list("pk", flat=True)),
        }  # fmt: skip
        super().__init__(data, initial=initial, **kwargs)
        self.reading = reading
        self.fields["date"].choices = [(str(i), d.label) for i, d in enumerate(reading.dates)]

    def clean_new_actors(self) -> list[tuple[str, str]]:
        actors = []
        for value in self.cleaned_data["new_actors"] or []:
            kind, _, name = value.partition(":")
            name = " ".join(name.split())
            if kind not in NEW_ACTOR_KINDS or not name or len(name) > 200:
                raise ValidationError(
                    f"“{value}” is not a new person or organisation: give a name of at most "
                    "200 characters."
                )
            actors.append((kind, name))
        return actors

    def clean(self):
        cleaned = super().clean()
        if typed := cleaned.get("typed_date"):
            cleaned["chosen_date"] = DateChoice.typed(typed)
        else:
            cleaned["chosen_date"] = self.reading.dates[int(cleaned.get("date") or 0)]
        return cleaned

    def _chosen(self, name):
        """The actors or sectors ticked now: the reading's at first, the editor's once posted."""
        values = self.data.getlist(name) if self.is_bound else self.initial[name]
        pks = [int(value) for value in values if str(value).isdigit()]
        return list(self.fields[name].queryset.filter(pk__in=pks))

    @property
    def chosen_actors(self):
        return self._chosen("actors")

    @property
    def chosen_sectors(self):
        return self._chosen("sectors")

    @property
    def chosen_new_actors(self) -> list[dict]:
        values = self.data.getlist("new_actors") if self.is_bound else []
        return [{"value": value, "label": new_actor_label(value)} for value in values]


class EventSearchForm(forms.Form):
    """The events a sentence may be added to: by words and by date."""

    q = forms.CharField(label="Words", required=False, max_length=200, strip=True)
    date = CalendarValueField(label="Date")

    def events(self, article, sentence, limit):
        """Matching events, earliest first, each marked when it cites the sentence already."""
        data = self.cleaned_data
        events = Event.objects.filter(is_synthetic=False)
        if data["q"]:
            words = Event.objects.matching(data["q"]).values("pk")
            events = events.filter(Q(pk__in=words) | Q(title__icontains=data["q"]))
        if found := data["date"]:
            events = events.filter(start_date__lte=found.end, end_date__gte=found.start)
        cites = Citation.objects.filter(
            event=OuterRef("pk"), article=article,
            quote_start=sentence.start, quote_end=sentence.end,
        )  # fmt: skip
        events = events.annotate(cites_sentence=Exists(cites)).defer("search_vector", "reading")
        return list(events.chronological()[:limit])
