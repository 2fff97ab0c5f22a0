"""Role nouns and endings no name has are found by suffix lookups, exactly where the regexes
of ``role_words`` and ``name_words`` find them."""

from __future__ import annotations

import pytest

from indexer.extraction import lexicon, role_words
from indexer.extraction.name_words import _NOT_NAME_SUFFIX, _not_name_suffix
from indexer.extraction.role_words import _ROLE, _role_ending, is_role


def _by_regex(word: str) -> bool:
    return word[:1].isupper() and _ROLE.search(word) is not None


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Landrat", True),
        ("Landratsamt", False),
        ("Staatssekretärin", True),
        ("Ministerpräsidentinnen", True),
        ("Bundesministers", True),
        ("Oberbürgermeisterin", True),
        ("Kreisschulleiter", True),
        ("Gymnasiallehrerin", True),  # a tail after another word
        ("Lehrer", False),  # a tail alone is no role
        ("Konzern-Boss", True),
        ("Präsidentschaft", False),
        ("Ministerium", False),
        ("Müller", False),
        ("minister", False),  # lowercase: no noun
        ("MINISTERIN", True),
        ("Minister\n", True),  # the regex's $ before a final newline
        ("Bundesminister Müller", False),
        ("Sprecher-", False),
    ],
    ids=str,
)
def test_role_words(word, role):
    assert is_role.__wrapped__(word) is role
    assert _by_regex(word) is role


def test_suffix_lookups_agree_with_the_regex_on_every_stem_and_ending():
    words = set()
    stems = sorted(role_words._ROLE_WORDS | role_words._ROLE_TAIL_WORDS)
    for stem in stems:
        for ending in (*role_words._ROLE_ENDINGS, "ern", "es", "ung", "-", "x"):
            for before in ("", "A", "Bundes", "Ober-", "-"):
                word = before + stem + ending
                words |= {word[:1].upper() + word[1:], word.upper(), word.capitalize()}
    for word in sorted(words):
        assert is_role.__wrapped__(word) == _by_regex(word), word


def test_role_endings_are_looked_up_not_searched():
    assert _role_ending("staatssekretärinnen")
    assert not _role_ending("staatssekretariat")


@pytest.mark.parametrize(
    ("low", "ending"),
    [
        ("gmbh", True),
        ("gmbh\n", True),  # the regex's $ before a final newline
        ("verwaltung", True),
        ("dung", False),  # four letters before -ung
        ("ab-cung", False),
        ("pressestelle", True),
        ("-stelle", False),
        ("stelle", False),
        ("kindergarten", False),
        ("schmidt", False),
        ("organisationen", True),
        ("ärzteschaften", True),
    ],
    ids=repr,
)
def test_endings_no_name_has(low, ending):
    assert _not_name_suffix(low) is ending
    assert (_NOT_NAME_SUFFIX.search(low) is not None) is ending


def test_ending_lookups_agree_with_the_regex():
    ends = (
        lexicon.NOT_NAME_ENDINGS
        | lexicon.NOT_NAME_FORMS
        | lexicon.NOT_NAME_TAILS
        | lexicon.FIRM_KINDS
        | lexicon.NOT_NAME_PLURALS
        | {"ung", "gmbh", "ag", "kg", "ev"}
    )
    words = {
        before + end + after
        for end in ends
        for before in ("", "a", "ab", "abc", "abcd", "-", "a-", "ab-c", "abc-", "-abcd", "ä")
        for after in ("", "s", "-", "x", "\n")
    }
    for word in sorted(words):
        assert _not_name_suffix(word) == (_NOT_NAME_SUFFIX.search(word) is not None), word
