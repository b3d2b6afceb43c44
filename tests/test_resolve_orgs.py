"""Corpus linking of organisations and countries under German, English and abbreviated names
(organisations.tsv, countries_extra.tsv), and a cleric's title that is no given name."""

from __future__ import annotations

import pytest

from tests.resolve_reading import corpus_kb, same_entity


@pytest.mark.parametrize(("one", "other"), [
    ("United Nations", "Vereinten Nationen"),
    ("IMF", "Internationale Währungsfonds"),
    ("Weltsicherheitsrat", "UN-Sicherheitsrat"),
    ("SCO", "SOZ"),
    ("IAEA", "IAEO"),
    ("UN-Flüchtlingshilfswerk", "UNHCR"),
    ("World Bank", "Weltbank"),
    ("OSCE", "OSZE"),
    ("ECB", "EZB"),
    ("ICC", "Internationalen Strafgerichtshofs"),
    ("CSTO", "OVKS"),
    ("Gemeinschaft Unabhängiger Staaten", "GUS"),
    ("Liga der Arabischen Staaten", "Arabischen Liga"),
    ("UN-Entwicklungsprogramm", "UNDP"),
    ("OIC", "Organisation für Islamische Zusammenarbeit"),
    ("Kreditanstalt für Wiederaufbau", "KfW"),
    ("Internationalen Energieagentur", "IEA"),
    ("UN-Palästinenserhilfswerk", "UNRWA"),
    ("Organisation für wirtschaftliche Zusammenarbeit und Entwicklung", "OECD"),
    ("EU-Kommission", "Europäischen Kommission"),
    ("Wirtschaftsgemeinschaft Westafrikanischer Staaten", "Ecowas"),
    ("IKRK", "Internationalen Komitees vom Roten Kreuz"),
])
def test_two_names_of_one_body_are_one(one: str, other: str) -> None:
    kb = corpus_kb(f"Die Regierung von Malawi hat am Montag die {one} um Hilfe nach den Überschwemmungen gebeten.",
                   f"Vertreter der {other} trafen am Mittwoch in Lilongwe den Präsidenten von Malawi.")
    assert same_entity(kb, one, other)


def test_sister_bodies_stay_apart() -> None:
    kb = corpus_kb("Der UN-Menschenrechtsrat verurteilte am Montag die Regierung von Eritrea.",
                   "Der UN-Sicherheitsrat verlängerte am Mittwoch das Mandat der Mission in Südsudan.")
    assert not same_entity(kb, "UN-Menschenrechtsrat", "UN-Sicherheitsrat")


@pytest.mark.parametrize(("first", "short", "official"), [
    ("Die Türkei hat", "Türkei", "Türkische Republik"),
    ("Laos hat", "Laos", "Demokratische Volksrepublik Laos"),
])
def test_official_country_name(first: str, short: str, official: str) -> None:
    kb = corpus_kb(f"{first} am Montag den norwegischen Botschafter einbestellt.",
                   f"Die {official} unterzeichnete am Mittwoch ein Abkommen mit Kirgistan.")
    assert same_entity(kb, short, official)


def test_mullah_is_a_title_not_a_given_name() -> None:
    kb = corpus_kb("Der Taliban-Vizeregierungschef Mullah Abdul Kabir Hanafi reiste am Montag nach Doha.",
                   "Abdul Kabir Hanafi traf am Mittwoch in Taschkent den usbekischen Außenminister.")
    hanafi = [c for c in kb if "Abdul Kabir Hanafi" in c["aliases"]]
    assert len(hanafi) == 1 and hanafi[0]["docs"] == ["d0", "d1"]
    assert not any("Mullah" in a for c in kb for a in c["aliases"])


@pytest.mark.parametrize(("text", "nominative"), [
    ("Mitarbeiter des Internationalen Komitees vom Roten Kreuz besuchten am Montag Gefangene in Jemen.",
     "Internationales Komitee vom Roten Kreuz"),
    ("Ein Sprecher des Obersten Wirtschaftsrates kündigte am Montag in Maputo neue Zölle an.",
     "Oberster Wirtschaftsrat"),
    ("Der Generalsekretär der Kommunistischen Partei Vietnams reiste am Montag nach Vientiane.",
     "Kommunistische Partei Vietnams"),
])
def test_the_corpus_name_is_the_nominative(text: str, nominative: str) -> None:
    assert nominative in [c["name"] for c in corpus_kb(text)]

