"""'am 30./31. Januar', 'im Juli/August': a slash joins the first and last day or month of one span."""

from __future__ import annotations

import pytest

from chronik.extract.time import find_times, resolve_times
from chronik.model import DocDate
from tests.event_reading import dyads, events


@pytest.mark.parametrize("text, value, end_value", [
    ("Am 30./31. Januar tagte der Rat in Vaduz.", "2024-01-30", "2024-01-31"),
    ("Am 3./4. März 2023 tagte der Rat in Vaduz.", "2023-03-03", "2023-03-04"),
    ("Im Juli/August reiste die Ministerin durch Zentralasien.", "2023-07", "2023-08"),
])
def test_slash_span(text: str, value: str, end_value: str) -> None:
    [t] = resolve_times(find_times(text), DocDate("2024-03-14"))
    assert (t.value, t.end_value) == (value, end_value)


def test_event_on_a_slash_span_takes_its_first_day() -> None:
    found = dyads(events("Am 30./31. Januar führte der Präsident Benins Gespräche mit dem Präsidenten Togos.",
                         "2024-03-14"))
    assert ("talks", "BEN", "TGO", "2024-01-30", "occurred") in found, found
