"""Fetching articles and feeds over http(s), with the limits a tool pointed at the open web needs:
a timeout, a size limit, a content-type check, redirects followed (each hop checked), and no
requests to link-local or cloud-metadata addresses or to file:// unless explicitly allowed."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .errors import IngestError

#: Content types we read, and what we read them as.
CONTENT_KINDS = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "xml", "text/xml": "xml",
    "text/plain": "text", "text/markdown": "text",
    "application/json": "json", "application/x-ndjson": "json", "application/jsonl": "json",
}
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 20.0


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    kind: str  # html, feed, xml, text or json
    data: bytes
    charset: str | None


def check_url(url: str, *, allow_link_local: bool = False) -> None:
    """Refuse schemes other than http(s) and hosts that resolve to link-local addresses
    (169.254.0.0/16 holds cloud metadata services; fe80::/10), unless allowed.

    Raises:
        IngestError: the URL is refused.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise IngestError(f"{url}: refused: only http and https URLs are fetched")
    if not parts.hostname:
        raise IngestError(f"{url}: no host in the URL")
    if allow_link_local:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise IngestError(f"{url}: cannot resolve {parts.hostname}: {err.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if address.is_link_local or address.is_multicast or address.is_unspecified:
            raise IngestError(f"{url}: refused: {parts.hostname} is a link-local or metadata address "
                              "(pass --allow-link-local to fetch it)")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_link_local: bool):
        self.allow_link_local = allow_link_local

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl, allow_link_local=self.allow_link_local)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, allow_link_local: bool = False, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """Download one URL.

    Raises:
        IngestError: refused, unreachable, an HTTP error, too large, or a content type we do not read.
    """
    check_url(url, allow_link_local=allow_link_local)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_link_local))
    request = urllib.request.Request(url, headers={"User-Agent": "aigraph (+https://w3id.org/aigraph)",
                                                   "Accept": ", ".join(CONTENT_KINDS)})
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            kind = CONTENT_KINDS.get(content_type)
            if kind is None:
                raise IngestError(f"{url}: content type {content_type} is not an article or a feed")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"{url}: {int(length):,} bytes is more than the limit of {max_bytes:,}")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(f"{url}: more than the limit of {max_bytes:,} bytes")
            return Fetched(url=response.geturl(), kind=kind, data=data, charset=response.headers.get_content_charset())
    except IngestError:
        raise
    except urllib.error.HTTPError as err:
        raise IngestError(f"{url}: HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason if isinstance(err.reason, str) else getattr(err.reason, "strerror", None) or str(err.reason)
        raise IngestError(f"{url}: cannot fetch: {reason}") from None
    except (TimeoutError, socket.timeout):
        raise IngestError(f"{url}: no answer within {timeout:g} s") from None
    except OSError as err:
        raise IngestError(f"{url}: cannot fetch: {err.strerror or err}") from None
