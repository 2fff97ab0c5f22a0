"""pressesuche: normalise, analyse and index German press releases with Whoosh."""

__version__ = "0.1.0"
