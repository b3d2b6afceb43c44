"""An organisation whose name opens with a country's genitive or adjective acts for that country ("Chiles
Außenministerium"), and more titles make a country's genitive an actor ("der Marschall Jordaniens")."""

from __future__ import annotations

from tests.event_reading import found


def test_an_office_named_after_its_country_acts_for_it() -> None:
    got = found("Chiles Außenministerium bestellte den peruanischen Botschafter ein.")
    assert ("ACCUSE", "criticism", "CHL", "PER", "occurred") in got


def test_a_marshal_of_a_country_meets() -> None:
    got = found("Am Montag traf der Marschall Jordaniens beim Staatsbankett in Rom auch den Präsidenten Perus.")
    assert {frozenset((s, o)) for t, _, s, o, _ in got if t == "CONSULT"} == {frozenset(("JOR", "PER"))}
