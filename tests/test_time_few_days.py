"""'vor wenigen Tagen', 'in den kommenden Tagen': a few days off the document date, dated to that day's month."""

from __future__ import annotations

import pytest

from chronik.extract.time import find_times, resolve_times
from chronik.model import DocDate
from tests.event_reading import dyads, events


@pytest.mark.parametrize("text, anchor, value, future", [
    ("Vor wenigen Tagen hatte die Regierung in Dili den Schritt angekündigt.", "2024-03-14", "2024-03", False),
    ("In den letzten Tagen kam es zu Zwischenfällen.", "2024-03-02", "2024-02", False),  # three days back: February
    ("In den kommenden Tagen soll die Delegation eintreffen.", "2024-05-30", "2024-06", True),
    ("In den nächsten Tagen beginnen die Gespräche.", "2024-05-10", "2024-05", True),
])
def test_few_days_off(text: str, anchor: str, value: str, future: bool) -> None:
    [t] = resolve_times(find_times(text), DocDate(anchor))
    assert (t.value, t.precision, t.future) == (value, "month", future)


def test_few_days_without_a_day_to_count_from_stays_open() -> None:
    [t] = resolve_times(find_times("Vor einigen Tagen bestellte Lima den Botschafter ein."), DocDate("2024-03"))
    assert t.value is None


def test_planned_meeting_in_the_coming_days() -> None:
    found = dyads(events("In den kommenden Tagen will die Außenministerin Samoas ihren tongaischen Amtskollegen "
                         "treffen.", "2024-03-14"))
    assert any(d == "2024-03" and s == "planned" for _, _, _, d, s in found), found
