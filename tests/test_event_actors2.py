"""Actors and structure of events on sentences of the kinds that failed on a further unseen set:
a mediator who is no party, a relative-clause agent named by a country adjective, a genitive group
of the two heads of state, a returned fire."""

from __future__ import annotations

from chronik.model import Event
from tests.event_reading import dyads
from tests.event_reading import events as read_events


def events(text: str, date: str | None = "2024-07-10") -> list[Event]:
    return read_events(text, date)


def test_a_mediator_talks_with_each_party_but_signs_nothing() -> None:
    text = ("Unter Vermittlung Norwegens unterzeichneten der kolumbianische Innenminister Carlos Ramírez und "
            "sein venezolanischer Kollege Pedro Salazar am 4. März eine Vereinbarung über den Grenzverkehr.")
    assert dyads(events(text)) == [("talks", "NOR", "COL", "2024-03-04", "occurred"),
                                   ("talks", "NOR", "VEN", "2024-03-04", "occurred"),
                                   ("agreement_signed", "COL", "VEN", "2024-03-04", "occurred")]


def test_an_adjective_agent_inside_a_relative_clause_is_the_source() -> None:
    text = ("Der malische Präsident Assimi Goïta kritisierte am Montag die Schließung des Grenzübergangs, "
            "den die nigrischen Behörden im Mai geschlossen hatten.")
    assert ("coercion", "NER", "MLI", "2024-05", "occurred") in dyads(events(text))


def test_a_government_under_its_president_is_the_source() -> None:
    text = ("Die Regierung unter Präsident Daniel Ortega warf der Regierung Costa Ricas am Montag vor, "
            "Oppositionelle zu schützen.")
    assert dyads(events(text)) == [("criticism", "NIC", "CRI", "2024-07-08", "occurred")]


def test_criticism_by_deputies_of_an_agreement_named_after_a_town_is_domestic() -> None:
    text = ("Frankreich und Marokko unterzeichneten am 3. Mai ein Abkommen. Kritik an der Vereinbarung von Rabat "
            "kam von Abgeordneten: Sie verlangten von der Regierung mehr Transparenz.")
    assert dyads(events(text)) == [("agreement_signed", "FRA", "MAR", "2024-05-03", "occurred")]


def test_praising_the_guest_targets_the_visitor_not_a_later_organisation() -> None:
    text = ("Der tschechische Präsident Petr Pavel besuchte am 2. Mai Warschau. Präsident Andrzej Duda lobte den Gast "
            "und sicherte ihm die Unterstützung Polens bei den Verhandlungen über den EU-Haushalt zu.")
    assert ("support_statement", "POL", "CZE", "2024-05-02", "occurred") in dyads(events(text))
