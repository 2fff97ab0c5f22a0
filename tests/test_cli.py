"""The command line, end to end, on a real index."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer import __version__
from indexer.cli import main


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None):
        return runner.invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke


def test_version_and_help(run):
    assert __version__ in run("--version").output
    for command in ("index", "search", "show", "serve"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_index_search_show_round_trip(run, corpus, tmp_path):
    index = str(tmp_path / "index")
    result = run("index", "--corpus", str(corpus), "--index", index, "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["documents"] == 5

    result = run("search", "Migrantinnen", "--index", index, "--json", "--limit", "2")
    data = json.loads(result.output)
    assert data["total"] == 4 and len(data["hits"]) == 2

    doc_id = data["hits"][0]["id"]
    shown = json.loads(run("show", doc_id, "--index", index, "--json").output)
    assert list(shown) == [
        "id", "path", "title", "date", "persons", "organisations", "quotes", "body", "boilerplate",
        "url", "source", "versions",
    ]  # fmt: skip
    assert shown["url"] is None and shown["source"] is None  # a plain file names no publisher
    by_path = json.loads(run("show", shown["path"], "--index", index, "--json").output)
    assert by_path == shown

    human = run("search", "Kaykin", "--index", index).output
    assert "4 Treffer" in human and "*Kaykin*" in human


def test_environment_variables_choose_the_folders(run, corpus, tmp_path):
    env = {"PRESSESUCHE_CORPUS": str(corpus), "PRESSESUCHE_INDEX": str(tmp_path / "ix")}
    assert run("index", env=env).exit_code == 0
    assert "5 Dokumente" in run("search", env=env).output


def test_errors_are_messages_not_tracebacks(run, tmp_path):
    result = run("search", "x", "--index", str(tmp_path / "leer"))
    assert result.exit_code == 1 and "pressesuche index" in result.output
    assert "Traceback" not in result.output
    result = run("index", "--corpus", str(tmp_path / "fehlt"), "--index", str(tmp_path / "i"))
    assert result.exit_code == 1 and "Korpusordner" in result.output
    result = run("search", "x", "--from", "gestern", "--index", str(tmp_path))
    assert result.exit_code == 1 and "JJJJ-MM-TT" in result.output  # a bad value, not usage


def test_show_unknown_document(run, corpus, tmp_path):
    index = str(tmp_path / "index")
    run("index", "--corpus", str(corpus), "--index", index)
    result = run("show", "gibt-es-nicht", "--index", index)
    assert result.exit_code == 1 and "Kein Dokument" in result.output


def test_parsed_flag_prints_the_query(run, corpus, tmp_path):
    index = str(tmp_path / "index")
    run("index", "--corpus", str(corpus), "--index", index)
    output = run("search", "Migrantinnen ODER Köln", "--parsed", "--index", index).output
    assert "Or(" in output and "body" in output


def test_eval_prints_the_gold_scores(run):
    output = run("eval", "--no-quotes", "--gold-only").output
    assert "gold heldout" in output and "persons" in output and "dates" in output


def test_serve_on_a_busy_port_is_a_message(run, seed_index):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        for extra in ([], ["--production"]):
            result = run("serve", "--index", str(seed_index), "--port", port, *extra)
            assert result.exit_code == 1 and "lauschen" in result.output
            assert "Traceback" not in result.output


def test_jsonl_speaker_speaks_quotes_of_a_first_person_frame(run, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    speech = {
        "id": "rede-1",
        "title": "Rede zur Haushaltswoche",
        "speaker": "Petra Lind",
        "text": "Sehr geehrte Damen und Herren, ich sage Ihnen: „Ich stehe zu diesem Haushalt.“\n\n"
        "„Der Haushalt ist solide“, sagte Otto Gran am Morgen.\n\nSätze wie: „Ich spare nie.“ "
        "hört man oft.",
    }
    (corpus / "reden.jsonl").write_text(json.dumps(speech, ensure_ascii=False) + "\n")
    index = str(tmp_path / "index")
    assert run("index", "--corpus", str(corpus), "--index", index).exit_code == 0
    quotes = json.loads(run("quotes", "", "--index", index, "--json").output)["quotes"]
    said = {q["text"]: (q["speaker"], q["confidence"]) for q in quotes}
    assert said["Ich stehe zu diesem Haushalt."] == ("Petra Lind", 0.8)
    assert said["Der Haushalt ist solide"][0] == "Otto Gran"  # a frame names someone else
    assert said["Ich spare nie."] == (None, None)  # a voice the speaker quotes
    shown = json.loads(run("show", "rede-1", "--index", index, "--json").output)
    assert [q["speaker"] for q in shown["quotes"]] == ["Petra Lind", "Otto Gran", None]
