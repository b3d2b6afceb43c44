"""Corpus linking: two long place names are not one place because their initials agree."""

from __future__ import annotations

from chronik.model import Entity
from chronik.resolve.entities import build_kb


def test_places_with_the_same_initials_stay_apart() -> None:
    kb = build_kb([("d1", Entity("GPE", "Bundesrepublik Deutschland", ["Bundesrepublik Deutschland", "Deutschland"],
                                 "DEU", [])),
                   ("d2", Entity("GPE", "Bac Dinh", ["Bac Dinh"], None, []))])
    assert len(kb) == 2


def test_an_acronym_still_joins_its_long_name() -> None:
    kb = build_kb([("d1", Entity("GPE", "Vereinigte Arabische Emirate", ["Vereinigte Arabische Emirate"], "ARE", [])),
                   ("d2", Entity("GPE", "VAE", ["VAE"], "ARE", []))])
    assert len(kb) == 1
