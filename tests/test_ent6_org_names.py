"""Organisation names: coordinated heads, new head nouns, and an organisation inside another's complement."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _orgs(text: str) -> list[str]:
    return [e.name for e in read(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("Die Deutsch-Kenianische Industrie- und Handelskammer in Nairobi lud zum Empfang.",
     "Deutsch-Kenianische Industrie- und Handelskammer"),
    ("Die Deutsche Schule Quito feiert ihr Jubiläum.", "Deutsche Schule Quito"),
    ("Der Staatliche Grenzdienst Georgiens meldete den Vorfall.", "Staatlicher Grenzdienst Georgiens"),
    ("Der Leiter des Allgemeinen Nachrichtendienstes, Karim Saleh, reiste an.", "Allgemeiner Nachrichtendienst"),
    ("Auf der Münchner Sicherheitskonferenz sprach die Ministerin aus Accra.", "Münchner Sicherheitskonferenz"),
    ("Die Europäische Friedensfazilität zahlt der Armee Benins neue Fahrzeuge.", "Europäische Friedensfazilität"),
])
def test_an_organisation_name(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Sie forscht am Zentrum für Afrikastudien der Universität Basel.",
     ["Zentrum für Afrikastudien", "Universität Basel"]),
    ("Der Erste Sekretär des Zentralkomitees der Kommunistischen Partei Vietnams reiste ab.",
     ["Kommunistische Partei Vietnams"]),
])
def test_an_organisation_in_a_genitive_complement_is_its_own(text: str, names: list[str]) -> None:
    assert _orgs(text) == names
