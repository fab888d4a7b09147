"""Health check, and a clear 503 page instead of a stack trace while the database is away.

Django opens a fresh connection on the next request once a broken one is closed at the end
of a request, so the app recovers by itself when PostgreSQL comes back.
"""

import logging

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
DATABASE_GONE = (OperationalError, InterfaceError)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    database = "ok"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DATABASE_GONE as error:
        logger.warning("health check: database unavailable: %s", error)
        connection.close_if_unusable_or_obsolete()
        database = "unavailable"
    status = 200 if database == "ok" else 503
    return JsonResponse({"app": "ok", "database": database}, status=status)


def database_unavailable_response() -> HttpResponse:
    # Rendered without a request: context processors (the user, messages) would need the
    # database that is missing.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turn "the database is gone" in any view into a 503 page with Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_GONE):
            return None
        logger.error("database unavailable serving %s: %s", request.path, exception)
        return database_unavailable_response()
