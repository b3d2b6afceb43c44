"""An office holder's surname alone names that person anywhere in a sentence; an unknown given name before
it names a relative ("Belkassem Haftar")."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in read(text).entities if e.type == "PER"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Minister traf Putin am Abend in Moskau.", ("Putin", "RUS")),
    ("Am Dienstag telefonierte er mit Ramaphosa über die Lage in Mosambik.", ("Ramaphosa", "ZAF")),
    ("Auch Erdoğan kam zu dem Gipfel nach Baku.", ("Erdoğan", "TUR")),
])
def test_an_office_holders_surname_alone(text: str, expected: tuple[str, str]) -> None:
    assert expected in _persons(text)


@pytest.mark.parametrize("text", [
    "Den Wiederaufbaufonds leitet Belkassem Haftar, ein Sohn des Generals.",
    "Dessen Direktor ist Belkassem Haftar.",
])
def test_an_unknown_given_name_before_an_office_holders_surname(text: str) -> None:
    assert "Belkassem Haftar" in [name for name, _ in _persons(text)]


def test_a_genitive_of_an_office_holders_surname() -> None:
    assert ("Ramaphosas", "ZAF") in _persons("Auf Bitten Ramaphosas entsandte Malawi Truppen.")


def test_a_given_name_that_is_also_an_office_holders_surname_opens_a_longer_name() -> None:
    assert [name for name, _ in _persons("Muktar Mohamed Ware müsse Somalia binnen 72 Stunden verlassen.")] \
        == ["Muktar Mohamed Ware"]


def test_a_bare_office_holders_surname_is_not_his_relative() -> None:
    layer = read("Sisi empfing General Khalifa Haftar in Kairo. Den Fonds leitet Belkassem Haftar, ein Sohn des "
                 "Generals. Haftar selbst verlangt Geld, und aus Haftars Umfeld hieß es, man sei zufrieden.")
    general = next(e for e in layer.entities if e.name == "Khalifa Haftar")
    son = next(e for e in layer.entities if e.name == "Belkassem Haftar")
    assert {"Haftar", "Haftars"} <= set(general.aliases) and son.aliases == ["Belkassem Haftar"]


def test_a_bare_surname_joins_the_one_person_of_that_name_the_text_names() -> None:
    layer = read("Der Analyst Peter Ramaphosa forscht in Kapstadt. Ramaphosa sagt, die Lage sei ernst.")
    assert [(e.name, e.aliases) for e in layer.entities if e.type == "PER"] == \
        [("Peter Ramaphosa", ["Peter Ramaphosa", "Ramaphosa"])]


def test_a_noun_before_a_surname_opens_no_name() -> None:
    assert "Vertraute Machados" not in [name for name, _ in _persons("Sechs Vertraute Machados flüchteten.")]
