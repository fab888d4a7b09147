import time

from django.core.management.base import BaseCommand, CommandError

from timeline.synthetic import clear_synthetic, generate


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic events (and the synthetic articles citing them) for "
        "load tests; --clear removes every synthetic row and nothing else."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=0, help="How many events to generate.")
        parser.add_argument("--clear", action="store_true", help="Remove synthetic rows first.")
        parser.add_argument("--seed", type=int, help="Random seed, for repeatable data.")

    def handle(self, *args, events=0, clear=False, seed=None, **options):
        if events < 0:
            raise CommandError("--events must be 0 or more")
        if not events and not clear:
            raise CommandError("say --events N, --clear, or both")
        if clear:
            removed_events, removed_articles = clear_synthetic()
            self.stdout.write(
                f"removed {removed_events} synthetic events and {removed_articles} articles"
            )
        if events:
            started = time.perf_counter()
            try:
                generate(events, seed=seed)
            except ValueError as error:
                raise CommandError(str(error)) from None
            seconds = time.perf_counter() - started
            self.stdout.write(f"generated {events} synthetic events in {seconds:.1f} s")
