from django.core.management.base import BaseCommand

from timeline.models import Actor, Sector
from timeline.vocabulary import load_vocabulary


class Command(BaseCommand):
    help = "Add the actors and sectors from fixtures/vocabulary/ that are not in the database yet."

    def handle(self, *args, **options):
        new_actors, new_sectors = load_vocabulary(Actor, Sector)
        self.stdout.write(f"{new_actors} actors and {new_sectors} sectors added")
