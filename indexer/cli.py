"""The ``pressesuche`` command line: index, search, show, quotes, serve, eval, export."""

from __future__ import annotations

import gc
import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import click

from indexer import __version__, config
from indexer import opensearch as opensearch_backend
from indexer.engine import store
from indexer.exports import opensearch
from indexer.search.query import parse_query
from indexer.search.request import QuoteRequest, RequestError, SearchRequest
from indexer.search.searcher import MAX_LIMIT, MAX_PAGE, Engine, get_release, search

# The build, the exports and the web app are imported by the commands that use them, so that
# ``pressesuche search`` loads the read path only (no repair code, no extraction, no ftfy).


def _emit(data: dict) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _engine(index: Path) -> Engine:
    engine = Engine(index)
    click.get_current_context().call_on_close(engine.close)
    try:
        engine.searcher()
    except store.StoreError as exc:
        raise click.ClickException(str(exc)) from None
    return engine


def _forget(exc: BaseException | None) -> None:
    """Drop the frames of a failed index run now, so that the files its writer left open are
    closed without the noise of their last write failing again (a full disk; the files are
    removed already)."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        while exc is not None:
            exc.__traceback__ = None
            exc = exc.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook


@contextmanager
def _progress(label: str, shown: bool) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a ``(done, total)`` callback drawing a progress bar on stderr; None if not shown."""
    if not shown:
        yield None
        return
    bar = None

    def step(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(1)

    try:
        yield step
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _request(kind, raw: dict, default_limit: int):
    """Validate the options with the core's request model: bad values exit 1, in German."""
    try:
        return kind.from_mapping(raw, default_limit)
    except RequestError as exc:
        raise click.ClickException(str(exc)) from None


corpus_option = click.option(
    "--corpus",
    type=click.Path(path_type=Path, file_okay=False),
    default=config.corpus_dir,
    show_default="./corpus or $PRESSESUCHE_CORPUS",
    help="Folder of press releases.",
)
index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=config.index_dir,
    show_default="./index or $PRESSESUCHE_INDEX",
    help="Index folder.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
opensearch_option = click.option(
    "--opensearch",
    "opensearch_url",
    default=opensearch_backend.configured_url,
    show_default="$PRESSESUCHE_OPENSEARCH",
    help="OpenSearch address (http://host:9200): use the cluster instead of the index folder; "
    "the alias is $PRESSESUCHE_OPENSEARCH_INDEX (default pressesuche).",
)


# Click's own messages are English; these say the same in German (exit code 2 stays).
_GERMAN = [
    (r"No such option:? '?([^'\s]+?)'?\.?$", r"Unbekannte Option „\1“."),
    (r"No such option:? '?([^'\s]+?)'?\.? ", r"Unbekannte Option „\1“. "),
    (r"\(?Did you mean one of: (.+)\?\)?", r"(Meinten Sie eine von: \1?)"),
    (r"Did you mean (.+)\?", r"Meinten Sie \1?"),
    (r"Option '(.+)' requires an argument\.", r"Die Option „\1“ braucht einen Wert."),
    (r"Option '(.+)' requires (\d+) arguments\.", r"Die Option „\1“ braucht \2 Werte."),
    (r"Option '(.+)' does not take a value\.", r"Die Option „\1“ nimmt keinen Wert."),
    (r"Missing argument '?([^'.]+)'?\.", r"Es fehlt das Argument „\1“."),
    (r"Missing option '?([^'.]+)'?\.", r"Es fehlt die Option „\1“."),
    (r"Choose from:", r"Erlaubt sind:"),
    (r"Missing parameter:? '?([^'.]+)'?\.?", r"Es fehlt die Angabe „\1“."),
    (r"Missing command\.", r"Es fehlt der Befehl."),
    (r"Got unexpected extra arguments? \((.+)\)", r"Unerwartete Angabe: \1"),
    (r"No such command '(.+)'\.", r"Unbekannter Befehl „\1“."),
    (r"Invalid value for '([^']+)': ", r"Ungültiger Wert für „\1“: "),
    (r"Invalid value for (.+?): ", r"Ungültiger Wert für \1: "),
    (r"Invalid value: ", r"Ungültiger Wert: "),
    (r"'([^']*)' is not a valid integer( range)?\.", r"„\1“ ist keine ganze Zahl."),
    (r"'([^']*)' is not a valid float( range)?\.", r"„\1“ ist keine Zahl."),
    (r"(\S+) is not in the range (.+)\.", r"\1 liegt nicht im Bereich \2."),
    (r"'([^']*)' is not one of (.+)\.", r"„\1“ ist keiner der Werte \2."),
    (r"'([^']*)' is not '([^']+)'\.", r"„\1“ ist nicht „\2“."),
    (r"(?i:file|directory|path) '(.+)' does not exist\.", r"„\1“ gibt es nicht."),
    (r"(?i:file|directory|path) '(.+)' is a directory\.", r"„\1“ ist ein Ordner."),
    (r"(?i:file|directory|path) '(.+)' is a file\.", r"„\1“ ist eine Datei."),
    (r"(?i:file|directory|path) '(.+)' is not readable\.", r"„\1“ ist nicht lesbar."),
    (r"(?i:file|directory|path) '(.+)' is not writable\.", r"„\1“ ist nicht schreibbar."),
]  # fmt: skip


def german(message: str) -> str:
    """Say one of click's usage messages in German (messages already German pass unchanged)."""
    for pattern, replacement in _GERMAN:
        message = re.sub(pattern, replacement, message)
    return message


class GermanGroup(click.Group):
    """The command group, reporting usage errors (exit 2) and failures (exit 1) in German."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            if exc.ctx is not None:
                usage = exc.ctx.get_usage().replace("Usage:", "Aufruf:", 1)
                click.echo(usage, err=True)
                hint = f"{exc.ctx.command_path} {exc.ctx.help_option_names[0]}"
                click.echo(f"Hilfe: „{hint}“.\n", err=True)
            click.echo(f"Fehler: {german(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"Fehler: {german(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt, EOFError):
            click.echo("\nAbgebrochen.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except store.StoreError as exc:  # a problem with the index folder: one German line
            raise click.ClickException(str(exc)) from None


@click.group(cls=GermanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressesuche")
def main() -> None:
    """Search engine over German press releases."""


@main.command("index")
@corpus_option
@index_option
@click.option("--rebuild", is_flag=True, help="Build a new index and swap it in atomically.")
@click.option(
    "--follow-links",
    is_flag=True,
    default=None,
    help="Also read links that lead out of the corpus folder ($PRESSESUCHE_FOLLOW_LINKS).",
)
@json_option
@opensearch_option
def index_cmd(
    corpus: Path,
    index_dir: Path,
    rebuild: bool,
    follow_links: bool | None,
    as_json: bool,
    opensearch_url: str | None,
) -> None:
    """Build or update the index from the corpus (incremental unless --rebuild)."""
    from indexer.build.indexing import index_corpus

    try:
        with _progress("Indexiere", sys.stderr.isatty() and not as_json) as progress:
            if opensearch_url:
                from indexer.opensearch.writing import index_corpus as index_into

                alias = opensearch_backend.configured_index()
                report = index_into(
                    corpus,
                    opensearch_url,
                    alias,
                    rebuild=rebuild,
                    progress=progress,
                    follow_links=follow_links,
                )
            else:
                report = index_corpus(
                    corpus, index_dir, rebuild=rebuild, progress=progress, follow_links=follow_links
                )
    except (store.StoreError, opensearch_backend.OpenSearchError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # full disk, unwritable folder: the run left no partial files
        _forget(exc)
        raise click.ClickException(store.os_problem(exc, index_dir)) from None
    if getattr(report, "repaired", ""):
        click.echo(
            f"Hinweis: Der Index war beschädigt ({report.repaired}); er wurde aus dem Korpus "
            "neu aufgebaut.",
            err=True,
        )
    if as_json:
        _emit(report.to_json())
        return
    click.echo(
        f"{report.documents} Dokumente im Index: {report.added} neu, {report.updated} geändert, "
        f"{report.removed} entfernt, {report.unchanged} unverändert "
        f"({report.seconds:.1f} s{', neu aufgebaut' if report.rebuilt else ''})."
    )
    for skip in report.skipped:
        click.echo(f"  übersprungen: {skip.path}: {skip.reason}", err=True)


@main.command("search")
@click.argument("query", required=False, default="")
@index_option
@click.option("--limit", default="10", show_default=True, help=f"Hits per page (1-{MAX_LIMIT}).")
@click.option("--page", default="1", show_default=True, help=f"Page number (1-{MAX_PAGE}).")
@click.option("--sort", default="relevance", show_default=True, help="relevance or date.")
@click.option("--person", multiple=True, help="Only releases naming this person (repeatable).")
@click.option("--organisation", multiple=True, help="Only releases naming this organisation.")
@click.option("--year", multiple=True, help="Only releases of this year (repeatable).")
@click.option("--from", "date_from", help="Earliest date, YYYY-MM-DD.")
@click.option("--to", "date_to", help="Latest date, YYYY-MM-DD.")
@click.option("--source", multiple=True, help="Only releases of this publisher (repeatable).")
@click.option(
    "--fassungen",
    "versions",
    default="neueste",
    show_default=True,
    help="neueste: one hit per release, its newest version; alle: every version.",
)
@click.option("--parsed", is_flag=True, help="Print the parsed query and exit.")
@json_option
@opensearch_option
def search_cmd(
    query: str,
    index_dir: Path,
    limit: str,
    page: str,
    sort: str,
    person: tuple[str, ...],
    organisation: tuple[str, ...],
    year: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    source: tuple[str, ...],
    versions: str,
    parsed: bool,
    as_json: bool,
    opensearch_url: str | None,
) -> None:
    """Search the index; an empty QUERY lists everything, newest first. Near-identical
    releases (versions) are one hit unless --fassungen alle."""
    raw = {
        "q": query, "limit": limit, "page": page, "sort": sort, "person": person,
        "organisation": organisation, "year": year, "from": date_from, "to": date_to,
        "source": source, "fassungen": versions,
    }  # fmt: skip
    request = _request(SearchRequest, raw, 10)
    options = (request.q, request.filters(), request.page, request.limit, request.sort, parsed)
    if opensearch_url:
        result = _search_opensearch(opensearch_url, *options)
    else:
        result = _search_embedded(index_dir, *options)
    if result is not None:  # None: --parsed printed the query
        _print_result(result, request.q, as_json)


def _search_opensearch(url, query, filters, page, limit, sort, parsed):
    from indexer.opensearch import searching

    alias = opensearch_backend.configured_index()
    if parsed:
        _, body = searching.build_request(query, filters, page, limit, sort)
        _emit(body["query"])
        return None
    client = _client(url)
    options = dict(filters=filters, page=page, limit=limit, sort=sort)
    return _remote(searching.search, client, alias, query, **options)


def _client(url: str):
    try:
        client = opensearch_backend.connect(url)
    except opensearch_backend.OpenSearchError as exc:
        raise click.ClickException(str(exc)) from None
    click.get_current_context().call_on_close(client.close)
    return client


def _remote(function, *args, **kwargs):
    """Run a search on OpenSearch; its errors become German messages (exit 1)."""
    try:
        return function(*args, **kwargs)
    except opensearch_backend.OpenSearchError as exc:
        raise click.ClickException(str(exc)) from None


def _search_embedded(index_dir, query, filters, page, limit, sort, parsed):
    engine = _engine(index_dir)
    if parsed:
        result = parse_query(query, engine.searcher().schema)
        click.echo(repr(result.query))
        for note in result.notes:
            click.echo(note, err=True)
        return None
    return search(engine, query, filters=filters, page=page, limit=limit, sort=sort)


def _print_result(result, query: str, as_json: bool) -> None:
    for note in result.notes:
        click.echo(f"Hinweis: {note}", err=True)
    if as_json:
        _emit(result.to_json())
        return
    click.echo(f"{result.total} Treffer für „{query}“" if query else f"{result.total} Dokumente")
    if result.suggestion:
        click.echo(f"Meinten Sie: {result.suggestion}")
    for rank, hit in enumerate(result.hits, start=(result.page - 1) * result.limit + 1):
        click.echo(f"\n{rank}. {hit.title}  [{hit.date or 'ohne Datum'}]  {hit.path}")
        if hit.persons:
            click.echo(f"   Personen: {', '.join(hit.persons)}")
        if hit.versions:
            click.echo(f"   weitere Fassung(en): {', '.join(hit.versions)}")
        snippet = re.sub(r"</?mark>", "*", hit.snippet)
        click.echo(f"   {html.unescape(snippet)}")


@main.command("quotes")
@click.argument("query", required=False, default="")
@index_option
@click.option("--speaker", multiple=True, help="Only quotes of this person (any spelling).")
@click.option("--from", "date_from", help="Earliest date, YYYY-MM-DD.")
@click.option("--to", "date_to", help="Latest date, YYYY-MM-DD.")
@click.option("--limit", default="20", show_default=True, help=f"Quotes per page (1-{MAX_LIMIT}).")
@click.option("--page", default="1", show_default=True, help=f"Page number (1-{MAX_PAGE}).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
    help="Output format; csv is for citing (quote, speaker, role, date, title, link).",
)  # fmt: skip
@click.option(
    "--sep", type=click.Choice(["comma", "semicolon"]), default="comma", show_default=True,
    help="CSV cell separator; semicolon for German spreadsheets.",
)  # fmt: skip
@json_option
@opensearch_option
def quotes_cmd(
    query: str,
    index_dir: Path,
    speaker: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    limit: str,
    page: str,
    fmt: str,
    sep: str,
    as_json: bool,
    opensearch_url: str | None,
) -> None:
    """Find quotes: who said what, when. An empty QUERY lists quotes newest first."""
    from indexer.exports.table import QUOTE_COLUMNS, SEPARATORS, quote_link, quote_rows, to_csv
    from indexer.search.quotes import search_quotes

    raw = {"q": query, "speaker": speaker, "from": date_from, "to": date_to}
    request = _request(QuoteRequest, {**raw, "limit": limit, "page": page}, 20)
    options = dict(
        speaker=list(request.speakers), date_from=request.date_from, date_to=request.date_to,
        page=request.page, limit=request.limit,
    )  # fmt: skip
    if opensearch_url:
        from indexer.opensearch import quotes as remote

        client = _client(opensearch_url)
        alias = opensearch_backend.configured_index()
        result = _remote(remote.search_quotes, client, alias, request.q, **options)
    else:
        result = search_quotes(_engine(index_dir), request.q, **options)
    for note in result.notes:
        click.echo(f"Hinweis: {note}", err=True)
    if as_json or fmt == "json":
        _emit(result.to_json())
    elif fmt == "csv":
        rows = quote_rows(result.quotes, quote_link(config.base_url()))
        click.echo(to_csv(QUOTE_COLUMNS, rows, SEPARATORS[sep]), nl=False)
    else:
        click.echo(f"{result.total} Zitate")
        for hit in result.quotes:
            who = ", ".join(x for x in (hit.speaker or "unbekannt", hit.role) if x)
            click.echo(f"\n„{hit.text}“\n   — {who}, {hit.date or 'ohne Datum'} · {hit.title}")


@main.command("eval")
@click.option("--quotes/--no-quotes", default=True, help="Also score quote extraction.")
@click.option("--gold-only", is_flag=True, help="Only our gold releases (skip ../shared corpora).")
@click.option("--errors", is_flag=True, help="List the errors of the real releases' tune split.")
def eval_cmd(quotes: bool, gold_only: bool, errors: bool) -> None:
    """Score entity and quote extraction against the gold data (and ../shared corpora)."""
    from evaluation import extraction as evaluate
    from evaluation import quotes as evaluate_quotes
    from evaluation import releases as evaluate_releases

    evaluate.main(gold_only=gold_only)
    if quotes:
        click.echo("")
        evaluate_quotes.main([])
    if not gold_only:
        click.echo("")
        evaluate_releases.main(errors=errors)


@main.command("show")
@click.argument("id_or_path")
@index_option
@json_option
@opensearch_option
def show_cmd(id_or_path: str, index_dir: Path, as_json: bool, opensearch_url: str | None) -> None:
    """Show one release, repaired, by id or corpus-relative path."""
    if opensearch_url:
        from indexer.opensearch import quotes as remote

        client = _client(opensearch_url)
        alias = opensearch_backend.configured_index()
        release = _remote(remote.get_release, client, alias, id_or_path)
    else:
        release = get_release(_engine(index_dir), id_or_path)
    if release is None:
        raise click.ClickException(f"Kein Dokument mit der Kennung oder dem Pfad {id_or_path!r}.")
    if as_json:
        _emit(release.to_json())
        return
    source = " · ".join(v for v in (release.origin, release.url) if v)
    click.echo(f"{release.title}\n{release.date or 'ohne Datum'} · {release.path}")
    lines = [f"Quelle: {source}"] if source else []
    lines += [f"weitere Fassung(en): {', '.join(release.versions)}"] if release.versions else []
    click.echo("\n".join(lines) + "\n" if lines else "")
    click.echo(release.body)
    if release.boilerplate:
        click.echo("\n--- Kontakt und Fußzeile ---\n" + release.boilerplate)


@main.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["opensearch"]), required=True,
    help="Target: opensearch (also Elasticsearch): mapping, bulk NDJSON, word lists.",
)  # fmt: skip
@click.option(
    "--out", type=click.Path(path_type=Path), required=True, help="Folder to write (new or empty)."
)
@index_option
@click.option(
    "--max-mb", type=click.FloatRange(min=0, min_open=True), default=opensearch.DEFAULT_MAX_MB,
    show_default=True, help="Size limit of one bulk file in MB (10^6 bytes).",
)  # fmt: skip
@click.option("--name", default=opensearch.INDEX_NAME, show_default=True, help="Index name.")
@click.option("--force", is_flag=True, help="Replace an earlier export in a non-empty --out.")
def export_cmd(fmt: str, out: Path, index_dir: Path, max_mb: float, name: str, force: bool) -> None:
    """Export the live index for an OpenSearch / Elasticsearch cluster."""
    try:
        with _progress("Exportiere", sys.stderr.isatty()) as progress:
            report = opensearch.export(
                index_dir, out, index_name=name, max_mb=max_mb, force=force, progress=progress
            )
    except (store.StoreError, opensearch.ExportError) as exc:
        raise click.ClickException(str(exc)) from None
    size = report.bulk_bytes
    words = report.vocabulary
    click.echo(
        f"{report.releases} Pressemitteilungen und {report.quotes} Zitate nach {out} exportiert: "
        f"{len(report.bulk_files)} Bulk-Datei(en), "
        f"{f'{size / 1e6:.1f} MB' if size >= 1e6 else f'{size / 1e3:.0f} kB'}; "
        f"{len(words.compounds)} Wortteile, {len(words.gender)} Genderformen."
    )
    if report.partial_dates:
        click.echo(
            f"  {report.partial_dates} Datumsangaben ohne Jahr stehen nur in date_text.", err=True
        )
    click.echo(f"Anleitung: {out / opensearch.README}")


@main.command("serve")
@index_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--production", is_flag=True, help="Serve with waitress instead of Flask's server.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes of --production (default: PRESSESUCHE_SERVER_WORKERS, else one per core).",
)
@click.option("--debug", is_flag=True, help="Flask debug mode (never on a public host).")
@opensearch_option
def serve_cmd(
    index_dir: Path,
    host: str,
    port: int,
    production: bool,
    workers: int | None,
    debug: bool,
    opensearch_url: str | None,
) -> None:
    """Serve the web front end and the JSON API (from OpenSearch with --opensearch)."""
    from webapp import ENGINE, create_app, server

    if workers is not None and not production:
        raise click.UsageError("--workers gilt nur mit --production.")
    settings = {"INDEX_DIR": str(index_dir), "OPENSEARCH": opensearch_url or ""}
    settings["OPENSEARCH_INDEX"] = opensearch_backend.configured_index()
    if opensearch_url:
        click.echo(f"Suche in OpenSearch: {opensearch_url} (Alias {settings['OPENSEARCH_INDEX']})")

    def make_app(_slot: int = 0, say: bool = True):
        app = create_app(settings)
        try:
            app.extensions[ENGINE].warm()  # the first visitor does not wait for the facet tables
        except (store.IndexDamaged, opensearch_backend.OpenSearchError) as exc:
            if say:  # the site starts and answers 503 with the repair meanwhile
                click.echo(f"Achtung: {exc}", err=True)
        return app

    def cannot_listen(exc: OSError) -> click.ClickException:
        return click.ClickException(f"Kann nicht auf {host}:{port} lauschen: {exc.strerror or exc}")

    if not production:
        app = make_app()
        try:
            with server.listening_socket(host, port):  # a clear message before Flask starts
                pass
            app.run(host=host, port=port, debug=debug, use_reloader=False)
        except OSError as exc:
            raise cannot_listen(exc) from None
        finally:
            app.extensions[ENGINE].close()
        return

    try:
        import waitress  # noqa: F401
    except ImportError:
        raise click.ClickException("waitress fehlt: pip install 'pressesuche[serve]'") from None
    workers = workers or config.server_workers()
    if workers > 1 and not server.can_fork():
        click.echo("Hinweis: hier läuft nur ein Arbeitsprozess (kein fork).", err=True)
        workers = 1
    if workers > 1:  # the workers warm up after the fork: a damage is named once, here
        live = None if opensearch_url else store.live_path(index_dir)
        problem = store.damage(live, thorough=True) if live else None
        if problem:
            click.echo(f"Achtung: {store.IndexDamaged(index_dir, problem)}", err=True)
        app_of = partial(make_app, say=False)
    else:
        app = make_app()
        app_of = lambda _slot: app  # noqa: E731
    try:
        sock = server.listening_socket(host, port)
    except OSError as exc:
        raise cannot_listen(exc) from None
    processes = "ein Prozess" if workers == 1 else f"{workers} Arbeitsprozesse"
    click.echo(f"pressesuche auf http://{host}:{port}/ (waitress, {processes})")
    with sock:
        code = server.serve_production(app_of, sock, workers, lambda m: click.echo(m, err=True))
    if code:
        raise click.ClickException("Die Arbeitsprozesse starten nicht; siehe die Meldungen oben.")


if __name__ == "__main__":
    main()
