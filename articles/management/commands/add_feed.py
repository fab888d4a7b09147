from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from articles.models import Feed


class Command(BaseCommand):
    help = "Add an RSS or Atom feed for poll_feeds (and the workers) to poll."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--outlet", default="", help="Blank: each page's own site name.")

    def handle(self, *args, url, outlet, **options):
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise CommandError(f"{url[:80]!r} is not an http(s) address") from None
        feed, created = Feed.objects.get_or_create(url=url, defaults={"outlet": outlet})
        if created:
            self.stdout.write(f"added      {url} as feed {feed.pk}")
        else:
            self.stdout.write(f"unchanged  {url}: already feed {feed.pk}")
