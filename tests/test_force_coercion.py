"""Coercion against another country's people: arrests of people named by where they come from,
deportations of nationals, seizures."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def _pairs(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, _sub, s, t, _status in found(text) if k == kind}


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Marine Eritreas nahm 14 Fischer aus Dschibuti fest.", ("ERI", "DJI")),
    ("Soldaten Nigers haben zwei Gendarmen der Elfenbeinküste festgenommen.", ("NER", "CIV")),
    ("Die Küstenwache Indonesiens hat seit März mehr als 30 Fischer aus Vietnam festgesetzt.", ("IDN", "VNM")),
    ("Tansanische Polizisten griffen am Montag sieben kenianische Fischer auf dem See auf.", ("TZA", "KEN")),
    ("Die Behörden Malaysias schoben im Mai Hunderte Indonesier ab.", ("MYS", "IDN")),
])
def test_arrests_and_deportations_of_foreigners(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "COERCE")


@pytest.mark.parametrize("text", [
    "Soldaten der Präsidialgarde haben den Präsidenten in seiner Residenz festgesetzt.",
    "Die Polizei in Nairobi nahm am Montag drei Demonstranten fest.",
    "Der Minister schob die Verantwortung auf die Opposition ab.",
])
def test_domestic_arrests_are_no_coercion(text: str) -> None:
    assert not _pairs(text, "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("Seit Dienstag kontrolliert auch Tschechien an der Grenze zu Polen.", ("CZE", "POL")),
    ("Usbekistan führte wieder Grenzkontrollen an der Grenze zu Tadschikistan ein.", ("UZB", "TJK")),
    ("Finnland stoppte den Transit russischer Düngemittel.", ("FIN", "RUS")),
    ("Ungarn protestierte. Serbien hat am Montag den Übergang bei Subotica für Lastwagen geschlossen.", ("SRB", "HUN")),
    ("Im Mai beschossen armenische Grenzschützer einen aserbaidschanischen Posten.", ("ARM", "AZE")),
    ("Im März nahmen eritreische Soldaten zwei äthiopische Bauern fest.", ("ERI", "ETH")),
    ("Im Februar hat Belarus den litauischen Außenminister auf eine Fahndungsliste gesetzt.", ("BLR", "LTU")),
])
def test_border_checks_transit_stops_and_inverted_agents(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "COERCE") | _pairs(text, "ASSAULT")


def test_crossings_shut_by_the_weather_are_no_coercion() -> None:
    assert not _pairs("Wegen des Hochwassers sind die Übergänge nach Serbien seit Montag gesperrt.", "COERCE")


def test_ship_boarded_by_guards_of_another_state() -> None:
    text = "Die iranischen Revolutionsgarden brachten einen griechischen Tanker im Golf auf."
    assert ("IRN", "GRC") in _pairs(text, "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("März 2019: Der litauische Grenzinspektor Jonas Petraitis wird in Minsk festgenommen.", ("BLR", "LTU")),
    ("Der kanadische Anwalt Paul Martin wurde in Peking verhaftet.", ("CHN", "CAN")),
])
def test_named_foreigner_arrested_where_the_clause_places_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "COERCE")
