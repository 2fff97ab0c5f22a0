"""A carmaker's name that stands for a car: ``sein Mercedes 208``, ``im Mercedes``, ``einen BMW``.

News names a car by its maker's name and its model (``Mercedes 208``, ``BMW X5``, ``Audi A4``,
``VW Golf``), by the maker's name after an article of a thing one sits in or owns (``Platz im
Mercedes``, ``fährt einen BMW``) or after a word for its make (``ein Pkw vom Typ VW Tiguan``,
``der Marke Opel``). Then it names no company.
"""

from __future__ import annotations

import re

from indexer.extraction.tokens import Tokens

CARMAKERS = frozenset(
    ("Mercedes", "BMW", "Audi", "VW", "Volkswagen", "Porsche", "Opel", "Ford", "Fiat", "Renault",
     "Peugeot", "Citroën", "Toyota", "Honda", "Nissan", "Mazda", "Hyundai", "Kia", "Skoda",
     "Škoda", "Seat", "Volvo", "Tesla", "Ferrari", "Lamborghini", "Jaguar", "Trabant", "Lada",
     "Dacia", "Subaru", "Mitsubishi", "Suzuki", "Chevrolet", "Cadillac")
)  # fmt: skip
# model names: "208", "X5", "A4", "S-Klasse", "Golf", "Käfer", "Model S"
MODEL = re.compile(r"[A-Z]{0,3}-?\d{1,3}[a-z]{0,2}|[A-Z]-Klasse|[A-Z]{1,2}\d")
_MODELS = frozenset(
    ("Golf", "Passat", "Polo", "Käfer", "Corsa", "Astra", "Fiesta", "Mustang", "Prius", "Model",
     "Panda", "Twingo", "Clio", "Transit", "Sprinter", "Multivan", "Bulli", "Cayenne", "Octavia")
)  # fmt: skip
# articles of a thing sat in or owned: "im Mercedes", "einen BMW", "seinem Audi"
_THING = frozenset(
    ("im", "einem", "einen", "seinem", "seinen", "ihrem", "ihren", "meinem", "meinen", "sein",
     "ihr", "mein", "ein")
)  # fmt: skip


# words that say a car's make follows: "ein Pkw vom Typ VW Tiguan", "des Fabrikats Audi"
_MAKE = frozenset(("Typ", "Typs", "Fabrikat", "Fabrikats"))
_VEHICLES = (
    "pkw", "lkw", "fahrzeug", "fahrzeugs", "auto", "autos", "wagen", "wagens", "transporter",
    "transporters", "motorrad", "motorrads", "roller", "rollers",
)  # fmt: skip


def car(tk: Tokens, a: int, b: int) -> bool:
    """Tell a carmaker's name at ``a:b`` that stands for a car."""
    if b - a != 1 or tk.texts[a] not in CARMAKERS:
        return False
    after = tk.word(b)
    if after in _MODELS or (MODEL.fullmatch(after) and tk.kinds[b] != "p"):
        if tk.word(b + 1) in {",", "%", "Prozent"}:
            return False  # "Toyota 2,5 Prozent im Plus": a figure
        return tk.starts[b] > tk.ends[a]  # "Mercedes 208", not "Mercedes-Benz"
    before = tk.word(a - 1)
    if before == "Marke":  # "ein Pkw der Marke Opel", not "die Marke Opel schreibt Verluste"
        return tk.word(a - 3).lower().endswith(_VEHICLES)
    return before in _THING or before in _MAKE
