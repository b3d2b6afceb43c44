"""Corpus linking: an English 'j' after a vowel may stand for the German 'dsch' (Najib / Nadschib)."""

from __future__ import annotations

import pytest

from chronik.model import Entity
from chronik.resolve.entities import build_kb
from chronik.resolve.keys import keys_match


@pytest.mark.parametrize(("german", "english"), [("Nadschib", "Najib"), ("Radschiv", "Rajiv"), ("Tokajew", "Tokayev")])
def test_the_two_spellings_share_a_key(german: str, english: str) -> None:
    assert keys_match(german, english)


def test_two_spellings_of_one_person_are_one_entity() -> None:
    kb = build_kb([("d1", Entity("PER", "Radschiv Tschandrasekhar", ["Radschiv Tschandrasekhar", "Tschandrasekhar"],
                                 "IND", [])),
                   ("d2", Entity("PER", "Rajiv Chandrasekhar", ["Rajiv Chandrasekhar"], None, []))])
    assert len(kb) == 1


def test_other_given_names_stay_apart() -> None:
    kb = build_kb([("d1", Entity("PER", "Nadschib Haddad", ["Nadschib Haddad"], "LBN", [])),
                   ("d2", Entity("PER", "Naim Haddad", ["Naim Haddad"], "LBN", []))])
    assert len(kb) == 2
