from django.apps import AppConfig


class TimelineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "timeline"

    def ready(self):
        from articles.signals import article_ingested
        from timeline.pipeline import on_article_ingested

        article_ingested.connect(on_article_ingested, dispatch_uid="timeline-extract-events")
