"""Genitives of country names ending in -e and everyday short names ("Sierra Leones", "Bruneis", "Burkinas")."""

from __future__ import annotations

import pytest

from chronik.language.gazetteer import lookup_place
from tests.entity_reading import read


@pytest.mark.parametrize(("form", "iso3"), [
    ("Sierra Leones", "SLE"), ("Timor-Lestes", "TLS"), ("Brunei", "BRN"), ("Bruneis", "BRN"), ("Burkinas", "BFA"),
])
def test_the_form_names_its_country(form: str, iso3: str) -> None:
    place = lookup_place(form)
    assert place is not None and place.country == iso3


def test_a_genitive_in_a_sentence_is_the_country_not_a_person() -> None:
    layer = read("Sierra Leones Außenminister reiste nach der Aufnahme Timor-Lestes nach Dili.")
    assert {(e.type, e.country) for e in layer.entities if e.type != "PER"} >= {("GPE", "SLE"), ("GPE", "TLS")}
    assert not [e for e in layer.entities if e.type == "PER" and "Sierra" in e.name]
