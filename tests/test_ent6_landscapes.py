"""Places named by compounds: a compass word fused to a country ("Nordirak") and landscape or infrastructure
nouns hyphenated or fused to a name ("Qosh-Tepa-Kanal", "Mekongdelta")."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _places(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.name, e.type, e.country) for e in read(text).entities if e.type in ("GPE", "LOC")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kämpfe im Nordirak dauern an.", ("Nordirak", "LOC", "IRQ")),
    ("Milizen kontrollieren weite Teile Ostlibyens.", ("Ostlibyen", "LOC", "LBY")),
    ("Truppen rückten nach Zentralsyrien vor.", ("Zentralsyrien", "LOC", "SYR")),
    ("Im Südpazifik wächst der Einfluss Pekings.", ("Südpazifik", "LOC", None)),
    ("Der Grenzfluss-Kanal und der Toktogul-Stausee trocknen aus.", ("Toktogul-Stausee", "LOC", None)),
    ("Am Myitsone-Staudamm protestierten Bauern.", ("Myitsone-Staudamm", "LOC", None)),
    ("Im Mekongdelta steigt der Meeresspiegel.", ("Mekongdelta", "LOC", None)),
    ("Das Depsang-Hochland ist umstritten.", ("Depsang-Hochland", "LOC", None)),
    ("Der Latschin-Korridor ist seit Dezember gesperrt.", ("Latschin-Korridor", "LOC", None)),
])
def test_a_compound_place(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _places(text)


@pytest.mark.parametrize("text", [
    "Der Mittelstand leidet unter den Zöllen.",
    "Am Ostermontag blieb es ruhig.",
    "Das Kanalnetz ist alt.",
])
def test_no_place_in_a_common_compound(text: str) -> None:
    assert _places(text) == set()


def test_a_country_with_a_compass_name_stays_that_country() -> None:
    assert _places("Nordkorea und Südafrika verhandeln.") == {("Nordkorea", "GPE", "PRK"), ("Südafrika", "GPE", "ZAF")}


@pytest.mark.parametrize("text", [
    "Der Wirtschaftskorridor und der Logistikkorridor sollen ausgebaut werden.",
    "Der Bewässerungskanal ist ausgetrocknet.",
    "Wegen dreier Inseln im Beagle-Kanal zogen beide Seiten Truppen zusammen.",
])
def test_no_place_in_a_common_compound_or_after_a_hyphenated_name(text: str) -> None:
    assert all(name == "Beagle-Kanal" for name, _, _ in _places(text))


@pytest.mark.parametrize(("text", "town"), [
    ("Seit Februar setzt die Fähre von Kalmar nach Ventspils über.", "Ventspils"),
    ("Er werde am Montag in Kirkenes mit Vertretern der Gemeinde sprechen.", "Kirkenes"),
    ("Es geht um den neuen Flughafen in Gwadar.", "Gwadar"),
    ("Ein Abstecher in die alte Königsstadt Anuradhapura ist geplant.", "Anuradhapura"),
])
def test_an_unknown_town_after_a_cue_of_place(text: str, town: str) -> None:
    assert (town, "GPE", None) in _places(text)


def test_a_genitive_before_a_noun_is_no_town() -> None:
    assert _places("In Okontas Amtszeit fiel die Entscheidung.") == set()
