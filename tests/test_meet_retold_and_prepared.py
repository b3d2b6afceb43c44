"""Precision: travellers ('Reisende') make no visit, a trip or meeting characterised again ('Es handelt sich
um die erste Auslandsreise …', 'Es war das erste Treffen … seit …') is the one told before, and a visit being
prepared ('vorbereitet worden') lies ahead (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_travellers_are_no_visit() -> None:
    assert found("Indische Reisende stornierten massenhaft ihre Urlaube auf den Malediven.") == []


def test_trip_and_meeting_characterised_again() -> None:
    text = ("Der sudanesische General traf in Kairo ein. Es handelt sich um die erste Auslandsreise des Generals "
            "seit Ausbruch der Kämpfe.")
    assert [f[:2] for f in found(text)] == [("CONSULT", "visit")]
    text = ("Ecuadors Präsident traf am Freitag seine peruanische Amtskollegin in Tumbes. Es war das erste Treffen "
            "der beiden Präsidenten seit dem Amtsantritt im November.")
    assert [f[:2] for f in found(text)] == [("CONSULT", "meeting")]


def test_visit_being_prepared_is_planned() -> None:
    text = "Dabei sei der Besuch des ruandischen Präsidenten in Mosambik vorbereitet worden."
    assert found(text) == [("AGREE", "visit", "RWA", "MOZ", "planned")]
