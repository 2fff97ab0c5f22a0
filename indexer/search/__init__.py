"""Searching the live index: query parsing, ranked hits, facets, snippets, quotes, suggestions."""
