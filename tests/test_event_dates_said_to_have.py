"""'soll … besucht haben': a modal with a perfect infinitive reports the past, so its date is no plan."""

from __future__ import annotations

import pytest

from chronik.extract.time import find_times
from tests.event_reading import dyads, events


@pytest.mark.parametrize("text, future", [
    ("Der Minister soll im Februar heimlich nach Minsk gereist sein.", False),
    ("Die Journalisten sollen am Montag festgenommen worden sein.", False),
    ("Der Minister soll im Februar nach Minsk reisen.", True),
])
def test_perfect_infinitive_is_no_future(text: str, future: bool) -> None:
    [t] = find_times(text)
    assert t.future is future


def test_reported_visit_stays_in_the_past() -> None:
    found = dyads(events("Der Präsident Malawis soll bereits im Februar heimlich Sambia besucht haben.", "2024-03-14"))
    assert ("visit", "MWI", "ZMB", "2024-02", "occurred") in found, found
