"""Standing for election told in the present ("der im Oktober 2026 erneut zur Wahl antritt") lies ahead: its time is
no happening that dates the document."""

from __future__ import annotations

from chronik.extract.time import document_date, find_times

TEXT = ("Im März 2025 besuchte der kenianische Präsident Tansania. Für die Präsidentin, die im Oktober 2026 erneut zur "
        "Wahl antritt, ist das ein Erfolg. Der Präsident tritt im Februar 2027 zur Wiederwahl an.")


def test_a_candidacy_in_the_present_lies_ahead() -> None:
    times = find_times(TEXT)
    assert [(t.value, t.future) for t in times] == [("2025-03", False), ("2026-10", True), ("2027-02", True)]


def test_a_candidacy_ahead_does_not_date_the_document() -> None:
    assert document_date(None, find_times(TEXT), TEXT).value == "2025-03"


def test_a_candidacy_told_in_the_past_dates_the_document() -> None:
    text = "Im März 2025 besuchte der kenianische Präsident Tansania. Im Oktober 2025 trat die Präsidentin zur Wahl an."
    assert document_date(None, find_times(text), text).value == "2025-10"
