"""Two workers storing articles at the same moment: each waits its turn (articles/ingest.py).

Without turns, each transaction would miss what the other has not committed yet: the copy of
a wire story its first printing, a report the event another report of the same happening
has just started.
"""

import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from articles.ingest import ingest_article
from articles.models import Article
from timeline.models import Event

WIRE = Path(__file__).resolve().parents[2] / "articles" / "tests" / "wire"
# Two outlets' reports of the same talks, published the same Thursday, 8 April 2021.
FIRST_REPORT = (
    "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi held talks with Russian Foreign "
    "Minister Sergey Lavrov in Islamabad on Wednesday.\n"
)
SECOND_REPORT = (
    "MOSCOW: Sergey Lavrov and his Pakistani counterpart Shah Mahmood Qureshi held talks in "
    "Islamabad on Wednesday, the Russian foreign ministry said.\n"
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def vocabulary():
    # A transactional test may follow another's flush, which empties the vocabulary too.
    call_command("load_vocabulary", verbosity=0)


def wait_until_another_transaction_waits_for_a_lock(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)


def ingest_at_once(first: dict, second: dict) -> dict:
    """Store `second` while `first` is stored in a transaction not yet committed; both
    articles, by outlet."""

    def first_worker():
        try:
            with transaction.atomic():
                ingest_article(**first)
                first_is_stored.set()
                # Commit once the second worker waits, or has had the time to store its own.
                wait_until_another_transaction_waits_for_a_lock(5)
        finally:
            connection.close()

    def second_worker():
        try:
            first_is_stored.wait(10)
            ingest_article(**second)
        finally:
            connection.close()

    first_is_stored = threading.Event()
    workers = [threading.Thread(target=first_worker), threading.Thread(target=second_worker)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    return {article.outlet: article for article in Article.objects.all()}


def test_reports_of_one_happening_stored_at_once_are_one_event():
    ingest_at_once(
        dict(text=FIRST_REPORT, outlet="Dawn", title="t", published="2021-04-08"),
        dict(text=SECOND_REPORT, outlet="TASS", title="t", published="2021-04-08"),
    )
    talks = Event.objects.filter(start_date="2021-04-07")
    assert talks.count() == 1
    assert sorted(talks.get().citations.values_list("article__outlet", flat=True)) == [
        "Dawn", "TASS"
    ]  # fmt: skip


def test_a_wire_copy_stored_with_its_first_printing_joins_its_story():
    articles = ingest_at_once(
        dict(text=(WIRE / "agency_story.txt").read_text("utf-8"), outlet="APP", title="Steel",
             published="2023-06-14"),
        dict(text=(WIRE / "outlet_copy.txt").read_text("utf-8"), outlet="Ledger", title="Steel",
             published="2023-06-15"),
    )  # fmt: skip
    assert articles["Ledger"].wire_story == articles["APP"]
