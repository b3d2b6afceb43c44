"""A list line with no final period ("– Mai 2023: X wird … empfangen") ends at the blank line after it: its "wird"
does not make the next paragraph's dated act lie ahead."""

from __future__ import annotations

from chronik.extract.time import find_times
from tests.event_reading import dyads, events

TEXT = ("Chronik:\n– Mai 2023: Präsident Boluarte wird vom italienischen Ministerpräsidenten in Rom empfangen\n\n"
        "Am 12. Juni 2023 kritisierte der peruanische Präsident Italien scharf.")


def test_the_next_paragraphs_date_is_no_future() -> None:
    assert [(t.value, t.future) for t in find_times(TEXT)] == [("2023-05", False), ("2023-06-12", False)]


def test_the_next_paragraphs_act_occurred() -> None:
    assert ("criticism", "PER", "ITA", "2023-06-12", "occurred") in dyads(events(TEXT, None))


def test_a_future_in_the_same_paragraph_still_reaches_its_date() -> None:
    times = find_times("Der Präsident wird nach Angaben seines Büros\nim Juli 2026 nach Rom reisen.")
    assert [(t.value, t.future) for t in times] == [("2026-07", True)]
