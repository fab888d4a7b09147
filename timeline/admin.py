from django import forms
from django.contrib import admin, messages
from django.db.models import F, Max, Min, OuterRef, Q
from django.db.models.functions import Coalesce, Substr
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import smart_split, unescape_string_literal
from simple_history.admin import SimpleHistoryAdmin

from articles.counting import RowCount
from timeline import curation
from timeline.display import format_event_date
from timeline.models import Actor, Citation, Event, Sector
from timeline.pipeline import refresh_search_vectors


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "side", "alias_list", "role_list"]
    list_filter = ["kind", "side"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="Aliases")
    def alias_list(self, actor):
        return ", ".join(actor.aliases)

    @admin.display(description="Roles")
    def role_list(self, actor):
        return ", ".join(actor.roles)


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "keyword_list"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="Keywords")
    def keyword_list(self, sector):
        return ", ".join(sector.keywords)


class DecadeFilter(admin.SimpleListFilter):
    title = "decade"
    parameter_name = "decade"

    def lookups(self, request, model_admin):
        bounds = Event.objects.aggregate(first=Min("start_date"), last=Max("end_date"))
        if bounds["first"] is None:
            return []
        first, last = bounds["first"].year // 10 * 10, bounds["last"].year // 10 * 10
        return [(str(decade), f"{decade}s") for decade in range(last, first - 1, -10)]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        try:
            decade = int(self.value())
        except ValueError:
            return queryset.none()
        return queryset.in_years(decade, decade + 9)


class CitationInline(admin.TabularInline):
    model = Citation
    fields = ["quote_in_context", "source", "date_expression", "date_value", "date_rule"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "passage")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Quote")
    def quote_in_context(self, citation):
        before, quote, after = curation.quote_in_context(
            citation.article.text, citation.quote_start, citation.quote_end
        )
        return format_html("{}<mark>{}</mark>{}", before, quote, after)

    @admin.display(description="Source")
    def source(self, citation):
        url = reverse("article-detail", args=[citation.article_id])
        return format_html(
            '<a href="{}?cite={}#{}">{}, {}</a>',
            url,
            citation.pk,
            citation.passage.anchor,
            citation.article.outlet,
            citation.article.published.isoformat(),
        )


class EventAdminForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "title", "summary", "status", "published",
            "start_date", "end_date", "precision", "value", "actors", "sectors",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # On django-simple-history's revert page the instance is built from a historical
        # record, whose actors and sectors the plain form would take from the live event.
        record = getattr(self.instance, "_history", None)
        if record is not None and not self.is_bound:
            self.initial["actors"] = [row.actor_id for row in record.actors.all()]
            self.initial["sectors"] = [row.sector_id for row in record.sectors.all()]

    def clean(self):
        cleaned_data = super().clean()
        date_fields = ["start_date", "end_date", "precision", "value"]
        if all(cleaned_data.get(name) for name in date_fields):
            problems = curation.date_problems(*(cleaned_data[name] for name in date_fields))
            for field, message in problems.items():
                self.add_error(field, message)
        return cleaned_data


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    form = EventAdminForm
    list_display = ["date", "title", "status", "published", "reviewed", "source_count"]
    list_filter = [
        "status",
        "precision",
        "published",
        "reviewed",
        DecadeFilter,
        ("actors", admin.RelatedOnlyFieldListFilter),
        ("sectors", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "summary"]
    search_help_text = "Searches titles, summaries and the quoted sentences."
    date_hierarchy = "start_date"
    autocomplete_fields = ["actors", "sectors"]
    readonly_fields = ["reviewed", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "status", "published", "reviewed"]}),
        ("Date", {"fields": [("start_date", "end_date"), ("precision", "value")]}),
        ("Who and what", {"fields": ["actors", "sectors"]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    inlines = [CitationInline]
    actions = ["publish", "unpublish", "mark_reviewed", "merge", "reresolve_dates"]
    list_per_page = 50

    def get_queryset(self, request):
        # An agency story printed by several outlets is one source.
        # Without the model's ordering, whose columns DISTINCT would count as well.
        stories = (
            Citation.objects.filter(event=OuterRef("pk"))
            .order_by()
            .values(story=Coalesce("article__wire_story", "article"))
        )
        return super().get_queryset(request).annotate(source_total=RowCount(stories.distinct()))

    @admin.display(description="Date", ordering="start_date")
    def date(self, event):
        return format_event_date(event.start_date, event.end_date, event.precision, event.value)

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, event):
        return event.source_total

    def get_search_results(self, request, queryset, search_term):
        """Every word must appear in the title, the summary or one of the quotes.

        Quotes are offsets into the article text, so the quoted words are cut out of it in
        the database (Substr counts characters, as Python slicing does) in a subquery.
        """
        if not search_term.strip():
            return queryset, False
        for word in smart_split(search_term):
            if word[:1] in {'"', "'"} and word[-1:] == word[:1]:
                word = unescape_string_literal(word)
            quote = Substr("article__text", F("quote_start") + 1, F("quote_end") - F("quote_start"))
            quoting = (
                Citation.objects.annotate(quote=quote)
                .filter(quote__icontains=word)
                .values("event_id")
            )
            queryset = queryset.filter(
                Q(title__icontains=word) | Q(summary__icontains=word) | Q(pk__in=quoting)
            )
        return queryset, False

    def save_model(self, request, obj, form, change):
        obj.reviewed = True
        record = getattr(obj, "_history", None)
        if record is not None:
            obj._change_reason = f"Reverted to the version of {record.history_date:%Y-%m-%d %H:%M}"
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_search_vectors([form.instance.pk])  # an edited title must be searchable

    @admin.action(description="Publish the selected events", permissions=["change"])
    def publish(self, request, queryset):
        changed = curation.set_published(queryset, True, user=request.user)
        self.message_user(request, f"Published {changed} events; they are now marked reviewed.")

    @admin.action(description="Unpublish the selected events", permissions=["change"])
    def unpublish(self, request, queryset):
        changed = curation.set_published(queryset, False, user=request.user)
        self.message_user(request, f"Unpublished {changed} events; they are now marked reviewed.")

    @admin.action(description="Mark the selected events reviewed", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        changed = curation.mark_reviewed(queryset, user=request.user)
        self.message_user(request, f"Marked {changed} events reviewed.")

    @admin.action(description="Merge the selected events into one", permissions=["delete"])
    def merge(self, request, queryset):
        try:
            result = curation.merge_events(queryset, user=request.user)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        survivor = result.survivor
        self.message_user(
            request,
            format_html(
                'Merged {} events into <a href="{}">{}</a>: {} citations moved, '
                "{} duplicate citations dropped.",
                result.merged,
                reverse("admin:timeline_event_change", args=[survivor.pk]),
                survivor.title,
                result.citations_moved,
                result.duplicates_dropped,
            ),
        )

    @admin.action(description="Re-resolve the date from the citations", permissions=["change"])
    def reresolve_dates(self, request, queryset):
        for event in queryset:
            self.message_user(request, curation.reresolve_event_date(event, user=request.user))
