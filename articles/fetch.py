"""Fetch one web page or feed for an editor, within limits, and never from an internal host.

An editor's URL must not reach the services beside the app (a database, a cloud metadata
endpoint, an admin page on localhost): every host, and every host a redirect leads to, must
resolve only to public addresses, and every connection must reach one. Pure Python, no
Django.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import urllib3

USER_AGENT = (
    "PakistanRussiaTimeline/0.1 (fetches news articles and feeds an editor added; python-requests)"
)
TIMEOUT_SECONDS = 10
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


class FetchError(Exception):
    """The page could not be fetched; the message is one line fit for the user."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where the page was found, after redirects
    body: bytes
    content_type: str


def fetch(url: str, *, accept=HTML_TYPES, allow_private: bool = False) -> FetchedPage:
    """GET url, following at most MAX_REDIRECTS redirects, each hop checked like the first."""
    deadline = time.monotonic() + TIMEOUT_SECONDS
    seen = set()
    with requests.Session() as session:
        session.headers.update({"User-Agent": USER_AGENT, "Accept": ", ".join(accept)})
        # Proxies from the environment would resolve hosts where these checks cannot see.
        session.trust_env = False
        if not allow_private:
            session.mount("http://", _PublicOnlyAdapter())
            session.mount("https://", _PublicOnlyAdapter())
        while True:
            check_address(url, allow_private=allow_private)
            seen.add(url)
            response = _get(session, url, deadline)
            with response:
                if not response.is_redirect:
                    return _read(response, url, accept, deadline)
                target = urljoin(url, response.headers["Location"])
            if target in seen:
                raise FetchError(f"redirect loop at {target}")
            if len(seen) > MAX_REDIRECTS:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects")
            url = target


def check_address(url: str, *, allow_private: bool = False) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"{url[:80]!r} is not an http(s) address")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, port)}
    except (socket.gaierror, UnicodeError, ValueError):
        raise FetchError(f"host {parts.hostname} not found") from None
    for address in addresses:
        if not is_public_address(address):
            raise FetchError(
                f"host {parts.hostname} resolves to {address}, a non-public address: refused"
            )


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])  # IPv6 zone ids ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    # is_global is False for loopback, private, link-local, shared (CGNAT), reserved and
    # unspecified addresses; some multicast ranges count as global, so they are named too.
    return ip.is_global and not ip.is_multicast


class _PublicPeerCheck:
    """Refuses a connection whose peer is not public, before any request is sent on it: the
    host's DNS answer can change between check_address and the connection (DNS rebinding)."""

    def connect(self):
        super().connect()
        address = self.sock.getpeername()[0]
        if not is_public_address(address):
            self.close()
            raise FetchError(
                f"host {self.host} connected to {address}, a non-public address: refused"
            )


class _PublicHTTPConnection(_PublicPeerCheck, urllib3.connection.HTTPConnection):
    pass


class _PublicHTTPSConnection(_PublicPeerCheck, urllib3.connection.HTTPSConnection):
    pass


class _PublicHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _PublicHTTPConnection


class _PublicHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _PublicHTTPSConnection


class _PublicOnlyAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _PublicHTTPPool,
            "https": _PublicHTTPSPool,
        }


def _get(session: requests.Session, url: str, deadline: float) -> requests.Response:
    try:
        return session.get(url, stream=True, allow_redirects=False, timeout=_remaining(deadline))
    except requests.Timeout:
        raise FetchError(f"no answer within {TIMEOUT_SECONDS} s") from None
    except requests.RequestException as error:
        raise FetchError(
            f"could not connect to {urlsplit(url).hostname}: {_reason(error)}"
        ) from None


def _read(response: requests.Response, url: str, accept, deadline: float) -> FetchedPage:
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code} {response.reason}".strip())
    content_type = response.headers.get("Content-Type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in accept:
        kind = "an HTML page" if accept == HTML_TYPES else "a feed"
        raise FetchError(f"not {kind}: the content type is {media_type or 'missing'}")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(_too_large(int(declared)))
    body = bytearray()
    try:
        for chunk in response.iter_content(CHUNK_BYTES):
            body.extend(chunk)
            if len(body) > MAX_BYTES:
                raise FetchError(_too_large())
            if time.monotonic() > deadline:
                raise FetchError(f"not received within {TIMEOUT_SECONDS} s")
    except requests.RequestException as error:
        raise FetchError(f"the download broke off: {_reason(error)}") from None
    return FetchedPage(url, bytes(body), content_type)


def _remaining(deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"no answer within {TIMEOUT_SECONDS} s")
    return remaining


def _too_large(size: int | None = None) -> str:
    limit = f"{MAX_BYTES / 1024 / 1024:g} MB"
    if size is None:  # streamed past the limit: the whole size is never known
        return f"too large: more than the {limit} limit"
    return f"too large: {size:,} bytes (the limit is {limit})"


def _reason(error: Exception) -> str:
    # requests wraps the socket's own message ("[Errno 111] Connection refused") in its own.
    match = re.search(r"\[Errno -?\d+\] ([^'\")]+)", str(error))
    return match[1].strip() if match else type(error).__name__
