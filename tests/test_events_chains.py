"""Chains of predicates of one subject ("X reiste nach A, traf B und besuchte C"): every verb after the first
keeps the subject named at the sentence's start; reported speech before a comma-led verb does not. Also acts
such chains tell: a disinvitation, a consulate closed on the closer's soil."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_third_predicate_of_a_chain_keeps_the_opening_subject() -> None:
    text = ("Die portugiesische Ministerin Ana Costa flog am Dienstag nach Rabat, traf Außenminister "
            "Nasser Bourita und reiste anschließend nach Tunesien weiter.")
    found = dyads(events(text))
    assert ("visit", "PRT", "TUN", "2024-06-18", "occurred") in found
    assert all(source == "PRT" for _, source, _, _, _ in found)


def test_middle_of_a_chain_is_no_inverted_clause() -> None:
    text = ("Der slowakische Präsident Peter Pellegrini besuchte am Montag Slowenien, lobte Präsidentin "
            "Nataša Pirc Musar und reiste dann nach Kroatien.")
    found = dyads(events(text))
    assert ("visit", "SVK", "HRV", "2024-06-17", "occurred") in found
    assert all(source == "SVK" for _, source, _, _, _ in found)


def test_reported_speech_before_the_comma_keeps_the_subject_after_the_verb() -> None:
    text = ("Die Zölle gegen Chile seien ungerecht, kritisierte der argentinische Minister Luis Caputo "
            "und forderte ihre Aufhebung.")
    assert all(source == "ARG" for _, source, _, _, _ in dyads(events(text)))
    text = "Die Lage ist ernst, warnte der argentinische Minister Luis Caputo und forderte von Chile Gespräche."
    assert ("demand", "ARG", "CHL", None, "occurred") in dyads(events(text))


def test_place_before_und_and_a_verb_is_no_title_of_the_person_after() -> None:
    text = "Der slowakische Präsident Peter Pellegrini reiste am Montag nach Warschau und traf Präsident Andrzej Duda."
    assert sorted(dyads(events(text))) == [("meeting", "SVK", "POL", "2024-06-17", "occurred"),
                                           ("visit", "SVK", "POL", "2024-06-17", "occurred")]


def test_country_before_a_split_title_still_names_the_persons_office() -> None:
    text = "Chinas Staats- und Parteichef Xi Jinping besuchte am Montag Serbien."
    assert dyads(events(text)) == [("visit", "CHN", "SRB", "2024-06-17", "occurred")]


def test_disinvited_guest_and_consulate_closed_on_own_soil_are_sanctions() -> None:
    text = "Die Regierung in Bogotá lud daraufhin den venezolanischen Handelsminister wieder aus."
    assert dyads(events(text)) == [("other", "COL", "VEN", None, "occurred")]
    assert events(text)[0].type == "SANCTION"
    text = "Caracas ließ am Montag das kolumbianische Konsulat in Maracaibo schließen."
    assert dyads(events(text)) == [("other", "VEN", "COL", "2024-06-17", "occurred")]


def test_unloading_cargo_is_no_disinvitation() -> None:
    assert events("Der russische Frachter lud am Montag im Hafen von Riga seine Ladung aus.") == []
