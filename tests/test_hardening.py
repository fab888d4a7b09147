"""Security headers on every page, and a limit on admin login attempts."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {
        name: value.strip()
        for name, _, value in (part.strip().partition(" ") for part in policy.split(";"))
    }


@pytest.mark.parametrize("path", ["/", "/articles/", "/admin/login/", "/healthz"])
def test_pages_carry_the_content_security_policy(client, path):
    policy = directives(client.get(path))

    assert policy["default-src"] == "'self'"
    assert policy["script-src"].startswith("'self'")
    assert policy["style-src"] == "'self'"
    assert policy["img-src"] == "'self' data:"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe-inline" not in str(policy)


def test_a_nonce_is_added_when_a_page_uses_one(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    response = CSPMiddleware(view)(rf.get("/"))

    assert "'nonce-" in directives(response)["script-src"]


def test_pages_carry_the_other_security_headers(client):
    response = client.get("/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_timeline_varies_on_htmx(client):
    response = client.get("/")

    assert "HX-Request" in response["Vary"]


def attempt(client, username, password, ip="203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", password=PASSWORD, is_staff=True, is_superuser=True
    )


def test_a_good_password_logs_in(client, editor):
    response = attempt(client, "editor", PASSWORD)

    assert response.status_code == 302


def test_four_bad_passwords_still_allow_the_right_one(client, editor):
    for _ in range(4):
        assert attempt(client, "editor", "wrong").status_code == 200

    assert attempt(client, "editor", PASSWORD).status_code == 302


def test_six_bad_passwords_lock_the_account(client, editor):
    statuses = [attempt(client, "editor", "wrong").status_code for _ in range(6)]

    # The fifth failure reaches AXES_FAILURE_LIMIT and locks; the sixth is refused outright.
    assert statuses == [200, 200, 200, 200, 429, 429]
    assert attempt(client, "editor", PASSWORD).status_code == 429


def test_the_lock_is_for_that_user_from_that_address(client, editor):
    get_user_model().objects.create_user("other", password=PASSWORD, is_staff=True)
    for _ in range(6):
        attempt(client, "editor", "wrong")

    assert attempt(client, "other", PASSWORD).status_code == 302
    client.logout()
    assert attempt(client, "editor", PASSWORD, ip="198.51.100.9").status_code == 302
