"""One sentence telling a visitor's stay twice ('besuchte den Bundestag und wurde von X empfangen') tells one
visit to one host country, whoever the visited institution or host person is."""

from __future__ import annotations

from tests.event_reading import found


def test_a_visit_and_its_reception_in_one_sentence_are_one_visit() -> None:
    text = ("Die Präsidentin Angolas besuchte im Oktober den Bundestag und wurde von Bundestagspräsidentin "
            "Bärbel Bas empfangen.")
    assert [e for e in found(text) if e[1] == "visit"] == [("CONSULT", "visit", "AGO", "DEU", "occurred")]


def test_visits_to_two_countries_stay_two() -> None:
    text = "Der Präsident Ghanas besuchte am Montag Togo und Benin."
    assert sorted(e[3] for e in found(text) if e[1] == "visit") == ["BEN", "TGO"]
