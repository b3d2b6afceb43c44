"""A rejection of accusations that names no one they came from answers the accusation told last against the
rejecting side: it is directed at each of the accusers, not at the article's other main country."""

from __future__ import annotations

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


def test_each_accuser_is_answered() -> None:
    got = pairs("Laos und Kambodscha kritisierten Thailand am Montag scharf wegen der Grenzschließung. Thailand wies "
                "die Anschuldigungen als haltlos zurück.")
    assert ("REJECT", "THA", "LAO") in got
    assert ("REJECT", "THA", "KHM") in got


def test_a_third_country_accusing_is_answered_not_the_neighbour() -> None:
    got = pairs("Burundi und Tansania streiten. Belgien warf Tansania am Dienstag vor, Milizen zu bewaffnen. Dodoma "
                "wies die Vorwürfe am Mittwoch zurück.")
    assert ("REJECT", "TZA", "BEL") in got
    assert ("REJECT", "TZA", "BDI") not in got


def test_an_owner_named_in_the_clause_stays() -> None:
    got = pairs("Bolivien warf Paraguay vor, Schmuggler zu decken. Paraguay wies die Vorwürfe aus Brasilien zurück.")
    assert ("REJECT", "PRY", "BRA") in got
    assert ("REJECT", "PRY", "BOL") not in got
