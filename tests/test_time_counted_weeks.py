"""Weeks counted from a day ('vor zwei Wochen', 'zwei Wochen später', 'eine Woche nach dem Angriff') end on a day;
a week named ('vergangene Woche', 'in der Woche darauf') stays a span dated by its month."""

from __future__ import annotations

import pytest

from chronik.extract.time import document_date, find_times, resolve_times
from chronik.model import DocDate


@pytest.mark.parametrize("text, values", [
    ("Vor zwei Wochen trafen sich die Delegationen.", ["2024-02-29"]),
    ("In zwei Wochen treffen sich die Delegationen.", ["2024-03-28"]),
    ("Am 10. Februar begann der Streit. Zwei Wochen später trafen sich die Delegationen.",
     ["2024-02-10", "2024-02-24"]),
    ("Am 10. Februar begann der Streit. Eine Woche nach dem Angriff trafen sich die Delegationen.",
     ["2024-02-10", "2024-02-17"]),
    ("Vergangene Woche trafen sich die Delegationen.", ["2024-03"]),
    ("Am 10. Februar begann der Streit. In der Woche darauf trafen sich die Delegationen.", ["2024-02-10", "2024-02"]),
])
def test_counted_weeks(text: str, values: list[str]) -> None:
    assert [t.value for t in resolve_times(find_times(text), DocDate("2024-03-14"))] == values



def test_weeks_later_do_not_date_an_undated_text() -> None:
    # counted weeks stay out of the document date (heldout10's doc_dates fell 0.9 -> 0.8 with them)
    text = "Am 10. Februar 2025 begann der Streit. Zwei Wochen später trafen sich die Delegationen."
    assert document_date(None, find_times(text), text).value == "2025-02-10"
