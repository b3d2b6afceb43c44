"""A visit or talks that last are dated by their start: 'seit Montag', 'ab Montag' ('ab' + a weekday lies ahead)."""

from __future__ import annotations

from chronik.extract.time import find_times, resolve_times
from chronik.model import DocDate
from tests.event_reading import dyads, events

THURSDAY = "2024-03-14"


def test_stay_since_monday() -> None:
    found = dyads(events("Seit Montag hält sich der Präsident Malawis zu einem Besuch in Sambia auf.", THURSDAY))
    assert [(a, b, d, s) for _, a, b, d, s in found] == [("MWI", "ZMB", "2024-03-11", "occurred")], found


def test_visit_from_monday_on() -> None:
    found = dyads(events("Der Präsident Malawis besucht ab Montag Sambia.", THURSDAY))
    assert [(a, b, d, s) for _, a, b, d, s in found] == [("MWI", "ZMB", "2024-03-18", "planned")], found


def test_ab_weekday_is_the_coming_one() -> None:
    [t] = resolve_times(find_times("Ab Montag gelten die neuen Regeln."), DocDate(THURSDAY))
    assert t.value == "2024-03-18"


def test_since_dates_no_single_act() -> None:
    found = dyads(events("Seit Montag kritisiert Malawi die Regierung Sambias scharf.", THURSDAY))
    assert [(a, b) for _, a, b, _, _ in found] == [("MWI", "ZMB")], found
    assert all(d != "2024-03-11" for _, _, _, d, _ in found), found


def test_first_since_a_year_is_no_start() -> None:
    text = "Am Montag führte der Präsident Malawis beim ersten Gipfel seit 2018 Gespräche mit dem Präsidenten Sambias."
    found = dyads(events(text, THURSDAY))
    assert [d for _, _, _, d, _ in found] == ["2024-03-11"], found  # the Monday, not 2018
