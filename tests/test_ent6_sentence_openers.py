"""Capitalised words that open a sentence without being names: verbs before a subject pronoun, participles in
-iert, prepositions, adverbs; and the first part of a coordinated compound ("Polizei- und ...")."""

from __future__ import annotations

import pytest

from tests.entity_reading import read


@pytest.mark.parametrize("text", [
    "Gibt es auch Positives in den Beziehungen zu Lesotho?",
    "Steht er Moskau nicht näher als Brüssel?",
    "Innerhalb weniger Wochen eroberten die Truppen die Hafenstadt.",
    "Betroffen ist ein Grenzübergang im Osten.",
    "Schwer bewaffnete Polizisten stürmten das Gebäude.",
    "Investiert wird vor allem in der Elektronik- und Automobilindustrie.",
    "Kritisiert wurde das Abkommen von der Opposition.",
    "Sie vereinbarten eine Zusammenarbeit in Polizei- und Strafverfolgungsfragen.",
])
def test_no_name_opens_the_sentence(text: str) -> None:
    names = [e.name for e in read(text).entities if e.type in ("PER", "GPE") and e.name not in ("Lesotho", "Moskau",
                                                                                                  "Brüssel")]
    assert names == []


def test_a_name_before_a_comma_and_pronoun_stays_a_name() -> None:
    assert [e.name for e in read("Mutharika sagte, er komme am Montag nach Lilongwe.").entities
            if e.type == "PER"] == ["Mutharika"]
