"""The OpenSearch backend (issue 20): the same product on a cluster instead of a Whoosh folder.

``PRESSESUCHE_OPENSEARCH=http://host:9200`` (or ``--opensearch URL``) sends ``index`` and
``search`` there; ``PRESSESUCHE_OPENSEARCH_INDEX`` names the alias (default ``pressesuche``).
Repair, extraction and the German analysis stay ours: the documents carry our analysed tokens,
which OpenSearch only splits at blanks, and queries are parsed by our parser and sent as terms.
The client, ``opensearch-py``, is the optional extra ``opensearch``; it is imported on use.
"""

from __future__ import annotations

import os

DEFAULT_INDEX = "pressesuche"


class OpenSearchError(Exception):
    """A problem with the cluster or what it answered, worded for people."""


def configured_url() -> str | None:
    """Return ``PRESSESUCHE_OPENSEARCH`` (the cluster's address); None: the embedded engine."""
    return (os.environ.get("PRESSESUCHE_OPENSEARCH") or "").strip() or None


def configured_index() -> str:
    """Return ``PRESSESUCHE_OPENSEARCH_INDEX``: the alias searched (default ``pressesuche``)."""
    return (os.environ.get("PRESSESUCHE_OPENSEARCH_INDEX") or "").strip() or DEFAULT_INDEX


def connect(url: str):
    """Return an ``opensearchpy.OpenSearch`` client for ``url``; a German message without it."""
    try:
        from opensearchpy import OpenSearch
    except ImportError:
        raise OpenSearchError(
            "Für OpenSearch fehlt das Paket opensearch-py: pip install 'pressesuche[opensearch]'."
        ) from None
    return OpenSearch(url, timeout=60, max_retries=2, retry_on_timeout=True)
