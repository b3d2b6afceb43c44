"""A traveller named only by office is a person: a stay, flight or landing told of "der ugandische Präsident" or
"die Präsidentin Südafrikas" is a visit, and "seinen brasilianischen Kollegen" names a counterpart."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der südafrikanische Außenminister flog am Montag nach Nairobi.", ("ZAF", "KEN")),
    ("Die Präsidentin Südafrikas war im Mai in Nairobi.", ("ZAF", "KEN")),
    ("Der ugandische Präsident landete am Montag in Lusaka.", ("UGA", "ZMB")),
    ("Der Präsident der Malediven weilte im Mai in Colombo.", ("MDV", "LKA")),
])
def test_a_stay_or_flight_of_a_person_named_by_office(text: str, want: tuple[str, str]) -> None:
    assert [(src, tgt) for _, subtype, src, tgt, _ in found(text) if subtype == "visit"] == [want]


@pytest.mark.parametrize("text", [
    "Südafrika war im Mai in Nairobi.",
    "Die Armee Südafrikas war im Mai in Maputo.",
    "Ein Flugzeug aus Südafrika landete am Montag in Nairobi.",
])
def test_a_state_army_or_aircraft_makes_no_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Der Außenminister Perus traf in Brasília seinen brasilianischen Kollegen.",
     [("CONSULT", "meeting", "PER", "BRA", "occurred")]),
    ("Der kenianische Außenminister hat am Montag mit seiner somalischen Kollegin telefoniert.",
     [("CONSULT", "phone_call", "KEN", "SOM", "occurred")]),
])
def test_a_colleague_with_a_country_adjective_is_the_counterpart(text: str, want: list) -> None:
    assert found(text) == want
