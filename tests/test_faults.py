"""Faults a deployment meets: the database going away, an ingest killed halfway."""

import copy
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles.models import Article
from config.embedded_postgres import database_url
from timeline.synthetic import article_texts

BASE_DIR = Path(settings.BASE_DIR)

@pytest.fixture
def database_away(tmp_path):
    """Point the connection at a socket directory with no server in it, as when PostgreSQL
    has stopped; give the real server back afterwards."""
    real = copy.deepcopy(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST=str(tmp_path), PORT="")
    # A DATABASE_URL with ?host= puts the socket directory in OPTIONS.
    connection.settings_dict.get("OPTIONS", {}).pop("host", None)
    yield
    connection.close()
    connection.settings_dict.clear()
    connection.settings_dict.update(real)


@pytest.mark.django_db(transaction=True)
def test_pages_show_a_503_page_while_the_database_is_away(client, database_away):
    response = client.get("/articles/")

    assert response.status_code == 503
    assert response["Retry-After"]
    page = response.content.decode()
    assert "temporarily unavailable" in page
    assert "Traceback" not in page and "OperationalError" not in page


@pytest.mark.django_db(transaction=True)
def test_healthz_reports_the_database_unavailable(client, database_away):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"app": "ok", "database": "unavailable"}


@pytest.mark.django_db(transaction=True)
def test_the_app_recovers_when_the_database_returns(client, tmp_path):
    real = copy.deepcopy(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST=str(tmp_path), PORT="")
    connection.settings_dict.get("OPTIONS", {}).pop("host", None)
    assert client.get("/healthz").status_code == 503
    assert client.get("/articles/").status_code == 503

    connection.settings_dict.clear()
    connection.settings_dict.update(real)

    assert client.get("/healthz").json() == {"app": "ok", "database": "ok"}
    assert client.get("/articles/").status_code == 200


@pytest.mark.django_db
def test_healthz_says_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"app": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def write_article_folder(directory: Path, count: int) -> None:
    entries = []
    for number, article in enumerate(article_texts(count, seed=7)):
        name = f"{number:03d}.txt"
        (directory / name).write_text(article.text, encoding="utf-8")
        entries.append({"file": name, "outlet": article.outlet, "title": article.title,
                        "url": None, "published": article.published.isoformat()})  # fmt: skip
    (directory / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")


def ingest_command(directory: Path) -> list[str]:
    return [sys.executable, str(BASE_DIR / "manage.py"), "ingest_articles", str(directory)]


def subprocess_env() -> dict:
    return os.environ | {"DATABASE_URL": database_url(connection.settings_dict),
                         "PYTHONUNBUFFERED": "1"}  # fmt: skip


def assert_every_article_is_whole():
    for article in Article.objects.prefetch_related("passages"):
        passages = list(article.passages.all())
        assert passages, f"article {article.pk} was stored without its passages"
        assert passages[-1].end <= len(article.text)


@pytest.mark.django_db(transaction=True)
def test_an_ingest_killed_halfway_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    write_article_folder(tmp_path, 30)
    process = subprocess.Popen(
        ingest_command(tmp_path), cwd=BASE_DIR, env=subprocess_env(),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    ingested = 0
    for line in process.stdout:
        ingested += line.startswith("ingested")
        if ingested == 8:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()

    stored = Article.objects.count()
    assert 8 <= stored < 30
    assert_every_article_is_whole()

    rerun = subprocess.run(
        ingest_command(tmp_path), cwd=BASE_DIR, env=subprocess_env(),
        capture_output=True, text=True, timeout=300,
    )

    assert rerun.returncode == 0, rerun.stderr
    assert f"{30 - stored} ingested, {stored} unchanged, 0 failed" in rerun.stdout
    assert Article.objects.count() == 30
    assert_every_article_is_whole()
