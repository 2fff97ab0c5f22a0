"""The English head words of the names of bodies, in one place for the rules that read them.

``ENGLISH_BODIES`` end English names of bodies (``Royal Air Force``, ``… Foundation``): an acronym
spelled by such a name (``org_acronyms``) and English names without one (``org_english``, which
leaves out the words that end terms as often). ``COMPLEMENT_HEADS`` take an English complement
(``Institute of Technology``, ``org_heads``); ``HEADS_AFTER_NAMES`` make a run of name words a
firm's, school's or body's name (``Sean Daniel Company``, ``name_context``). The three differ on
purpose and are kept apart: a word of ``ENGLISH_BODIES`` that ends English surnames too
(``Court``, ``Bank``, ``Press``) would make persons such as ``Margaret Court`` bodies.
"""

from __future__ import annotations

from indexer.extraction.lexicon import word_set

# an English name ends in a word for a body; other English words spell terms ("General Public
# License", "Master of Business Administration", "Large Hadron Collider")
ENGLISH_BODIES = frozenset(
    ("association", "agency", "authority", "bank", "board", "bureau", "commission", "committee",
     "company", "corporation", "council", "federation", "forces", "foundation", "fund", "group",
     "hub", "institute", "international", "league", "network", "organization", "organisation",
     "party", "service", "services", "society", "times", "union", "university", "college",
     "school", "systems", "technologies", "technology", "watch", "airlines", "airways", "motors",
     "automobiles", "electric", "insurance", "partners", "capital", "holdings", "industries",
     "media", "news", "press", "radio", "records", "entertainment", "energy", "department",
     "office", "army", "navy", "force", "police", "court", "club", "team", "alliance", "trust",
     "museum", "theatre", "theater", "laboratory", "laboratories", "labs", "center", "centre")
)  # fmt: skip

# heads that take an English complement: "Institute of Technology", "Council on Foreign Relations"
COMPLEMENT_HEADS = word_set("institute council federation laboratory university college")

# English heads of the names of firms, schools and bodies, after a person's name ("Sean Daniel
# Company", "George Washington University", "Bill & Melinda Gates Foundation")
HEADS_AFTER_NAMES = word_set(
    "company university corporation foundation institute institution society academy "
    "association council committee agency authority orchestra hospital airport stadium "
    "pictures productions publishing inc corp ltd llc plc "
    # brands and firms named after persons ("Warner Bros.", "Getty Images", "Booz Surveys")
    "bros images surveys games interactive "
    # places and buildings named after persons ("James River", "Mansueto Library")
    "river creek county library college museum centre center"
)
