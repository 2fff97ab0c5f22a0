"""Facet counts are search semantics: the core counts them, the same for every front end."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.search.facets import FacetValue
from indexer.search.query import Filters
from indexer.search.searcher import search


def _years(engine) -> list[str]:
    years = [fv.value for fv in search(engine, "").facets["year"] if fv.value]
    if len(years) < 2:
        pytest.skip("the seeds need two years")
    return years


def _api(client, **args) -> dict:
    return client.get("/api/search", query_string=args).get_json()


def _page_years(page: str) -> set[str]:
    return set(re.findall(r'aria-label="(\d{4}), \d+ Treffer', page))


def test_a_selected_facet_is_counted_without_its_own_selection(client, engine):
    years = _years(engine)
    unfiltered = _api(client)["facets"]["year"]
    chosen = _api(client, year=years[0])["facets"]["year"]
    assert [(v["value"], v["count"]) for v in chosen] == [
        (v["value"], v["count"]) for v in unfiltered
    ]
    assert [v["value"] for v in chosen if v["selected"]] == [years[0]]


def test_page_api_cli_and_export_show_the_same_facets(client, engine, seed_index):
    year = _years(engine)[0]
    api = _api(client, year=year)["facets"]
    exported = client.get("/export.json", query_string={"year": year}).get_json()["facets"]
    cli = CliRunner().invoke(main, ["search", "--year", year, "--json", "--index", str(seed_index)])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.output)["facets"] == api == exported
    page = client.get("/", query_string={"year": year}).get_data(as_text=True)
    assert _page_years(page) == {v["value"] for v in api["year"]}


def test_two_values_of_one_facet_combine(engine):
    years = _years(engine)
    both = search(engine, "", filters=Filters(years=years[:2]))
    one = search(engine, "", filters=Filters(years=years[:1]))
    assert both.total > one.total
    assert {fv.value for fv in both.facets["year"] if fv.selected} == set(years[:2])
    assert both.facets["year"] == [
        FacetValue(fv.value, fv.count, fv.value in years[:2]) for fv in one.facets["year"]
    ]


def test_other_facets_are_narrowed_by_the_selection(engine):
    year = _years(engine)[0]
    narrowed = search(engine, "", filters=Filters(years=[year]))
    total = sum(fv.count for fv in narrowed.facets["person"])
    assert total <= sum(fv.count for fv in search(engine, "").facets["person"])
    person = narrowed.facets["person"][0]
    alone = search(engine, "", filters=Filters(years=[year], persons=[person.value]))
    assert alone.total == person.count


def test_a_selected_value_beyond_the_cap_stays_listed(engine):
    import numpy as np

    from indexer.engine import schema as f
    from indexer.search.facets import facet

    every = np.ones(engine.searcher().doc_count_all(), bool)
    ranked = facet(engine, f.PERSONS, every, [])
    last = ranked[-1]
    capped = facet(engine, f.PERSONS, every, [last.value.upper()], cap=1)
    assert capped == [ranked[0], FacetValue(last.value, last.count, True)]
    assert facet(engine, f.PERSONS, every, [], cap=1) == ranked[:1]
