"""Each repair stage on a table of real and synthetic examples, then the chain on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.text import repair
from indexer.text.repair import (
    UndecodableError,
    decode_bytes,
    fix_encoding,
    join_soft_hyphens,
    repair_text,
    restore_lost_chars,
    strip_markup,
    tidy_whitespace,
)

SEEDS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))
RUSSIAN = "Привет, как дела? Это тестовый текст на русском языке."


def seed(prefix: str) -> str:
    """Return the decoded text of the seed release whose file name starts with ``prefix``."""
    return decode_bytes(next(p for p in SEEDS if p.name.startswith(prefix)).read_bytes())


DECODED = [
    ("empty", b"", ""),
    ("utf-8", "Düsseldorf „Vielfalt“".encode(), "Düsseldorf „Vielfalt“"),
    ("utf-8-bom", "\ufeffÖffnung".encode(), "Öffnung"),
    ("utf-16-le-bom", "\ufeffStraße – gut".encode("utf-16-le"), "Straße – gut"),
    ("utf-16-be-bom", "\ufeffStraße – gut".encode("utf-16-be"), "Straße – gut"),
    ("utf-32-le-bom", "\ufeffGrüße".encode("utf-32-le"), "Grüße"),
    ("utf-32-be-bom", "\ufeffGrüße".encode("utf-32-be"), "Grüße"),
    ("utf-16-le-bare", "Interkulturelle Öffnung".encode("utf-16-le"), "Interkulturelle Öffnung"),
    ("utf-16-be-bare", "Interkulturelle Öffnung".encode("utf-16-be"), "Interkulturelle Öffnung"),
    ("cp1252-short", "Öffnung".encode("cp1252"), "Öffnung"),
    ("cp1252-quotes", "„Vielfalt“ – 34.000 €".encode("cp1252"), "„Vielfalt“ – 34.000 €"),
    ("cp1252-latin1-letters", "Ærø Café Œuvre".encode("cp1252"), "Ærø Café Œuvre"),
    ("latin-1-undefined-in-cp1252", "Grüße\x81".encode("latin-1"), "Grüße\x81"),
    ("cp1251-guessed", RUSSIAN.encode("cp1251"), RUSSIAN),
]


@pytest.mark.parametrize(
    ("data", "expected"), [c[1:] for c in DECODED], ids=[c[0] for c in DECODED]
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


BINARY = [
    ("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("zip", b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("nul-bytes", b"Pressemitteilung\x00\x00\x00\x07data", "NUL"),
    ("control-chars", b"\x01\x02\x03\x04abc", "Steuerzeichen"),
    ("all-bytes", bytes(range(256)), "NUL"),
]


@pytest.mark.parametrize(("data", "reason"), [c[1:] for c in BINARY], ids=[c[0] for c in BINARY])
def test_decode_bytes_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)


FIXED = [
    ("utf8-as-cp1252", "DÃ¼sseldorf", "Düsseldorf"),
    ("quotes-as-cp1252", "â€žVielfaltâ€œ", "„Vielfalt“"),
    ("dash-and-sharp-s", "GrÃ¼ÃŸe â€“ Ende", "Grüße – Ende"),
    ("capital-umlaut", "Ã–ffnung der Verwaltung", "Öffnung der Verwaltung"),
    ("dotless-i", "KaykÄ±n", "Kaykın"),
    ("double-mojibake", "DÃƒÂ¼sseldorf", "Düsseldorf"),
    ("keeps-german-quotes", "‚x‘ „y“ »z«", "‚x‘ „y“ »z«"),
    ("nfc", "Mu\u0308ller", "Müller"),
    ("crlf", "a\r\nb\rc", "a\nb\nc"),
    ("soft-hyphen", "Teil\u00adhabe", "Teilhabe"),
    ("zero-width", "Vielfalt\u200b verbindet\ufeff", "Vielfalt verbindet"),
    ("nbsp", "34.000\u00a0Euro, 5\u202fkm", "34.000 Euro, 5 km"),
    ("clean-text-untouched", "Zülfiye Kaykin: „Chancen“", "Zülfiye Kaykin: „Chancen“"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FIXED], ids=[c[0] for c in FIXED])
def test_fix_encoding(text: str, expected: str) -> None:
    assert fix_encoding(text) == expected


HTML_PAGE = """<!DOCTYPE html><html><head><title>Seite</title><style>p{color:red}</style>
<script>var tracker = 1;</script></head><body><nav><a href="/">Startseite</a></nav>
<h1>Land f&ouml;rdert Vielfalt</h1><script>alert(1)</script>
<p>Die   Landesregierung f&ouml;rdert &bdquo;Vielfalt&ldquo; mit 34.000&nbsp;Euro &amp; mehr.</p>
<noscript>Bitte JavaScript aktivieren</noscript><ul><li>eins</li><li>zwei<br>drei</li></ul>
<img src="http://www.pressrelations.de/new/pmcounter.cfm?n_pintr_=1" width="1" height="1">
</body></html>"""
MARKUP = [
    (
        "txt-link",
        "txt",
        "im Netz unter [www.x.de](http://www.x.de) seine",
        "im Netz unter www.x.de seine",
    ),
    (
        "txt-mailto",
        "txt",
        "Mail: [info@mags.nrw.de](mailto:info@mags.nrw.de)",
        "Mail: info@mags.nrw.de",
    ),
    ("txt-autolink", "txt", "URL: <http://www.mags.nrw.de>", "URL: http://www.mags.nrw.de"),
    ("txt-heading", "txt", "## Titel der Mitteilung\n\nText", "Titel der Mitteilung\n\nText"),
    ("txt-closed-heading", "txt", "### Pressekontakt ###", "Pressekontakt"),
    ("txt-hashtag-kept", "txt", "#Vielfalt bleibt", "#Vielfalt bleibt"),
    (
        "txt-gender-star-kept",
        "txt",
        "Bürger*innen und Kolleg*innen",
        "Bürger*innen und Kolleg*innen",
    ),
    ("txt-snake-case-kept", "txt", "Datei pm_2024_final.pdf", "Datei pm_2024_final.pdf"),
    (
        "txt-pmcounter-link",
        "txt",
        "Fax: 0211\n [http://www.pressrelations.de/new/pmcounter.cfm?n\\\\_pintr\\\\_=505418]"
        '(http://www.pressrelations.de/new/pmcounter.cfm?n_pintr_=505418)\nwidth="1" height="1">',
        "Fax: 0211",
    ),
    ("txt-bare-counter", "txt", "Ende http://example.de/counter.php?id=3", "Ende"),
    ("txt-pixel", "txt", 'Text<img src="x.gif" width="1" height="1" /> weiter', "Text weiter"),
    (
        "md-emphasis",
        "md",
        "**Düsseldorf.** Die _neue_ und *alte* Regel",
        "Düsseldorf. Die neue und alte Regel",
    ),
    ("md-escapes", "md", "n\\_pintr\\_ und \\*nicht kursiv\\*", "n_pintr_ und *nicht kursiv*"),
    ("md-image-dropped", "md", "![Foto: Kreis](bild.jpg)Text", "Text"),
    ("md-reference-link", "md", "Siehe [Bericht][1].\n\n[1]: https://x.de/b", "Siehe Bericht."),
    ("md-quote-and-rule", "md", "> „Gut“, sagte sie.\n\n---\n\nText", "„Gut“, sagte sie.\n\nText"),
    ("md-setext", "md", "Titel\n=====\nText", "Titel\n\nText"),
    (
        "md-raw-script",
        "md",
        "Text <script>\nalert(1)\n</script><STYLE>p{}</style>weiter",
        "Text weiter",
    ),
    ("md-inline-html", "md", "Zeile<br>nächste <b>fett</b>", "Zeile\nnächste fett"),
    (
        "html-page",
        "html",
        HTML_PAGE,
        "Land fördert Vielfalt\n\nDie Landesregierung fördert „Vielfalt“ mit 34.000 Euro & mehr."
        "\n\neins\nzwei\ndrei",
    ),
    ("html-entities", "htm", "<p>Caf&eacute; &lt;b&gt; Teil&shy;habe</p>", "Café <b> Teilhabe"),
    ("html-unclosed-head", "html", "<head><title>X</title><body><p>Text</p>", "Text"),
    ("html-pre", "html", "<pre>a\n  b</pre>", "a\nb"),
    (
        "html-h1-first",
        "html",
        "<div>Land NRW</div><p>3. Mai 2024</p><h1>Titel</h1><p>Text.</p>",
        "Titel\n\nLand NRW\n\n3. Mai 2024\n\nText.",
    ),
]


@pytest.mark.parametrize(
    ("fmt", "text", "expected"), [c[1:] for c in MARKUP], ids=[c[0] for c in MARKUP]
)
def test_strip_markup(fmt: str, text: str, expected: str) -> None:
    assert tidy_whitespace(strip_markup(text, fmt)) == expected


def test_strip_markup_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        strip_markup("text", "pdf")


HYPHENS = [
    ("layout-break", "Sprachkenntnisse beson-ders gefragt", "Sprachkenntnisse besonders gefragt"),
    ("capitalised", "Teil-habe- und Integrationsgesetz", "Teilhabe- und Integrationsgesetz"),
    ("across-line", "beson-  \nders gefragt", "besonders gefragt"),
    ("inflected", "den Verwal-tungen", "den Verwaltungen"),
    ("inflected-genitive", "des Ministeri-ums", "des Ministeriums"),
    ("inflected-stem-only", "Landesregierun-gen", "Landesregierungen"),
    ("particle", "seine Projekte vor-stellen", "seine Projekte vorstellen"),
    ("chain-of-words", "Rund-um-die-Uhr-Betreuung", "Rund-um-die-Uhr-Betreuung"),
    ("chain-of-words-2", "Schwer-in-Ordnung-Ausweis", "Schwer-in-Ordnung-Ausweis"),
    ("domain", "www.ab-gelenkt.at und ab-gelenkt.at", "www.ab-gelenkt.at und ab-gelenkt.at"),
    ("email", "vor-stellen@x.de", "vor-stellen@x.de"),
    ("two-breaks", "Inte-gra-tion", "Integration"),
    ("acronym-compound", "NRW-Landesverwaltung", "NRW-Landesverwaltung"),
    ("acronym-lowercase", "NRW-weit", "NRW-weit"),
    ("capital-chain", "Best-Practice-Beispielen", "Best-Practice-Beispielen"),
    ("suspended", "Fach- und Führungskräfte", "Fach- und Führungskräfte"),
    ("suspended-across-line", "Fach-\nund Führungskräfte", "Fach-\nund Führungskräfte"),
    ("suspended-lowercase", "mittel- und langfristig", "mittel- und langfristig"),
    ("all-caps", "KOMM-IN", "KOMM-IN"),
    ("place-name", "Nordrhein-Westfalen", "Nordrhein-Westfalen"),
    ("one-letter", "E-Mail", "E-Mail"),
    ("derived-adjective", "nordrhein-westfälischen", "nordrhein-westfälischen"),
    ("adjective-pair", "schwarz-weiß", "schwarz-weiß"),
    ("number-pair", "fünf-zehn", "fünf-zehn"),
    ("unknown-join", "deutsch-französischen", "deutsch-französischen"),
    ("digits", "3-fach", "3-fach"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in HYPHENS], ids=[c[0] for c in HYPHENS]
)
def test_join_soft_hyphens(text: str, expected: str) -> None:
    assert join_soft_hyphens(text) == expected


_CHAIN_PIECES = [
    *("be", "son", "ders", "Landes", "ver", "waltung", "E", "Mail", "und", "NRW", "ä", "é"),
    *("ß", "wei", "schwarz", "fünf", "zehn", ".", "/", "@", "_", "x1", "www.", "a-b"),
    *("-", "-", "- ", "-\n", " -\n ", "-\t\n", "\n", "\n\n", "\r\n", "\u2028", " ", "\t"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CHAIN_PIECES), max_size=40).map("".join))
def test_join_soft_hyphens_by_lines_is_the_chain_regex_over_the_whole_text(text):
    whole = repair._CHAIN.sub(lambda match: repair._join_chain(match[0]), text)
    assert join_soft_hyphens(text) == whole


def test_join_soft_hyphens_scans_only_lines_with_a_hyphen_and_the_next(monkeypatch):
    scanned: list[str] = []
    chain = repair._CHAIN

    class Recording:
        def sub(self, replace, text):
            scanned.append(text)
            return chain.sub(replace, text)

    plain = "Ein Absatz ohne Bindestrich, lang genug, um zu zählen.\n"
    text = plain * 20 + "Die beson-\nders gute Landes-\nverwaltung\n" + plain * 20
    monkeypatch.setattr(repair, "_CHAIN", Recording())
    joined = join_soft_hyphens(text)
    assert "besonders" in joined
    assert scanned == ["Die beson-\nders gute Landes-\nverwaltung"]


LOST = [
    ("from-document", "Zülfiye Kayk?n lobt. Kaykin sagte", "Zülfiye Kaykin lobt. Kaykin sagte"),
    ("most-frequent-variant", "Kayk?n, Kaykın, Kaykın, Kaykin", "Kaykın, Kaykın, Kaykın, Kaykin"),
    ("word-start-from-document", "?ffnung. Die Öffnung", "Öffnung. Die Öffnung"),
    ("from-wordlist", "Die Stra?e ist gesperrt.", "Die Straße ist gesperrt."),
    ("wordlist-umlaut", "Gr?nde", "Gründe"),
    ("unknown-left", "Herr Xyz?q kommt", "Herr Xyz?q kommt"),
    ("word-start-unknown", "?ffnung der Verwaltung", "?ffnung der Verwaltung"),
    (
        "lost-quotes",
        "Staatssekretärin Zülfiye Kaykin: ?Chancen und Teilhabe beginnen vor Ort?",
        "Staatssekretärin Zülfiye Kaykin: „Chancen und Teilhabe beginnen vor Ort“",
    ),
    ("lost-quotes-mid-line", "Er sagte ?Ja? und ging.", "Er sagte „Ja“ und ging."),
    ("question", "Wie geht es weiter?", "Wie geht es weiter?"),
    ("lost-capital-not-quote", "?berall Probleme, oder?", "?berall Probleme, oder?"),
    ("question-then-sentence", "Was nun? Sie wartet.", "Was nun? Sie wartet."),
    ("question-no-space", "Warum?Weil", "Warum?Weil"),
    ("two-questions", "Wer? Wie? Was?", "Wer? Wie? Was?"),
    (
        "url-query",
        "https://x.de/seite.php?id=5 und www.x.de/a?b=c",
        "https://x.de/seite.php?id=5 und www.x.de/a?b=c",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LOST], ids=[c[0] for c in LOST])
def test_restore_lost_chars(text: str, expected: str) -> None:
    assert restore_lost_chars(text) == expected


TIDY = [
    ("spaces", "a  \t b", "a b"),
    ("markdown-line-break", "Zeile  \nnächste", "Zeile\nnächste"),
    ("blank-lines", "\n\n\nx\n\n\n\n\ny\n  \n", "x\n\ny"),
    ("indent", "   eingerückt", "eingerückt"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TIDY], ids=[c[0] for c in TIDY])
def test_tidy_whitespace(text: str, expected: str) -> None:
    assert tidy_whitespace(text) == expected


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_repair_text_is_idempotent_on_seeds(path: Path) -> None:
    once = repair_text(decode_bytes(path.read_bytes()))
    assert repair_text(once) == once


SEED_FACTS = [
    ("000-links", "000", "unter www.interkulturell.nrw.de seine", "](http"),
    ("000-heading", "000", "Staatssekretärin Zülfiye Kaykin unterzeichnet", "## "),
    ("001-teilhabe", "001", "mit dem Teilhabe- und Integrationsgesetz", "Teil-habe"),
    ("001-pmcounter", "001", "Fax: 0211 855-3211\n\nPressekontakt", "pmcounter"),
    ("001-pixel", "001", "Fax: 0211 855-3211", 'width="1"'),
    ("001-compounds", "001", "von Best-Practice-Beispielen profitieren", "Bestpractice"),
    ("002-besonders", "002", "Sprachkenntnisse besonders gefragt", "beson-ders"),
    ("002-kaykin", "002", "Staatssekretärin Kaykın am 15. August", "Kayk?n"),
    ("003-nbsp", "003", "einzigartig in Deutschland.\n", "\xa0"),
    ("004-quotes", "004", "Zülfiye Kaykin: „Chancen und Teilhabe", "?Chancen"),
    ("004-lost-letter", "004", "Zülfiye Kaykin, Staatssekretärin", "Kayk?n"),
]


@pytest.mark.parametrize(
    ("prefix", "present", "absent"), [c[1:] for c in SEED_FACTS], ids=[c[0] for c in SEED_FACTS]
)
def test_repair_text_on_seeds(prefix: str, present: str, absent: str) -> None:
    repaired = repair_text(seed(prefix))
    assert present in repaired
    assert absent not in repaired


def _ftfy_path(text: str) -> str:
    """fix_encoding as it is without the fast path for clean text."""
    import unicodedata

    import ftfy

    from indexer.text.repair import _INVISIBLE, _LINE_BREAK

    text = ftfy.fix_text(text, uncurl_quotes=False)
    return _LINE_BREAK.sub("\n", unicodedata.normalize("NFC", text)).translate(_INVISIBLE)


def test_fast_path_for_clean_text_agrees_with_ftfy(shared):
    import gzip
    import json

    from indexer.text.repair import _CLEAN_TEXT, fix_encoding

    path = shared / "corpora" / "bundestag_wp19_speeches" / "speeches.jsonl.gz"
    texts = [p.read_text("utf-8") for p in SEEDS]
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= 400:
                break
            texts.append(json.loads(line)["text"])
    clean = [t for t in texts if _CLEAN_TEXT.fullmatch(t)]
    assert len(clean) > len(texts) / 2  # the fast path is the common case
    assert all(fix_encoding(t) == _ftfy_path(t) for t in texts)


SPACES = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*SPACES, *"ab.-\n\n"]), max_size=60))
def test_tidy_whitespace_trims_every_line_as_str_strip_does(text):
    """The whole text at once gives what collapsing and stripping line by line gives."""
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    assert tidy_whitespace(text) == re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*"?ab Äß1_.!„“\n-", "www.", "Kayk", "?n"]), max_size=30).map("".join)
)
def test_lost_chars_are_only_restored_where_a_question_mark_precedes_a_letter(text):
    restored = restore_lost_chars(text)
    if not re.search(r"\?[^\W\d_]", text):
        assert restored == text


def _former_best_fill(holed: str, counts) -> str | None:
    """``_best_fill`` as it was: the holed word compared with every word of the document."""
    import itertools

    from indexer.text import wordlist
    from indexer.text.repair import _LETTER, _LOST

    pieces = holed.split("?")
    pattern = re.compile(f"{_LETTER}".join(map(re.escape, pieces)))
    seen = [w for w in counts if pattern.fullmatch(w)]
    if seen:
        return max(seen, key=lambda w: (counts[w], wordlist.frequency(w)))
    if len(pieces) > 3 or not pieces[0]:
        return None
    fills = (
        "".join(p + c for p, c in zip(pieces, (*letters, ""), strict=True))
        for letters in itertools.product(_LOST, repeat=len(pieces) - 1)
    )
    return max(filter(wordlist.is_word, fills), key=wordlist.frequency, default=None)


def _restore_over_the_whole_text(text: str) -> str:
    """``restore_lost_chars`` as it was: both patterns over the whole text, not line by line,
    and each holed word compared with every word of the document."""
    from collections import Counter

    from indexer.text.repair import _HOLED, _QUOTED, _URL, _WORD, _quote

    text = _QUOTED.sub(_quote, text)
    counts: Counter[str] = Counter()
    urls = [m.span() for m in _URL.finditer(text)]

    def restore(match):
        if any(start <= match.start() < end for start, end in urls):
            return match[0]
        if not counts:
            counts.update(_WORD.findall(text))
        return _former_best_fill(match[0], counts) or match[0]

    return _HOLED.sub(restore, text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"?ab Ä1_.!„“\n\n-",
                "https://x.de/?id=",
                "www.",
                "Kayk",
                "?n",
                "Kaykın",
                "?Wir",
                "Ort?",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_lost_chars_restored_line_by_line_as_over_the_whole_text(text):
    assert restore_lost_chars(text) == _restore_over_the_whole_text(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*"abcÄß-\n \t1./@_", "Be-", "ders", "und"]), max_size=40).map("".join)
)
def test_soft_hyphen_chains_found_as_without_possessive_runs(text):
    """The letter runs of the chain pattern give nothing back, which changes no match."""
    from indexer.text.repair import _CHAIN

    backtracking = re.compile(_CHAIN.pattern.replace("{2,}+", "{2,}").replace("]++", "]+"))
    assert backtracking.pattern != _CHAIN.pattern
    assert [m.span() for m in _CHAIN.finditer(text)] == [
        m.span() for m in backtracking.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab \n", *"\u00ad\u200b\u200c\u200d\u2060\ufeff\xa0\u2007\u202f"]
        )
    )
)
def test_invisible_characters_dropped_as_by_their_table(text):
    from indexer.text.repair import _INVISIBLE, _drop_invisible

    assert _drop_invisible(text) == text.translate(_INVISIBLE)
