"""State bodies named by a bare noun ("das georgische Parlament"): one organisation per country stated with it."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in read(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Das kolumbianische Parlament hat am Dienstag den Haushalt gebilligt.", ("Parlament", "COL")),
    ("Die Abgeordneten jubelten, nachdem das Parlament in Accra den Vertrag ratifiziert hatte.", ("Parlament", "GHA")),
    ("Der Vertrag muss noch vom Parlament Finnlands gebilligt werden.", ("Parlament", "FIN")),
    ("Ein Sprecher der tunesischen Küstenwache bestätigte den Vorfall.", ("Küstenwache", "TUN")),
    ("Vor der nigerianischen Hochkommission in Accra protestierten Dutzende Menschen.", ("Hochkommission", "NGA")),
    ("Der Vorsitzende des malischen Übergangsrats reiste nach Dakar.", ("Übergangsrat", "MLI")),
    ("Das kanadische Unterhaus debattierte am Mittwoch über das Gesetz.", ("Unterhaus", "CAN")),
    ("Das Beglaubigungsschreiben überreichte er, wie das niederländische Königshaus mitteilte.", ("Königshaus", "NLD")),
    ("Nach Angaben des Zollkomitees in Taschkent stieg der Handel.", ("Zollkomitee", "UZB")),
    ("Anschließend traf sie den Vorsitzenden des Präsidialrats, Karim al-Bakri.", ("Präsidialrat", None)),
])
def test_a_state_body_with_its_country_is_an_organisation(text: str, expected: tuple[str, str]) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize("text", [
    "Das Parlament hat viele Aufgaben, sagte der Politikwissenschaftler.",
    "Eine Küstenwache gibt es in dem Binnenland nicht.",
    "Ein Königshaus ist teuer.",
])
def test_a_state_body_of_no_country_is_no_entity(text: str) -> None:
    assert _orgs(text) == []


def test_one_ministry_noun_of_two_countries_is_two_organisations() -> None:
    orgs = _orgs("Das bolivianische Außenministerium bestellte den Botschafter ein. Das paraguayische "
                 "Außenministerium reagierte am Abend. Das Außenministerium in Asunción nannte den Schritt unnötig.")
    assert sorted(orgs) == [("Außenministerium", "BOL"), ("Außenministerium", "PRY")]


def test_the_ministry_noun_joins_the_ministry_named_with_its_country() -> None:
    orgs = _orgs("Das Außenministerium von Ecuador protestierte. Ein Sprecher des ecuadorianischen "
                 "Außenministeriums sagte, man sei empört. Das slowakische Parlament schwieg.")
    assert sorted(orgs) == [("Außenministerium von Ecuador", "ECU"), ("Parlament", "SVK")]
