import itertools

from django.core.management.base import BaseCommand

from timeline.cards import stale_card_events, with_cards
from timeline.models import Event

BATCH = 500


class Command(BaseCommand):
    help = (
        "Render and store the card of every published event whose stored card is missing or "
        "stale, so that no reader waits for it: after a deploy that changes the cards' "
        "templates, or after a bulk load."
    )

    def handle(self, *args, **options):
        ids = stale_card_events().values_list("pk", flat=True).iterator(chunk_size=BATCH)
        rendered = 0
        while batch := list(itertools.islice(ids, BATCH)):
            rendered += len(with_cards(Event.objects.filter(pk__in=batch)))
        self.stdout.write(f"{rendered} cards rendered")
