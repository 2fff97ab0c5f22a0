"""The engine: our Whoosh codec, segment writer, doc lists, matching and the live-index store.

This sub-package is the only place that touches Whoosh's private names (internal modules such as
``whoosh.codec.whoosh3``, attributes with a leading underscore). Its format was written against one
Whoosh release, so importing it checks the installed version first and refuses any other one with
a German message instead of writing or misreading an index.
"""

from __future__ import annotations

from importlib import metadata

WHOOSH_DISTRIBUTION = "whoosh-reloaded"
WHOOSH_VERSION = "2.7.5"


class WhooshVersionError(ImportError):
    """The installed Whoosh is not the release the engine's format was written against."""


def check_whoosh_version(installed: str | None = None) -> None:
    """Refuse any Whoosh release other than the one the engine was written against."""
    if installed is None:
        try:
            installed = metadata.version(WHOOSH_DISTRIBUTION)
        except metadata.PackageNotFoundError:
            installed = None
    if installed != WHOOSH_VERSION:
        found = f"Version {installed}" if installed else "kein Paket"
        raise WhooshVersionError(
            f"pressesuche braucht {WHOOSH_DISTRIBUTION}=={WHOOSH_VERSION}, gefunden: {found}. "
            f"Bitte 'pip install {WHOOSH_DISTRIBUTION}=={WHOOSH_VERSION}' ausführen."
        )


check_whoosh_version()
