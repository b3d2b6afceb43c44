"""A country after 'dem', 'den', 'einem', 'einen' is an object, never the subject: when the subject is
no actor ("der Oberste Sicherheitsrat"), the speaker comes from the context, not from the addressee."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_dative_country_is_the_target_of_an_accusation() -> None:
    text = ("Der Sudan hat die Beziehungen zum Tschad abgebrochen. "
            "Zuvor hatte der Oberste Sicherheitsrat dem Tschad vorgeworfen, Rebellen zu unterstützen.")
    found = [(s, a, b) for s, a, b, _, _ in dyads(events(text)) if s == "criticism"]
    assert found == [("criticism", "SDN", "TCD")]


def test_named_subject_after_the_verb_still_acts() -> None:
    text = "Der Streit wächst. Am Montag warf der Iran den Vereinigten Arabischen Emiraten vor, Inseln zu besetzen."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("criticism", "IRN", "ARE")]


def test_long_subject_phrase_that_is_no_actor_leaves_the_country_as_addressee() -> None:
    text = ("Der Streit zwischen Peru und Chile eskaliert. "
            "Die Übergangsregierung im Süden des Landes warf Lima vor, die Grenze zu verletzen.")
    assert [(s, b) for s, _, b, _, _ in dyads(events(text))] == [("criticism", "PER")]


def test_postposition_phrase_before_the_verb_is_no_subject() -> None:
    text = ("Der Streit zwischen Ghana und Togo eskaliert. "
            "Der Mitteilung zufolge warf Ghana Togo vor, Rebellen zu decken.")
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("criticism", "GHA", "TGO")]
