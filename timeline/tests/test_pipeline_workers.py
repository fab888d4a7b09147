"""Two workers ingesting reports of one happening at the same moment make one event.

Each would miss the other's new event if both matched in open transactions. They take
turns: an ingest holds the row of the data-version counter (timeline/versions.py) from its
article's insert until it commits, so the second matches once the first has committed.
"""

import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from articles.ingest import ingest_article
from timeline.models import Event

# Two outlets' reports of the same talks, published the same Thursday, 8 April 2021.
FIRST_REPORT = (
    "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi held talks with Russian Foreign "
    "Minister Sergey Lavrov in Islamabad on Wednesday.\n"
)
SECOND_REPORT = (
    "MOSCOW: Sergey Lavrov and his Pakistani counterpart Shah Mahmood Qureshi held talks in "
    "Islamabad on Wednesday, the Russian foreign ministry said.\n"
)


def wait_until_another_transaction_waits_for_a_lock(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_reports_of_one_happening_ingested_at_once_by_two_workers_are_one_event():
    # A transactional test may follow another's flush, which empties the vocabulary too.
    call_command("load_vocabulary", verbosity=0)
    first_is_stored = threading.Event()

    def first_worker():
        try:
            with transaction.atomic():
                ingest_article(text=FIRST_REPORT, outlet="Dawn", title="t", published="2021-04-08")
                first_is_stored.set()
                # Commit once the second worker waits, or has had the time to match and write.
                wait_until_another_transaction_waits_for_a_lock(5)
        finally:
            connection.close()

    def second_worker():
        try:
            first_is_stored.wait(10)
            ingest_article(text=SECOND_REPORT, outlet="TASS", title="t", published="2021-04-08")
        finally:
            connection.close()

    workers = [threading.Thread(target=first_worker), threading.Thread(target=second_worker)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)

    talks = Event.objects.filter(start_date="2021-04-07")
    assert talks.count() == 1
    assert sorted(talks.get().citations.values_list("article__outlet", flat=True)) == [
        "Dawn", "TASS"
    ]  # fmt: skip
