"""The pages of persons and organisations and their JSON twins; the core builds the data
(``indexer.search.entity_pages``), these views only render it."""

from __future__ import annotations

from flask import jsonify, render_template, url_for
from werkzeug.exceptions import NotFound

from indexer.search.entity_pages import EntityPage
from webapp import get_engine
from webapp.backend import organisation_page, person_page
from webapp.views import bp


class UnknownPerson(NotFound):
    german = "Diese Person kommt in keiner Pressemitteilung im Index vor."


class UnknownOrganisation(NotFound):
    german = "Diese Organisation kommt in keiner Pressemitteilung im Index vor."


def _person(name: str) -> EntityPage:
    page = person_page(get_engine(), name)
    if page is None:
        raise UnknownPerson()
    return page


def _organisation(name: str) -> EntityPage:
    page = organisation_page(get_engine(), name)
    if page is None:
        raise UnknownOrganisation()
    return page


def _render(page: EntityPage, asked: str):
    if page.kind == "person":
        search = url_for(".index", person=page.name, sort="date")
        quotes = url_for(".quotes", speaker=page.name)
    else:
        search = url_for(".index", organisation=page.name, sort="date")
        quotes = None
    return render_template(
        "entity.html", page=page, asked=asked, search_url=search, quotes_url=quotes
    )


@bp.get("/personen/<path:name>")
def person(name: str):
    """A person: roles, years, organisations, releases and quotes, newest first."""
    return _render(_person(name), name)


@bp.get("/organisationen/<path:name>")
def organisation(name: str):
    """An organisation: years, persons, releases and the quotes in them, newest first."""
    return _render(_organisation(name), name)


@bp.get("/api/persons/<path:name>")
def api_person(name: str):
    """A person's page as JSON."""
    return jsonify(_person(name).to_json())


@bp.get("/api/organisations/<path:name>")
def api_organisation(name: str):
    """An organisation's page as JSON."""
    return jsonify(_organisation(name).to_json())
