"""Versions on OpenSearch: near-identical releases grouped by every build, one hit per group.

The groups are those of the embedded engine (``search.versions``: the same signatures, the same
rule, ``group_versions``), computed when a build has sent every release and before the alias
moves, and again at the end of every update in place, before it writes its state token: each
grouped release gets its group (``GROUP``, the id of the group's newest version) and its place
in it (``PLACE``, 0 for the newest), releases without versions get neither (an update removes
them from the releases that left their group).

A search keeps, of each group, only the newest version among its matches, as the embedded
``Versions.collapse`` does, and counts totals and facets over what is kept. That depends on
the query, so it is done at search time: the request asks, beside its answer, for the groups
of which two or more versions match (a ``terms`` aggregation with ``min_doc_count`` 2 on
``GROUP``, per context: the hits and each facet's), with the newest matching place. When there
are none (most searches) that answer stands; otherwise the versions behind the newest matching
one are left out by id (``hidden``) and the request is sent again. Beyond ``GROUP_BUCKETS``
such groups in one context, they are read page by page with a ``composite`` aggregation.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from indexer.engine import schema as f
from indexer.opensearch import OpenSearchError, state
from indexer.opensearch.documents import GROUP, PLACE, SEQ
from indexer.search.versions import group_versions

GROUPS = "_versions"  # the aggregation of the groups with several matching versions
GROUP_BUCKETS = 10_000  # groups listed per context in the answer; more are paged
PAGE = 1000
_TABLES: state.Kept[VersionTable] = state.Kept(4)  # the live index's groups and a rebuild's


@dataclass
class VersionTable:
    """The version groups of one physical index: group → ids, newest first."""

    members: dict[str, list[str]] = field(default_factory=dict)
    group_of: dict[str, str] = field(default_factory=dict)

    def others(self, release_id: str) -> list[str]:
        """The ids of a release's other versions, newest first."""
        group = self.group_of.get(release_id)
        return [] if group is None else [i for i in self.members[group] if i != release_id]

    def hidden(self, newest: dict[str, int]) -> list[str]:
        """The versions behind the newest matching one (``newest``: group → its place)."""
        return [i for g, at in newest.items() for i in self.members.get(g, [])[at + 1 :]]


# -- the build ---------------------------------------------------------------------------------


def _releases(client, index: str, fields: list[str], query: dict | None = None) -> Iterator[dict]:
    """Every release of ``index`` (``_source`` limited to ``fields``), in build order."""
    wanted = [{"term": {f.KIND: f.RELEASE_KIND}}] + ([query] if query else [])
    after = None
    while True:
        body = {"query": {"bool": {"filter": wanted}}, "size": PAGE, "sort": [{SEQ: "asc"}]}
        body |= {"_source": fields, "track_total_hits": False}
        if after is not None:
            body["search_after"] = after
        hits = client.search(index=index, body=body)["hits"]["hits"]
        yield from hits
        if len(hits) < PAGE:
            return
        after = hits[-1]["sort"]


def group_index(client, index: str) -> int:
    """Group the releases of ``index`` into versions, after a build or an update in place;
    return how many releases are grouped. Only what differs from the index is written: a
    release's new group or place, and the group fields of a release no longer grouped removed."""
    ids, signatures, held = [], [], {}
    for hit in _releases(client, index, [f.ID, f.VERSION_SIGNATURE, GROUP, PLACE]):
        ids.append(hit["_id"])
        source = hit["_source"]
        signatures.append(base64.b64decode(source.get(f.VERSION_SIGNATURE) or ""))
        if source.get(GROUP) is not None:
            held[hit["_id"]] = (source[GROUP], source.get(PLACE))
    fields = [f.ID, f.TITLE, f.BODY, f.DATESORT, f.FIRST_INDEXED]

    def stored(number: int) -> dict:
        return client.get(index=index, id=ids[number], _source_includes=fields)["_source"]

    versions = group_versions(signatures, np.ones(len(ids), bool), stored)
    wanted: dict[str, tuple[str, int]] = {}
    for docnums in versions.members.values():
        for at, docnum in enumerate(docnums):
            wanted[ids[docnum]] = (ids[docnums[0]], at)
    body: list[dict] = []
    for release, (group, at) in wanted.items():
        if held.get(release) != (group, at):
            body += [{"update": {"_index": index, "_id": release}}]
            body += [{"doc": {GROUP: group, PLACE: at}}]
    body += _ungrouped(client, index, [i for i in held if i not in wanted])
    for start in range(0, len(body), 2 * PAGE):
        response = client.bulk(body=body[start : start + 2 * PAGE])
        if response.get("errors"):
            failed = next(i[k]["error"] for i in response["items"] for k in i if "error" in i[k])
            raise OpenSearchError(f"OpenSearch speichert die Fassungen nicht: {failed}")
    if body:
        client.indices.refresh(index=index)
    return len(wanted)


