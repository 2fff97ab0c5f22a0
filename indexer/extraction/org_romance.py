"""Bodies of France, Italy, Spain and Portugal by their head word, which comes first.

``Université de Lyon``, ``Universidad de Salamanca``, ``Compagnia Aerea Italiana``, ``Banco
Popular``, ``Teatro alla Scala``, ``Musée du Louvre``, ``Société Générale``: a Romance word for a
company, bank, university, school, museum, theatre, foundation, party, ministry, court or council,
then capitalised words joined by the small words of these languages (``de``, ``del``, ``della``,
``du``, ``des``, ``alla`` …), ending in a capitalised word. A German word ends the name (``im
Teatro Colón Konzerte``), unless a joining word stands before it (``Museo del Prado``): the name
is foreign, the sentence is not.
"""

from __future__ import annotations

import re

from indexer.extraction.lexicon import STOPWORDS
from indexer.extraction.org_shapes import OrgMention
from indexer.extraction.places import is_place
from indexer.extraction.tokens import Tokens
from indexer.text.wordlist import is_word

_HEADS = frozenset(
    ("Compagnia", "Compagnie", "Compañía", "Companhia", "Società", "Société", "Sociedad",
     "Sociedade", "Banco", "Banca", "Banque", "Grupo", "Gruppo", "Groupe", "Instituto",
     "Istituto", "Universidad", "Università", "Université", "Universidade", "Universitat",
     "Partido", "Partito", "Fondazione", "Fundación", "Fondation", "Fundação", "Museo", "Musée",
     "Museu", "Teatro", "Théâtre", "Agence", "Agencia", "Agenzia", "Federazione", "Federación",
     "Confédération", "Confederación", "Asociación", "Associazione", "Associação", "Ministerio",
     "Ministero", "Ministère", "Comité", "Comitato", "Comisión", "Commissione", "Consejo",
     "Consiglio", "Conseil", "Cour", "Escuela", "École", "Scuola", "Escola", "Accademia",
     "Académie", "Orchestre", "Orquesta", "Biblioteca", "Bibliothèque", "Ospedale", "Hôpital")
)  # fmt: skip
_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Ý]\w+")
_LINKS = frozenset(
    ("de", "di", "del", "della", "delle", "dei", "degli", "des", "du", "la", "le", "les", "y",
     "e", "et", "per", "pour", "da", "do", "dos", "das", "alla", "al", "d'", "l'")
)  # fmt: skip


def romance_names(tk: Tokens, blocked: set[int]) -> list[OrgMention]:
    """Find a Romance body: its head word, then capitalised words and small joining words."""
    texts, starts, ends, kinds = tk.texts, tk.starts, tk.ends, tk.kinds
    n, found = len(texts), []
    for i in tk.where(_HEADS, 0, n - 1):
        if starts[i] in blocked:
            continue
        last, j = i, i + 1
        while j < n and kinds[j] == "w" and starts[j] not in blocked:
            if "\n" in tk.text[ends[j - 1] : starts[j]]:
                break
            word = texts[j]
            if word in _LINKS:
                j += 1
                continue
            if _ELIDED.fullmatch(word):
                last, j = j, j + 1  # "Banca d'Italia"
                continue
            if not tk.capital[j] or word.lower() in STOPWORDS:
                break
            if texts[j - 1] not in _LINKS and (_german(word) or (last > i and is_place(word))):
                break  # "im Teatro Colón Konzerte", "Musée du Louvre Paris"; "Museo del Prado"
            last, j = j, j + 1
        if last > i:
            found.append(OrgMention(tk.text[starts[i] : ends[last]], starts[i], ends[last]))
    return found


def _german(word: str) -> bool:
    """Tell a German word that is no place (``Konzerte``, not ``Lyon``)."""
    return is_word(word) and not is_place(word)
