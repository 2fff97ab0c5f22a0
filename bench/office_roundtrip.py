"""Round trip of real press releases through PDF: typeset, read back, compare.

The texts are the 150 annotated releases in ``../shared/corpora/pressemitteilungen_dev`` (nobody
here wrote them); the layout is ours: lines of at most 90 characters, long words hyphenated at the
line end (a word with a hyphen breaks at it), 40 lines a page under a running header and over a
"Seite n von m" footer. Measured: the share of the original words read back, the words that come
back wrong (a hyphen left in, a header word), and whether date, persons, organisations and quotes
come out as from the plain text. Baseline: pypdf's own text of the same files, pages joined.

    .venv/bin/python -m bench.office_roundtrip
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter

from pypdf import PdfReader

from evaluation.extraction import shared_dir
from indexer.build.release import prepare
from indexer.extraction.names import name_key
from indexer.text.corpus import SourceRecord
from indexer.text.office import read_pdf
from tests.office_files import pdf_bytes

WIDTH = 90
PAGE_LINES = 40
HEADER = "Pressestelle · Mitteilung für die Medien · bitte Sperrfrist beachten"


def wrap(paragraph: str) -> list[str]:
    """Break a paragraph into lines of at most WIDTH characters, hyphenating long words."""
    lines, line = [], ""
    for word in paragraph.split():
        room = WIDTH - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
            continue
        if "-" in word[1:-1] and word.index("-", 1) + 1 <= room:
            cut = word.index("-", 1) + 1  # "Nordrhein-" | "Westfalen"
            head, word = word[:cut], word[cut:]
            lines.append(f"{line} {head}" if line else head)
            line = word
            continue
        if word.isalpha() and len(word) >= 8 and room >= 4:
            cut = min(room - 1, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            line = word[cut:]
            continue
        lines.append(line)
        line = word
    return [*lines, line] if line else lines


def typeset(title: str, text: str, page_lines: int = PAGE_LINES) -> bytes:
    lines = [title, ""]
    for line in text.split("\n"):  # each line of the text is set on its own line(s)
        lines += wrap(" ".join(line.split())) or [""]  # a blank line leaves a gap
    body = [line for n, line in enumerate(lines) if line or lines[n - 1]] or ["-"]
    pages = [body[i : i + page_lines] for i in range(0, len(body), page_lines)]
    count = len(pages)
    laid = [[HEADER, "", *page, "", f"Seite {n} von {count}"] for n, page in enumerate(pages, 1)]
    return pdf_bytes(laid, title=title)


def encodable(text: str) -> str:
    return text.encode("cp1252", "replace").decode("cp1252")


def main() -> int:
    page_lines = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else PAGE_LINES
    path = shared_dir() / "corpora" / "pressemitteilungen_dev" / "releases.jsonl"
    if not path.exists():
        print(f"{path} fehlt", file=sys.stderr)
        return 1
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    totals = Counter()
    for record in records:
        title, text = encodable(record.get("title") or ""), encodable(record["text"])
        data = typeset(title, text, page_lines)
        original = Counter(f"{title}\n{text}".split())
        ours = Counter(read_pdf(data).text.split())
        raw_text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        raw = Counter(raw_text.split())
        totals["words"] += sum(original.values())
        for name, got in (("ours", ours), ("pypdf", raw)):
            totals[f"{name}_found"] += sum((got & original).values())
            totals[f"{name}_wrong"] += sum((got - original).values())
        totals["pages"] += len(PdfReader(io.BytesIO(data)).pages) > 1
        totals["header_left"] += read_pdf(data).text.count("Sperrfrist") - text.count("Sperrfrist")
        if "-v" in sys.argv:
            print(record["id"], sorted((ours - original).elements())[:12])
        plain = prepare(SourceRecord("x", "x", "x", "txt", text, {"title": title}))
        pdf = prepare(SourceRecord("x", "x", "x", "pdf", data, {}))
        totals["releases"] += 1
        gold = record.get("gold") or {}
        wanted = {name_key(x) for x in gold.get("persons") or []}
        optional = {name_key(x) for x in gold.get("persons_optional") or []}
        for name, release in (("plain", plain), ("pdf", pdf)):
            got = {name_key(x) for x in release.persons} - optional
            totals[f"{name}_persons_right"] += len(got & wanted)
            totals[f"{name}_persons_said"] += len(got)
            if gold.get("date"):
                totals[f"{name}_date_right"] += release.date == gold["date"]
        totals["gold_persons"] += len(wanted)
        totals["gold_dates"] += bool(gold.get("date"))
        totals["title_same"] += pdf.title == plain.title
        totals["date_same"] += pdf.date == plain.date
        if "-d" in sys.argv and pdf.date != plain.date:
            print(record["id"], plain.date, pdf.date)
        totals["persons_same"] += set(pdf.persons) == set(plain.persons)
        totals["organisations_same"] += set(pdf.organisations) == set(plain.organisations)
        quotes = lambda r: Counter((q["text"], q["speaker"]) for q in r.quotes)  # noqa: E731
        totals["quotes_plain"] += sum(quotes(plain).values())
        totals["quotes_same"] += sum((quotes(pdf) & quotes(plain)).values())
    words, n = totals["words"], totals["releases"]
    for name in ("ours", "pypdf"):
        print(
            f"{name:6} words back {totals[f'{name}_found'] / words:.2%}, "
            f"wrong words {totals[f'{name}_wrong']} of {words}"
        )
    print(f"{totals['pages']} of {n} releases take more than one page of {page_lines} lines")
    print(f"running header lines left in our text: {totals['header_left']}")
    for key in ("title", "date", "persons", "organisations"):
        print(f"{key:14} same as from the text: {totals[f'{key}_same']}/{n}")
    print(f"quotes (text and speaker) same: {totals['quotes_same']}/{totals['quotes_plain']}")
    for name in ("plain", "pdf"):
        right, said = totals[f"{name}_persons_right"], totals[f"{name}_persons_said"]
        print(
            f"against the gold, from {name:5}: persons P {right / said:.3f} "
            f"R {right / totals['gold_persons']:.3f}, "
            f"dates {totals[f'{name}_date_right']}/{totals['gold_dates']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
