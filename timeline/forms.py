from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict

from timeline.models import Actor, Event, EventTally, Sector

EARLIEST_YEAR = 1
LATEST_YEAR = 9999
FILTER_PARAMETERS = ("actor", "sector", "from", "to", "status", "q", "after")


class EventFilterForm(forms.Form):
    """The timeline's filters, bound to request.GET; the page, the partial and every export use it.

    Query parameters: actor and sector (slugs, repeatable), from and to (years), status, q.
    `from` is a Python keyword, so that field is added below the class body.
    """

    actor = forms.MultipleChoiceField(required=False)
    sector = forms.MultipleChoiceField(required=False)
    to = forms.IntegerField(
        label="To year", required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR
    )
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *Event.Status.choices]
    )
    q = forms.CharField(label="Search", required=False, max_length=200, strip=True)
    # The paging cursor: the id of the last event on the previous page.
    after = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.actors = list(Actor.objects.only("name", "slug"))
        self.sectors = list(Sector.objects.only("name", "slug"))
        self.fields["actor"].choices = [(actor.slug, actor.name) for actor in self.actors]
        self.fields["sector"].choices = [(sector.slug, sector.name) for sector in self.sectors]

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
        earliest = EventTally.objects.covering(
            actor_ids=self.selected_actor_ids(), sector_ids=self.selected_sector_ids(),
            status=data["status"], first=data["from"], last=data["to"],
        ).earliest_start_year()  # fmt: skip
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
        if data["q"]:
            events = events.matching(data["q"])
        return events

    def selected_actor_ids(self) -> list[int]:
        return [actor.pk for actor in self.actors if actor.slug in self.cleaned_data["actor"]]

    def selected_sector_ids(self) -> list[int]:
        return [sector.pk for sector in self.sectors if sector.slug in self.cleaned_data["sector"]]

    def query_string(self, **changes):
        """The valid filter as a query string, in a stable order, with `changes` applied."""
        data = {**self.cleaned_data, "after": None, **changes}
        params = QueryDict(mutable=True)
        for name in FILTER_PARAMETERS:
            value = data.get(name)
            if isinstance(value, list):
                params.setlist(name, value)
            elif value not in (None, ""):
                params[name] = str(value)
        return params.urlencode()

    @property
    def error_text(self) -> str:
        messages = []
        for name, errors in self.errors.items():
            prefix = "" if name == "__all__" else f"{name}: "
            messages.extend(f"{prefix}{error}" for error in errors)
        return " ".join(messages)


EventFilterForm.base_fields["from"] = forms.IntegerField(
    label="From year", required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR
)
