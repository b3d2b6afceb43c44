"""A bracketed acronym tells how far back the name it stands for reaches: its initials."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _entity_of(text: str, acronym: str) -> list[str]:
    return [e.name for e in read(text).entities if acronym in e.aliases]


@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("Die Kenya Petroleum Refining Corporation (KPRC) kündigte Investitionen an.", "KPRC",
     "Kenya Petroleum Refining Corporation"),
    ("Ein Flugzeug der Kazakh National Airways (KNA) stürzte ab.", "KNA", "Kazakh National Airways"),
    ("Die Separatistengruppe Sindhische Befreiungsarmee (SBA) bekannte sich zu dem Anschlag.", "SBA",
     "Sindhische Befreiungsarmee"),
    ("Vorsteher des Eidgenössischen Departements für auswärtige Angelegenheiten (EDA), Marco Berti, traf ihn.",
     "EDA", "Eidgenössisches Departement für auswärtige Angelegenheiten"),
    ("Der Vertrag mit dem Versorger Elektroprivreda Srbije (EPS) wurde unterzeichnet.", "EPS",
     "Elektroprivreda Srbije"),
])
def test_the_acronym_joins_the_name_its_initials_spell(text: str, acronym: str, name: str) -> None:
    assert _entity_of(text, acronym) == [name]


@pytest.mark.parametrize("text", [
    "Der Minister Hans Meier (CDU) sprach in Windhuk.",
    "Anna Berger (AB) sagte das in Maseru.",
])
def test_a_person_before_a_bracket_stays_a_person(text: str) -> None:
    assert [e.type for e in read(text).entities if e.name in ("Hans Meier", "Anna Berger")] == ["PER"]


def test_an_adjective_before_the_initials_stays_in_the_name() -> None:
    text = "Die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) ist in Accra tätig."
    assert _entity_of(text, "GIZ") == ["Deutsche Gesellschaft für Internationale Zusammenarbeit"]


def test_an_acronym_after_a_genitive_complement_names_the_whole_phrase() -> None:
    layer = read("Die Mission der Afrikanischen Union (AMISOM) endet am Montag in Somalia. Die AMISOM zog ab.")
    assert {e.name: e.aliases for e in layer.entities if e.type == "ORG"} == {
        "Mission der Afrikanischen Union": ["Mission der Afrikanischen Union", "AMISOM"],
        "Afrikanische Union": ["Afrikanischen Union"]}


@pytest.mark.parametrize("text", [
    "Ein Sprecher der Ostafrikanischen Gemeinschaft (EAC) sagte das.",
    "Beim Gipfel der Ostafrikanischen Gemeinschaft (EAC) sprach er.",
])
def test_a_short_acronym_after_a_genitive_complement_is_the_complements(text: str) -> None:
    assert _entity_of(text, "EAC") == ["Ostafrikanische Gemeinschaft"]


def test_a_long_acronym_not_spelling_the_governing_noun_is_the_complements() -> None:
    text = "Der Bau der Westafrikanischen Gasleitung (WAGPC) verzögert sich."
    assert _entity_of(text, "WAGPC") == ["Westafrikanische Gasleitung"]
