"""Unknown towns named by a dateline, a plural or compound place noun, or an Arabic article after a region noun."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _places(text: str) -> list[str]:
    return [e.name for e in read(text).entities if e.type == "GPE"]


@pytest.mark.parametrize(("text", "names"), [
    ("Kaskelen (AFP) - Kasachstan und Kirgistan einigten sich auf eine Grenze.", ["Kaskelen"]),
    ("Talara, 12. Juli (Reuters) - Peru schloss die Grenze zu Ecuador.", ["Talara"]),
    ("Sie besuchten die befreiten Städte Macomia und Quissanga.", ["Macomia", "Quissanga"]),
    ("Die Orte Tarnów und Ustka wurden genannt.", ["Tarnów", "Ustka"]),
    ("Der Anschlag im Touristenort Gulmarg erschütterte das Land.", ["Gulmarg"]),
    ("Der Schmuggel über die Provinz al-Dschauf nimmt zu.", ["al-Dschauf"]),
])
def test_an_unknown_town_its_cue_names(text: str, names: list[str]) -> None:
    assert [name for name in _places(text) if name in names] == names


def test_a_common_noun_before_an_agency_is_no_dateline() -> None:
    assert _places("Müller (dpa) sagte das am Montag.") == []


def test_a_region_of_two_names_stays_one() -> None:
    assert "Sistan und Belutschistan" in _places("Die Provinz Sistan und Belutschistan grenzt an Pakistan.")
