"""Corpus linking of German and English spellings of one name: a Russian Е written je/ye/e at the start of
a name, letters Unicode does not decompose (ı, ð, þ, ł), and an Arabic article written or dropped."""

from __future__ import annotations

import pytest

from chronik.resolve.keys import keys_match
from tests.resolve_reading import corpus_kb, same_entity


@pytest.mark.parametrize(("german", "english"), [
    ("Jewgenija Sokolowa", "Evgeniya Sokolova"),
    ("Jerbol Nurtajew", "Erbol Nurtayev"),
    ("Jelena Karpowa", "Elena Karpova"),
])
def test_word_initial_je_ye_e_are_one_name(german: str, english: str) -> None:
    kb = corpus_kb(f"Die russische Vizeministerin {german} ist am Montag in Lissabon eingetroffen."
                   if german.endswith("a") else
                   f"Der kasachische Vizeminister {german} ist am Montag in Lissabon eingetroffen.",
                   f"{english} sprach am Mittwoch in Genf mit Vertretern der Vereinten Nationen.")
    assert same_entity(kb, german, english)


def test_word_initial_je_keeps_its_other_readings() -> None:
    assert keys_match("Dscheenbekow", "Jeenbekov") and keys_match("Jelzin", "Yeltsin")
    assert not keys_match("Jerlan", "Orlan")


@pytest.mark.parametrize(("native", "plain"), [
    ("Hülya Yıldızoğlu", "Hulya Yildizoglu"),
    ("Sigríður Þorvaldsdóttir", "Sigridur Thorvaldsdottir"),
    ("Bogusław Wałęsowski", "Boguslaw Walesowski"),
])
def test_letters_without_decomposition_are_folded(native: str, plain: str) -> None:
    kb = corpus_kb(f"Die Ministerin {native} traf am Montag in Ottawa den kanadischen Premierminister."
                   if native.startswith(("Hülya", "Sigríður")) else
                   f"Der Minister {native} traf am Montag in Ottawa den kanadischen Premierminister.",
                   f"{plain} reiste am Mittwoch zu Gesprächen über Energie nach Brüssel.")
    assert same_entity(kb, native, plain)


KHAZEN = "Der libanesische Energieminister Walid al-Chazen traf am Montag in Beirut den zyprischen Botschafter."


def test_arabic_article_written_or_dropped_is_one_surname() -> None:
    kb = corpus_kb(KHAZEN, "Der libanesische Minister Khazen unterzeichnete am Mittwoch in Nikosia ein Abkommen.")
    assert same_entity(kb, "Walid al-Chazen", "Khazen")


def test_arabic_article_does_not_join_other_given_names() -> None:
    kb = corpus_kb(KHAZEN, "Der libanesische Finanzminister Samir el-Khazen reiste am Mittwoch nach Paris.")
    assert not same_entity(kb, "Walid al-Chazen", "Samir el-Khazen")


def test_ukrainian_h_between_vowels_is_russian_g() -> None:
    kb = corpus_kb("Der ukrainische Vizeminister Taras Kobyha traf am Montag in Warschau den polnischen Botschafter.",
                   "Der ukrainische Vizeminister Taras Kobyga reiste am Mittwoch zu Gesprächen nach Vilnius.")
    assert same_entity(kb, "Taras Kobyha", "Taras Kobyga")
    assert not keys_match("Halyna", "Galyna")  # a word-initial h stays apart


@pytest.mark.parametrize(("german", "french"), [
    ("Oleksandr Kusmenko", "Oleksandr Kouzmenko"),
    ("Karim Rahman", "Karim Rahmane"),
])
def test_french_spellings_are_one_name(german: str, french: str) -> None:
    kb = corpus_kb(f"Der Minister {german} traf am Montag in Genf den kanadischen Botschafter.",
                   f"{french} reiste am Mittwoch zu Gesprächen über Energie nach Brüssel.")
    assert same_entity(kb, german, french)
