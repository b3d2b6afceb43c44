"""Visits: a habitual stay with its list of years, arrivals ('angereist'), planned flights, visits only
envisaged ('ins Auge gefasst') (own sentences)."""

from __future__ import annotations

from tests.event_reading import dyads, events, found


def test_regular_guest_with_years_gives_one_visit_per_year() -> None:
    text = ("Der peruanische Außenminister Luis Soto war in den vergangenen Jahren regelmäßig zu Gast in Madrid "
            "(2019, 2021 und 2023).")
    assert [(d[0], d[1], d[2], d[3]) for d in dyads(events(text))] == [
        ("visit", "PER", "ESP", y) for y in ("2019", "2021", "2023")]
    assert found("Der peruanische Außenminister Luis Soto ist regelmäßig zu Gast in Madrid.") == []


def test_arrived_guests() -> None:
    text = "Zur Zeremonie in Accra waren der nigerianische Präsident und die togoische Premierministerin angereist."
    got = found(text)
    assert ("CONSULT", "visit", "NGA", "GHA", "occurred") in got
    assert ("CONSULT", "visit", "TGO", "GHA", "occurred") in got


def test_planned_flight_to_talk() -> None:
    text = ("Der kolumbianische Außenminister will am Mittwoch nach Washington fliegen, um dort mit seinem US-Kollegen "
            "über Migration zu sprechen.")
    got = found(text)
    assert ("AGREE", "visit", "COL", "USA", "planned") in got
    assert ("AGREE", "talks", "COL", "USA", "planned") in got


def test_envisaged_visit_is_planned() -> None:
    text = "Ein Besuch des pakistanischen Premierministers in der Türkei war bereits ins Auge gefasst worden."
    assert found(text) == [("AGREE", "visit", "PAK", "TUR", "planned")]
