"""Production settings pass Django's deployment checklist."""

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from config.embedded_postgres import database_url

BASE_DIR = Path(settings.BASE_DIR)

def production_env() -> dict:
    alphabet = string.ascii_letters + string.digits + string.punctuation
    # The suite's conftest sets this for Playwright; a deployment never does.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return env | {
        "DEBUG": "false",
        "SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(50)),
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": database_url(connection.settings_dict),
    }


def manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.django_db
def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_production_settings_harden_cookies_transport_and_static_files():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'hsts': s.SECURE_HSTS_SECONDS, 'session': s.SESSION_COOKIE_SECURE,"
        "'csrf': s.CSRF_COOKIE_SECURE, 'ssl': s.SECURE_SSL_REDIRECT,"
        "'max_age': s.WHITENOISE_MAX_AGE, 'storage': s.STORAGES['staticfiles']['BACKEND']}))"
    )
    result = manage("shell", "-c", code, env=production_env())

    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["hsts"] >= 31536000
    assert values["session"] and values["csrf"] and values["ssl"]
    assert values["max_age"] >= 31536000
    assert values["storage"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
