"""Cache what the public pages compute, keyed by the data version so nothing goes stale.

`data_version()` reads a counter that database triggers bump on every write to the
timeline's tables (`timeline/versions.py`, migration 0005). Anything cached under one
version is simply never asked for again once the data changes, so no code has to remember
to invalidate.
"""

import hashlib
from functools import wraps

from django.core.cache import cache

from timeline.versions import read_counter

TIMEOUT = 60 * 60
CACHE_HEADER = "X-Cache"


def data_version() -> int:
    return read_counter("timeline_data_version")


def _key(*parts) -> str:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return f"timeline:{digest}"


def cache_public_response(view):
    """Serve anonymous GETs from the cache until the data changes.

    Requests that differ in what the view renders (the URL and the htmx headers) are
    cached apart; signed-in editors always get a fresh page.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _key(
            "response", data_version(), request.get_full_path(),
            request.headers.get("HX-Request", ""),
            request.headers.get("HX-History-Restore-Request", ""),
            request.headers.get("HX-Trigger", ""),
        )  # fmt: skip
        response = cache.get(key)
        if response is not None:
            response[CACHE_HEADER] = "hit"
            return response
        response = view(request, *args, **kwargs)
        # Says whether the cache served a response: benchmarks and operators read it.
        response[CACHE_HEADER] = "miss"
        if response.status_code == 200 and not response.streaming:
            cache.set(key, response, TIMEOUT)
        return response

    return wrapper
