from django.core.management.base import BaseCommand, CommandError

from articles.polling import poll_active_feeds


class Command(BaseCommand):
    help = (
        "Poll every active feed once: items naming both Pakistan and Russia are fetched and "
        "ingested, each only once. Workers do the same every 30 minutes."
    )

    def handle(self, *args, **options):
        polls = poll_active_feeds()
        for poll in polls:
            if poll.error:
                self.stderr.write(self.style.ERROR(str(poll)))
            else:
                self.stdout.write(str(poll))
        failed = sum(1 for poll in polls if poll.error)
        if failed:
            raise CommandError(f"{failed} of {len(polls)} feeds failed")
