"""'vom 20. bis 22. Mai' opens a span: in a clause about what lies ahead it is the coming one."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_future_span_with_vom() -> None:
    found = dyads(events("Die Präsidentin Perus wird vom 20. bis 22. Mai Gespräche mit dem Präsidenten Ecuadors "
                         "führen.", "2024-03-14"))
    assert ("talks", "PER", "ECU", "2024-05-20", "planned") in found, found


def test_past_span_with_vom_stays_past() -> None:
    found = dyads(events("Die Präsidentin Perus besuchte vom 3. bis 5. März Ecuador.", "2024-03-14"))
    assert ("visit", "PER", "ECU", "2024-03-03", "occurred") in found, found


def test_vom_date_of_a_noun_stays_past() -> None:
    found = dyads(events("Ecuador kritisierte die Erklärung Perus vom 2. April scharf.", "2024-03-14"))
    assert found and all(d is None or d < "2024-03-14" for _, _, _, d, _ in found), found