def _ungrouped(client, index: str, releases: list[str]) -> list[dict]:
    """Bulk lines that write ``releases`` again without their group fields (an update cannot
    remove a field without a script, and the node may have no scripting module)."""
    body: list[dict] = []
    for start in range(0, len(releases), PAGE):
        got = client.mget(index=index, body={"ids": releases[start : start + PAGE]})
        for doc in got["docs"]:
            if not doc.get("found"):
                continue
            source = {k: v for k, v in doc["_source"].items() if k not in (GROUP, PLACE)}
            body += [{"index": {"_index": index, "_id": doc["_id"]}}, source]
    return body


# -- searching ---------------------------------------------------------------------------------


def table(client, index: str) -> VersionTable:
    """The version groups of ``index``, read once per physical index, state and process."""
    return _TABLES.get(client, index, lambda: _read_table(client, index))


def _read_table(client, index: str) -> VersionTable:
    found = VersionTable()
    grouped = {"exists": {"field": GROUP}}
    rows = [
        (hit["_source"][GROUP], hit["_source"][PLACE], hit["_id"])
        for hit in _releases(client, index, [GROUP, PLACE], grouped)
    ]
    for group, _, release in sorted(rows):
        found.members.setdefault(group, []).append(release)
        found.group_of[release] = group
    return found


def groups_aggregation() -> dict:
    """The groups of which two or more versions match, each with its newest matching place."""
    terms = {"field": GROUP, "min_doc_count": 2, "size": GROUP_BUCKETS}
    return {"terms": terms, "aggs": {"newest": {"min": {"field": PLACE}}}}


def matching_groups(client, index: str, aggregation: dict, context: dict) -> dict[str, int]:
    """Group → newest matching place, from ``aggregation`` (``groups_aggregation``'s answer in
    ``context``); past ``GROUP_BUCKETS`` groups, all of them paged from ``context``."""
    buckets = aggregation.get("buckets", [])
    if len(buckets) < GROUP_BUCKETS:
        return {b["key"]: int(b["newest"]["value"]) for b in buckets}
    found: dict[str, int] = {}
    source = [{"g": {"terms": {"field": GROUP}}}]
    after = None
    while True:
        composite: dict = {"size": PAGE, "sources": source}
        if after is not None:
            composite["after"] = after
        aggs = {"g": {"composite": composite, "aggs": {"newest": {"min": {"field": PLACE}}}}}
        body = {"size": 0, "query": context, "aggs": aggs, "track_total_hits": False}
        answer = client.search(index=index, body=body)["aggregations"]["g"]
        for bucket in answer["buckets"]:
            if bucket["doc_count"] >= 2:
                found[bucket["key"]["g"]] = int(bucket["newest"]["value"])
        if not (after := answer.get("after_key")) or len(answer["buckets"]) < PAGE:
            return found


def excluding(query: dict | None, hidden: list[str]) -> dict | None:
    """``query`` without the releases ``hidden`` (None: everything)."""
    if not hidden:
        return query
    kept: dict = {"bool": {"must_not": [{"ids": {"values": hidden}}]}}
    if query is not None:
        kept["bool"]["filter"] = [query]
    return kept
