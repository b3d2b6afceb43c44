"""Persons of one surname stay apart across documents: a masculine and a feminine given name of one stem
('Gabriel' / 'Gabriela') are two persons even when they are one letter apart."""

from __future__ import annotations

import pytest

from chronik.resolve.keys import split_name
from tests.resolve_reading import corpus_kb, same_entity


@pytest.mark.parametrize(("man", "woman", "he", "she"), [
    ("Daniele Ferraro", "Daniela Ferraro", "Der italienische Staatssekretär", "Die italienische Staatssekretärin"),
    ("Manuel Ibarra", "Manuela Ibarra", "Der chilenische Minister", "Die chilenische Ministerin"),
    ("Antonio Rinaldi", "Antonia Rinaldi", "Der italienische Botschafter", "Die italienische Botschafterin"),
])
def test_masculine_and_feminine_given_names_stay_apart(man: str, woman: str, he: str, she: str) -> None:
    kb = corpus_kb(f"{he} {man} traf am Montag in Madrid den spanischen Außenminister.",
                   f"{she} {woman} reiste am Mittwoch zu Gesprächen über Handel nach Rabat.")
    assert not same_entity(kb, man, woman)


def test_one_letter_spelling_variants_of_one_man_still_merge() -> None:
    kb = corpus_kb("Der italienische Minister Raffaele Fitto traf am Montag in Rom den griechischen Botschafter.",
                   "Der italienische Minister Rafaele Fitto reiste am Mittwoch nach Athen.")
    assert same_entity(kb, "Raffaele Fitto", "Rafaele Fitto")
    assert split_name("Rafaele Fitto").given == ("Rafaele",)


def test_a_generational_suffix_tells_father_and_son_apart() -> None:
    kb = corpus_kb("Der frühere Präsident Luis Alberto Quiroga hatte 1971 Lissabon besucht.",
                   "Präsident Luis Alberto Quiroga Jr. traf am Mittwoch in Lissabon den Premierminister.",
                   "Präsident Luis Alberto Quiroga Jr. reiste am Freitag nach Madrid.")
    assert not same_entity(kb, "Luis Alberto Quiroga", "Luis Alberto Quiroga Jr.")
    junior = [c for c in kb if "Luis Alberto Quiroga Jr." in c["aliases"]]
    assert junior[0]["docs"] == ["d1", "d2"]
    assert split_name("Luis Alberto Quiroga Jr.").surname == "Quiroga"


def test_a_feminine_e_ending_is_another_person() -> None:
    kb = corpus_kb("Der französische Staatssekretär Justin Moreau traf am Montag in Paris den Botschafter.",
                   "Die französische Staatssekretärin Justine Moreau reiste am Mittwoch nach Dakar.")
    assert not same_entity(kb, "Justin Moreau", "Justine Moreau")
