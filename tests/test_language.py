"""The gazetteer: German country names, adjectives, cities and regions to ISO3."""

from __future__ import annotations

import pytest

from chronik.language.gazetteer import adjective_countries, country_code, country_name, is_capital, place_country


@pytest.mark.parametrize(("surface", "iso3"), [
    ("Kasachstans", "KAZ"), ("Vereinigten Staaten", "USA"), ("USA", "USA"),
    ("Bundesrepublik Deutschland", "DEU"), ("Volksrepublik China", "CHN"), ("Republik Kasachstan", "KAZ"),
    ("Palästina", "PSE"), ("Palestina", "PSE"), ("Russischen Föderation", "RUS"), ("Bulgariens", "BGR"),
    ("Vereinigten Arabischen Emiraten", "ARE"), ("Niederlanden", "NLD"), ("Türkei", "TUR"),
])
def test_country_forms_inflected_and_official(surface: str, iso3: str) -> None:
    assert country_code(surface) == iso3


def test_unknown_words_are_not_countries() -> None:
    assert country_code("Beziehungen") is None
    assert country_code("Präsident") is None


@pytest.mark.parametrize(("word", "codes"), [
    ("kasachische", ["KAZ"]), ("deutsch-kasachischen", ["DEU", "KAZ"]), ("US-Botschafterin", ["USA"]),
    ("amerikanisch-kasachischen", ["USA", "KAZ"]), ("chinesischer", ["CHN"]), ("Botschafterin", []),
    ("politischen", []),
])
def test_adjective_countries(word: str, codes: list[str]) -> None:
    assert adjective_countries(word) == codes


def test_capitals_with_genitive_stand_for_their_country() -> None:
    assert place_country("Berlins") == "DEU"
    assert place_country("Astana") == "KAZ"
    assert is_capital("Moskau") and not is_capital("Almaty")
    assert place_country("Gazastreifen") == "PSE"


def test_country_name_is_the_german_short_name() -> None:
    assert country_name("KAZ") == "Kasachstan"
    assert country_name("PSE") == "Palästina"
