"""Absolute addresses for feeds, exports and the API description, never from the Host header.

A client chooses the Host header: taken into a feed, a CSV file or a cache, it would send readers
to any site. ``PRESSESUCHE_BASE_URL`` (the config key ``BASE_URL``) is the public address when
set; without it the server's own configured name (the WSGI ``SERVER_NAME`` and port, which the
server sets, not the client) is used.
"""

from __future__ import annotations

from flask import current_app, request, url_for

DEFAULT_PORTS = {"http": "80", "https": "443"}


def base_url() -> str:
    """The public address of the site without a trailing slash (without the script root)."""
    configured = current_app.config.get("BASE_URL")
    if isinstance(configured, str) and configured.strip():
        return configured.strip().rstrip("/")
    environ = request.environ
    scheme = environ.get("wsgi.url_scheme", "http")
    name = str(environ.get("SERVER_NAME") or "localhost")
    if ":" in name and not name.startswith("["):  # an IPv6 address
        name = f"[{name}]"
    port = str(environ.get("SERVER_PORT") or "")
    host = name if port in ("", DEFAULT_PORTS.get(scheme)) else f"{name}:{port}"
    return f"{scheme}://{host}"


def external_url(endpoint: str, **values) -> str:
    """The absolute address of a route: the base address and the route's path."""
    return base_url() + url_for(endpoint, **values)


def api_server() -> str:
    """The server of the OpenAPI description: the configured address, else relative."""
    configured = current_app.config.get("BASE_URL")
    if isinstance(configured, str) and configured.strip():
        return configured.strip().rstrip("/") + request.script_root
    return request.script_root or "/"
