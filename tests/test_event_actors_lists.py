"""A list of countries after an official's title is the subject of a symmetric act with no other side named:
its members are the two sides ("Die Außenminister Ungarns und Kroatiens hätten … gesprochen")."""

from __future__ import annotations

from tests.event_reading import found


def test_officials_of_listed_countries_talk_with_each_other() -> None:
    got = found("Die Außenminister Ungarns und Kroatiens hätten am Montag über die Energieversorgung gesprochen, "
                "hieß es.")
    assert ("CONSULT", "talks", "HUN", "HRV", "occurred") in got


def test_three_listed_countries_give_every_pair() -> None:
    got = found("Die Außenminister Lettlands, Estlands und Finnlands sprachen am Dienstag über die Ostsee.")
    assert {frozenset((s, o)) for t, _, s, o, _ in got if t == "CONSULT"} == {
        frozenset(("LVA", "EST")), frozenset(("LVA", "FIN")), frozenset(("EST", "FIN"))}


def test_listed_countries_without_a_title_are_no_talk() -> None:
    got = found("Frankreich und Spanien sprachen sich am Montag für strengere Regeln aus.")
    assert all(t != "CONSULT" for t, _, _, _, _ in got)


def test_a_list_opening_the_clause_talks_with_itself() -> None:
    got = found("Malawi und Sambia hätten am Montag über den Grenzhandel gesprochen, hieß es aus Lilongwe.")
    assert ("CONSULT", "MWI", "ZMB") in [(t, s, o) for t, _, s, o, _ in got]
