"""Persons after role phrases the recogniser missed: compound titles ("Hochkommissar"), counterparts
("seine Kollegin"), a role's genitive complement before an apposition, particles inside hyphenated names."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in read(text).entities if e.type == "PER"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Außenministerium bestellte den kenianischen Hochkommissar Odhiambo Wekesa ein.",
     ("Odhiambo Wekesa", "KEN")),
    ("Die Ministerin traf ihre peruanische Kollegin Rosalía Quispe in Lima.", ("Rosalía Quispe", "PER")),
    ("Der chilenische Außenminister und sein argentinischer Kollege Tadeo Villaverde sprachen über die Grenze.",
     ("Tadeo Villaverde", "ARG")),
    ("Kaiserin Noriko besuchte am Dienstag die Hauptstadt.", ("Noriko", None)),
])
def test_a_person_after_a_title_or_counterpart(text: str, expected: tuple[str, str | None]) -> None:
    assert expected[0] in [name for name, _ in _persons(text)]
    if expected[1]:
        assert expected in _persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Der Sprecher der Rebellen, Tesfaye Gebremariam, wies die Vorwürfe zurück.", "Tesfaye Gebremariam"),
    ("Der Sprecher des Hafens, Tesfaye Gebremariam, wies die Vorwürfe zurück.", "Tesfaye Gebremariam"),
])
def test_a_name_in_apposition_after_a_role_with_a_noun_complement(text: str, name: str) -> None:
    assert name in [n for n, _ in _persons(text)]


def test_no_person_in_a_list_after_a_role_with_a_noun_complement() -> None:
    assert _persons("Der Sprecher des Hafens, Berlin und Hamburg sind wichtig.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Übergangspremier Zia-ul-Rahman Qureshi sagte seine Reise ab.", "Zia-ul-Rahman Qureshi"),
    ("Nizam-ud-Din Chaudhry kam am Montag nach Berlin.", "Nizam-ud-Din Chaudhry"),
])
def test_a_particle_inside_a_hyphenated_given_name(text: str, name: str) -> None:
    assert name in [n for n, _ in _persons(text)]


def test_a_compound_common_noun_after_a_name_is_no_part_of_it() -> None:
    persons = _persons("Am Montag führten Premierminister Alvarado und Premierminister Moana Delegationsgespräche "
                       "über Energie.")
    assert [name for name, _ in persons] == ["Alvarado", "Moana"]


@pytest.mark.parametrize(("text", "name"), [
    ("Er traf Präsident al-Sisi in Kairo.", "al-Sisi"),
    ("Der Minister el-Masri und Präsident al-Bakri sprachen.", "el-Masri"),
])
def test_a_surname_with_its_article_after_a_role(text: str, name: str) -> None:
    assert name in [n for n, _ in _persons(text)]
