"""Frequent German organisations that releases name without a head noun or only by acronym.

A curated list, written by hand for pressesuche from general knowledge (no data set was copied):
federal bodies, courts, parties' parliaments, wire services, broadcasters, unions, churches,
science organisations, welfare associations, large companies and international bodies. Each line
is ``Full name | acronym | other names``; the facet value is the full name, the others become
aliases. Names are matched case-sensitively as whole tokens (``EU`` but not ``eu`` in a URL), a
genitive ``-s``/``-es`` of the last word included (``des Umweltbundesamtes``). An acronym in a
dateline tag (``Berlin (dpa)``) is the distributing wire service and not matched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from indexer.extraction.tokens import Tokens, split_tokens

_LIST = """
Bundesregierung | |
Bundeskabinett | |
Deutscher Bundestag | | Bundestag
Bundesrat | |
Bundesverfassungsgericht | BVerfG |
Bundesgerichtshof | BGH |
Bundesverwaltungsgericht | BVerwG |
Bundessozialgericht | BSG |
Bundesarbeitsgericht | BAG |
Bundesfinanzhof | BFH |
Europäischer Gerichtshof | EuGH |
Bundeskanzleramt | |
Auswärtiges Amt | |
Bundespräsidialamt | |
Presse- und Informationsamt der Bundesregierung | BPA |
Bundeswehr | |
Bundespolizei | |
Bundeskriminalamt | BKA |
Bundesnachrichtendienst | BND |
Bundesamt für Verfassungsschutz | BfV |
Bundesamt für Sicherheit in der Informationstechnik | BSI |
Bundesamt für Migration und Flüchtlinge | BAMF |
Bundesamt für Strahlenschutz | BfS |
Bundesagentur für Arbeit | | Arbeitsagentur
Bundesanstalt für Finanzdienstleistungsaufsicht | BaFin |
Bundesnetzagentur | BNetzA |
Bundeskartellamt | |
Statistisches Bundesamt | Destatis |
Umweltbundesamt | UBA |
Robert Koch-Institut | RKI | Robert-Koch-Institut
Paul-Ehrlich-Institut | PEI |
Bundesinstitut für Risikobewertung | BfR |
Bundeszentrale für politische Bildung | bpb |
Bundesanstalt Technisches Hilfswerk | THW | Technisches Hilfswerk
Deutsche Bundesbank | | Bundesbank
Kreditanstalt für Wiederaufbau | KfW | KfW Bankengruppe
Deutsche Rentenversicherung | DRV |
Bundesministerium für Bildung und Forschung | BMBF |
Bundesministerium für Wirtschaft und Klimaschutz | BMWK |
Bundesministerium der Finanzen | BMF | Bundesfinanzministerium
Bundesministerium des Innern | | Bundesinnenministerium
Bundesministerium der Justiz | BMJ | Bundesjustizministerium
Bundesministerium für Gesundheit | BMG | Bundesgesundheitsministerium
Bundesministerium für Arbeit und Soziales | BMAS | Bundesarbeitsministerium
Bundesministerium der Verteidigung | BMVg | Bundesverteidigungsministerium
Bundesministerium für Umwelt, Naturschutz und nukleare Sicherheit | BMU | Bundesumweltministerium
Bundesministerium für Familie, Senioren, Frauen und Jugend | BMFSFJ | Bundesfamilienministerium
Bundesministerium für Ernährung und Landwirtschaft | BMEL | Bundeslandwirtschaftsministerium
Bundesministerium für Verkehr und digitale Infrastruktur | BMVI | Bundesverkehrsministerium
Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung | BMZ | Entwicklungsministerium
Europäische Union | EU |
Europäische Kommission | | EU-Kommission
Europäisches Parlament | | EU-Parlament
Europäische Zentralbank | EZB |
Europäische Weltraumorganisation | ESA |
Vereinte Nationen | UN | UNO
Weltgesundheitsorganisation | WHO |
Internationaler Währungsfonds | IWF |
Organisation für wirtschaftliche Zusammenarbeit und Entwicklung | OECD |
NATO | |
UNICEF | |
UNESCO | |
Deutsche Presse-Agentur | dpa |
Evangelischer Pressedienst | epd |
Katholische Nachrichten-Agentur | KNA |
Agence France-Presse | AFP |
Reuters | |
Arbeitsgemeinschaft der öffentlich-rechtlichen Rundfunkanstalten | ARD |
Zweites Deutsches Fernsehen | ZDF |
Westdeutscher Rundfunk | WDR |
Norddeutscher Rundfunk | NDR |
Südwestrundfunk | SWR |
Mitteldeutscher Rundfunk | MDR |
Hessischer Rundfunk | |
Bayerischer Rundfunk | |
Rundfunk Berlin-Brandenburg | RBB | rbb
Deutschlandfunk | |
Deutsche Welle | |
Deutscher Gewerkschaftsbund | DGB |
Vereinte Dienstleistungsgewerkschaft | | ver.di
IG Metall | |
IG Bergbau, Chemie, Energie | IG BCE |
Gewerkschaft Erziehung und Wissenschaft | GEW |
Gewerkschaft der Polizei | GdP |
Deutsche Polizeigewerkschaft | DPolG |
Marburger Bund | |
Bundesverband der Deutschen Industrie | BDI |
Bundesvereinigung der Deutschen Arbeitgeberverbände | BDA |
Deutscher Industrie- und Handelskammertag | DIHK |
Zentralverband des Deutschen Handwerks | ZDH |
Bitkom | |
Verband der Automobilindustrie | VDA |
Verband Deutscher Maschinen- und Anlagenbau | VDMA |
Deutscher Bauernverband | DBV |
Deutscher Städtetag | |
Deutscher Landkreistag | |
Deutscher Städte- und Gemeindebund | DStGB |
Verbraucherzentrale Bundesverband | vzbv |
Stiftung Warentest | |
Allgemeiner Deutscher Automobil-Club | ADAC |
Deutsches Rotes Kreuz | DRK |
Arbeiterwohlfahrt | AWO |
Caritas | |
Deutscher Caritasverband | |
Diakonie Deutschland | |
Der Paritätische Gesamtverband | | Paritätischer Wohlfahrtsverband
Malteser Hilfsdienst | |
Johanniter-Unfall-Hilfe | |
Arbeiter-Samariter-Bund | ASB |
Deutsche Lebens-Rettungs-Gesellschaft | DLRG |
Bund für Umwelt und Naturschutz Deutschland | BUND |
Naturschutzbund Deutschland | NABU |
World Wide Fund For Nature | WWF |
Greenpeace | |
Deutsche Umwelthilfe | DUH |
Amnesty International | |
Transparency International | |
Ärzte ohne Grenzen | |
Fridays for Future | |
Evangelische Kirche in Deutschland | EKD |
Deutsche Bischofskonferenz | DBK |
Zentralkomitee der deutschen Katholiken | ZdK |
Zentralrat der Juden in Deutschland | |
Zentralrat der Muslime in Deutschland | ZMD |
Deutsche Forschungsgemeinschaft | DFG |
Deutscher Akademischer Austauschdienst | DAAD |
Max-Planck-Gesellschaft | MPG |
Fraunhofer-Gesellschaft | |
Helmholtz-Gemeinschaft | |
Leibniz-Gemeinschaft | |
Alexander von Humboldt-Stiftung | | Humboldt-Stiftung
Hochschulrektorenkonferenz | HRK |
Kultusministerkonferenz | KMK |
Wissenschaftsrat | |
Deutsches Zentrum für Luft- und Raumfahrt | DLR |
Informationsdienst Wissenschaft | idw |
Deutscher Fußball-Bund | DFB |
Deutsche Fußball Liga | DFL |
Deutscher Olympischer Sportbund | DOSB |
Internationales Olympisches Komitee | IOC |
Deutsche Bahn | | Deutsche Bahn AG
Deutsche Telekom | | Telekom
Deutsche Post | | Deutsche Post DHL
Deutsche Bank | |
Commerzbank | |
Lufthansa | | Deutsche Lufthansa
Siemens | | Siemens AG
Volkswagen | VW |
BMW | |
Mercedes-Benz | |
Daimler | |
Opel | |
Porsche | |
Bosch | |
BASF | |
Bayer | |
SAP | |
Google | |
Apple | |
Microsoft | |
Amazon | |
Facebook | |
Tesla | |
"""


@dataclass(frozen=True)
class Known:
    """A curated organisation: the name shown and its acronym."""

    name: str
    acronym: str | None


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], Known]]]:
    """Map a first token to the token sequences starting with it, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
    for line in _LIST.strip().splitlines():
        name, acronym, others = (part.strip() for part in line.split("|"))
        known = Known(name, acronym or None)
        names = {name, *(o.strip() for o in others.split(",") if o.strip())}
        if acronym:
            names.add(acronym)
        for written in names:
            tokens = (
                tuple(split_tokens(written).texts)
                if " " in written or "." in written
                else (written,)
            )
            variants = {tokens}
            last = tokens[-1]
            if len(last) > 4 and not last.isupper() and not last.endswith("s"):
                variants |= {(*tokens[:-1], last + "s"), (*tokens[:-1], last + "es")}
            for variant in variants:
                index.setdefault(variant[0], []).append((variant, known))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@lru_cache(maxsize=1)
