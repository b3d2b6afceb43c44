"""What observers, analysts or experts expect ("Beobachter rechnen damit, dass …", "Experten gehen davon aus,
dass …") is their guess, not a happening; "gehen … gegen" is a protest only within its clause."""

from __future__ import annotations

from tests.event_reading import dyads, events

LEAD = "Die Krise verschärft sich. "


def test_observers_expectation_is_no_event() -> None:
    text = LEAD + ("Beobachter in Nairobi rechnen damit, dass Äthiopien in den kommenden Tagen kenianische "
                   "Diplomaten ausweisen wird.")
    assert dyads(events(text)) == []


def test_experts_assumption_is_neither_sanction_nor_protest() -> None:
    text = LEAD + "Experten gehen davon aus, dass Peru die Sanktionen gegen Bolivien verlängern wird."
    assert dyads(events(text)) == []


def test_announced_expulsion_and_street_protest_stay() -> None:
    text = LEAD + "Äthiopien will in den kommenden Tagen kenianische Diplomaten ausweisen, erklärte die Regierung."
    assert [(s, a, b, st) for s, a, b, _, st in dyads(events(text))] == [("expulsion", "ETH", "KEN", "planned")]
    text = LEAD + "In Kinshasa gingen am Samstag Tausende gegen Ruanda auf die Straße."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("protest", "COD", "RWA")]
