"""Two unknown capitalised words after a preposition of location are a place, not a person."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


def _types(text: str, alias: str) -> list[str]:
    return [e.type for e in read(text).entities if alias in e.aliases]


@pytest.mark.parametrize(("text", "alias"), [
    ("Granaten schlugen nahe Ban Phuoc ein.", "Ban Phuoc"),
    ("Die Universität in Long Thanh wird von Deutschland gefördert.", "Long Thanh"),
    ("Deutsche Siedler ließen sich in der Sierra Cuchumatán nieder.", "Sierra Cuchumatán"),
])
def test_an_unknown_pair_after_a_locative_preposition_is_a_place(text: str, alias: str) -> None:
    assert _types(text, alias) == ["GPE"]


@pytest.mark.parametrize(("text", "alias"), [
    ("Die Ministerin traf sich in Genf mit Wekesa Odhiambo, dem Gesandten Kenias.", "Wekesa Odhiambo"),
    ("Nach Angaben von Außenminister Diallo Konaté sei die Lage ruhig.", "Diallo Konaté"),
    ("Die Delegation war zu Gast bei Amina Diallo in Dakar.", "Amina Diallo"),
])
def test_persons_near_locative_prepositions_stay_persons(text: str, alias: str) -> None:
    assert _types(text, alias) == ["PER"]


def test_the_place_keeps_its_type_where_no_preposition_precedes_it() -> None:
    layer = read("Händler zwischen Ban Phuoc und Savannakhet klagen. Am Abend schlugen Granaten nahe Ban Phuoc ein.")
    assert [e.type for e in layer.entities if "Ban Phuoc" in e.aliases] == ["GPE"]


@pytest.mark.parametrize(("text", "alias", "etype"), [
    ("Guinea schloss den Grenzübergang Kambia–Tassin für Lastwagen.", "Tassin", "LOC"),
    ("Guinea schloss den Grenzübergang Kambia–Tassin für Lastwagen.", "Kambia", "LOC"),
    ("Die Bahnstrecke Siliguri–Samdrup soll gebaut werden.", "Samdrup", "GPE"),
])
def test_the_other_end_of_a_dashed_pair_of_places(text: str, alias: str, etype: str) -> None:
    assert _types(text, alias) == [etype]


def test_a_dash_between_clauses_joins_no_places() -> None:
    assert _types("Streit um Abschiebeflüge – Kolumbien lenkt ein.", "Abschiebeflüge") == []


def test_a_dash_between_persons_joins_no_places() -> None:
    assert _types("Das Spiel Müller–Schmidt endete 2:1.", "Schmidt") != ["GPE"]
