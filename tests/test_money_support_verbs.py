"""A state supporting a project with a sum gives aid; money released ('gibt … frei') is aid; procurement
('beschafft … für') is a deal; a background programme is still the kind when nothing else is named."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Luxemburg unterstützt das Schulprojekt in Niger mit 8 Millionen Euro.", [("aid", 8e6)]),
    ("Schweden gibt 40 Millionen Kronen aus dem Nothilfefonds für die Flutopfer in Libyen frei.", [("aid", 4e7)]),
    ("Finnland beschafft 64 Kampfjets aus den USA für 8 Milliarden Euro.", [("contract_value", 8e9)]),
    ("Norwegen zahlt im Rahmen seines Entwicklungsbeitrags 90 Millionen Kronen an Rumänien.", [("aid", 9e7)]),
    ("Der Investitionsbestand Japans in Vietnam belief sich 2023 auf 70 Milliarden Dollar.", [("investment", 7e10)]),
])
def test_support_release_procurement(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts


def test_a_company_supporting_a_project_invests() -> None:
    assert _kinds("Der Konzern Enel unterstützt das Solarprojekt in Chile mit 300 Millionen Dollar.") == \
        [("investment", 3e8)]


@pytest.mark.parametrize("text, kind", [
    ("Irland finanziert das Programm für Schulspeisung in Malawi mit 10 Millionen Euro.", "aid"),
    ("Norwegische Pensionsfonds haben in Chile Kapital von 5 Milliarden Dollar angelegt.", "investment"),
    ("China finanziert die 900 Millionen Dollar teure Brücke über den Kongo.", "project_value"),
    ("Die Autobahn soll 2027 fertig sein; das Gesamtprojekt hat ein Volumen von 1,8 Mrd. Euro und wird über Kredite "
     "finanziert.", "project_value"),
])
def test_financing_and_placing_capital(text: str, kind: str) -> None:
    assert [k for k, _ in _kinds(text)] == [kind]