def single_word_names() -> frozenset[str]:
    """Return the lowercased curated names of one word (``arbeiterwohlfahrt``, ``siemens``)."""
    return frozenset(
        line.split("|")[0].strip().lower()
        for line in _LIST.strip().splitlines()
        if " " not in line.split("|")[0].strip()
    )


def find_known(tk: Tokens) -> list[tuple[int, int, Known]]:
    """Return ``(first token, token after, organisation)`` for each curated name in ``tk``."""
    index, texts, kinds = _index(), tk.texts, tk.kinds
    found, after = [], 0
    # most tokens start no curated name: only those that do are looked at
    for i in compress(range(len(texts)), map(index.__contains__, texts)):
        if i < after or kinds[i] != "w":
            continue
        for tokens, known in index[texts[i]]:
            end = i + len(tokens)
            if tuple(texts[i:end]) == tokens and _whole(tk, i, end):
                if not _wire_tag(tk, i, end):
                    found.append((i, end, known))
                    after = end
                break
    return found


def _whole(tk: Tokens, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` stand alone: not glued to a hyphen or a word (``EU-weit``)."""
    text = tk.text
    before = text[tk.starts[a] - 1] if tk.starts[a] else " "
    after = text[tk.ends[b - 1]] if tk.ends[b - 1] < len(text) else " "
    return before not in "-/@." and after not in "-@" and not after.isalnum()


def _wire_tag(tk: Tokens, a: int, b: int) -> bool:
    """Tell a dateline's wire tag (``Berlin (dpa) -``, ``(epd)``) from a name in the prose."""
    texts = tk.texts
    return (
        b - a == 1
        and a > 0
        and texts[a - 1] == "("
        and tk.word(b) == ")"
        and (texts[a].islower() or texts[a] in {"AFP", "KNA"})
    )
