"""The gazetteer: German country names, adjectives, cities and regions to ISO3."""

from __future__ import annotations

import pytest

from chronik.extract.event_lexicon import compile_pattern
from chronik.language.gazetteer import (
    adjective_countries,
    country_code,
    country_name,
    is_capital,
    lookup_place,
    place_country,
)
from chronik.language.resources import load_column_map, load_tsv
from chronik.language.text import token_texts, tokenize


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


def test_token_texts_are_the_tokens_of_a_sentence() -> None:
    for sentence in ("Die US-Botschafterin traf am 7. Oktober 2023 in Astana den Präsidenten (dpa).",
                     "Nairobi", "Sankt Augustin", "akorda.kz meldete 1,5 Mrd. Euro."):
        assert token_texts(sentence) == [t.text for t in tokenize(sentence)]


def test_column_map_reads_given_names_with_gender() -> None:
    genders = load_column_map("first_names.tsv", "name", "gender")
    assert genders["Angela"] == "f" and genders["Thomas"] == "m"
    assert genders == {r["name"]: r["gender"] for r in load_tsv("first_names.tsv")}


def test_regnal_number_before_a_given_name_ends_no_sentence() -> None:
    from chronik.language.text import split_sentences
    text = "König Olav XII. Magnus empfing die Gäste in Bergen. Danach reisten sie ab."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "König Olav XII. Magnus empfing die Gäste in Bergen.", "Danach reisten sie ab."]
    text = "Das sagte Papst Pius XIII. Er rief zum Frieden auf."
    assert len(split_sentences(text)) == 2  # a pronoun after the number starts a new sentence


def test_an_honorific_abbreviation_ends_no_sentence() -> None:
    from chronik.language.text import split_sentences
    text = "Offizieller Besuch von S.E. Marek Nowak in Tallinn. Er traf den Premier."
    assert len(split_sentences(text)) == 2


def test_swiss_spelling_names_the_same_places_and_triggers() -> None:
    """Swiss outlets write 'ss' for 'ß': the places, adjectives and event words still read."""
    assert country_code("Weissrussland") == country_code("Weißrussland") == "BLR"
    assert country_code("Grossbritanniens") == "GBR"
    assert lookup_place("Grossbritannien") is not None
    assert adjective_countries("weissrussischen") == ["BLR"]
    assert compile_pattern("Maßnahme\\w*").search("die Massnahmen Minsks")
    assert compile_pattern("Gru[ß]").search("Gruß") and not compile_pattern("Gru[ß]").search("Grus")  # a class stays


@pytest.mark.parametrize(("word", "code"), [
    ("ivorischen", "CIV"), ("togoische", "TGO"), ("maledivischen", "MDV"), ("haitianische", "HTI"),
    ("guyanischen", "GUY"), ("beninische", "BEN"), ("malawischen", "MWI"), ("honduranische", "HND"),
])
def test_adjectives_of_smaller_states_name_them(word: str, code: str) -> None:
    assert adjective_countries(word) == [code]


def test_a_solomonic_judgement_names_no_state() -> None:
    assert adjective_countries("salomonische") == []  # 'ein salomonisches Urteil', not the Solomon Islands
