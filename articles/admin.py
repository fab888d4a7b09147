from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, OuterRef
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from articles.counting import RowCount
from articles.forms import ArticleAddForm
from articles.models import Article, Feed, FeedItem, PageFetch, Passage
from articles.tasks import defer_fetch, defer_poll
from timeline.models import Citation

PASSAGE_PREVIEW_LENGTH = 300


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["ordinal", "kind", "passage_text"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    @admin.display(description="Passage")
    def passage_text(self, passage):
        text = passage.text
        if len(text) > PASSAGE_PREVIEW_LENGTH:
            text = text[:PASSAGE_PREVIEW_LENGTH] + "…"
        if passage.kind == Passage.Kind.BOILERPLATE:
            return format_html('<s title="Boilerplate: never cited">{}</s>', text)
        return text


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    add_form = ArticleAddForm
    # Adds "Add article from URL" beside "Add article".
    change_list_template = "admin/articles/article/change_list.html"
    list_display = [
        "title", "outlet", "language", "published", "passage_total", "event_total", "ingested_at",
    ]  # fmt: skip
    list_filter = ["language", "outlet", "is_synthetic"]
    search_fields = ["title", "outlet", "url"]
    date_hierarchy = "published"
    inlines = [PassageInline]
    actions = ["rerun_extraction"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        # Without the model's ordering, whose columns DISTINCT would count as well.
        citations = Citation.objects.filter(article=OuterRef("pk")).order_by()
        return (
            super()
            .get_queryset(request)
            .annotate(
                passage_total=RowCount(Passage.objects.filter(article=OuterRef("pk")).values("pk")),
                event_total=RowCount(citations.values("event").distinct()),
            )
        )

    @admin.display(description="Passages", ordering="passage_total")
    def passage_total(self, article):
        return article.passage_total

    @admin.display(description="Events", ordering="event_total")
    def event_total(self, article):
        return article.event_total

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["outlet", "title", "url", "published", "text", "upload"]
        return ["outlet", "title", "url", "published", "language", "events", "text",
                "content_hash", "ingested_at", "is_synthetic"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Passages and citations are offsets into the text: it never changes once stored.
        return ["events", "text", "content_hash", "ingested_at", "is_synthetic"]

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            if "language" in form.changed_data:
                # Sentences, dates and names are read by language: read the article again.
                self.rerun_extraction(request, Article.objects.filter(pk=obj.pk))
        elif not form.result.created:
            self.message_user(
                request,
                f"This text was already stored as article {obj.pk}; nothing new was added.",
                messages.WARNING,
            )

    @admin.display(description="Events from this article")
    def events(self, article):
        events = (
            article.citations.values("event_id", "event__title", "event__reviewed")
            .distinct()
            .order_by("event__start_date", "event_id")
        )
        if not events:
            return "None yet."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a>{}</li>',
                (
                    (
                        reverse("admin:timeline_event_change", args=[row["event_id"]]),
                        row["event__title"],
                        " (reviewed)" if row["event__reviewed"] else "",
                    )
                    for row in events
                ),
            ),
        )

    @admin.action(description="Re-run extraction on the selected articles", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        # Imported here: the articles app does not depend on the timeline, only its admin does.
        try:
            from timeline.pipeline import extract_article
        except ImportError:
            self.message_user(request, "The extraction pipeline is not installed.", messages.ERROR)
            return
        for article in queryset:
            extract_article(article)
        self.message_user(
            request,
            f"Re-ran extraction on {queryset.count()} articles; reviewed events were left alone.",
        )


@admin.register(PageFetch)
class PageFetchAdmin(admin.ModelAdmin):
    """ "Add article from URL": the request is stored and handed to a worker at once."""

    list_display = [
        "url", "state", "error", "article_link", "job_link", "requested_at", "finished_at"
    ]  # fmt: skip
    list_filter = ["state"]
    search_fields = ["url", "error"]
    date_hierarchy = "requested_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["url", "outlet", "title", "published"]
        return ["url", "outlet", "title", "published", "state", "error", "article_link",
                "job_link", "requested_at", "finished_at"]  # fmt: skip

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.get_fields(request, obj)

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Deferred in the same transaction: the job exists exactly when the request does.
        defer_fetch(obj)

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(
            request,
            f"{obj.url} is queued: a worker fetches it; its state and any error show here.",
        )
        return HttpResponseRedirect(reverse("admin:articles_pagefetch_changelist"))

    @admin.display(description="Worker job")
    def job_link(self, page_fetch):
        return _job_link(page_fetch.job_id)

    @admin.display(description="Article")
    def article_link(self, page_fetch):
        return _article_link(page_fetch.article_id, page_fetch.article)


def _job_link(job_id) -> str:
    if job_id is None:
        return "—"
    url = reverse("admin:procrastinate_procrastinatejob_change", args=[job_id])
    return format_html('<a href="{}">job {}</a>', url, job_id)


def _article_link(article_id, article) -> str:
    if article_id is None:
        return "—"
    url = reverse("admin:articles_article_change", args=[article_id])
    return format_html('<a href="{}">{}</a>', url, article)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["url", "outlet", "active", "last_polled_at", "last_error", "item_total"]
    list_filter = ["active"]
    list_editable = ["active"]
    search_fields = ["url", "outlet"]
    readonly_fields = ["last_polled_at", "last_error"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ["poll_now"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_total=Count("items"))

    @admin.display(description="Items seen", ordering="item_total")
    def item_total(self, feed):
        return feed.item_total

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset):
        queued = sum(defer_poll(feed) for feed in queryset)
        self.message_user(
            request, f"{queued} feeds queued for a worker; a poll already waiting is not repeated."
        )


@admin.register(FeedItem)
class FeedItemAdmin(admin.ModelAdmin):
    list_display = ["title", "feed", "relevant", "article_link", "error", "seen_at"]
    list_filter = ["relevant", "feed"]
    search_fields = ["title", "url", "key"]
    list_select_related = ["feed", "article"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Article")
    def article_link(self, item):
        return _article_link(item.article_id, item.article)
