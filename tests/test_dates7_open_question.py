"""An indirect question about what is still open ("Ob die Wahlen im Dezember etwas ändern, ist offen") tells no
happening: its year-less date lies ahead and does not date the document; with a past auxiliary it is past."""

from __future__ import annotations

from chronik.extract.time import document_date, find_times


def test_a_yearless_month_in_an_open_question_lies_ahead() -> None:
    text = ("Am 12. März 2025 besuchte der Präsident Sambias Angola. Ob die Gespräche im Oktober weitere Abkommen "
            "bringen, ist offen.")
    times = find_times(text)
    assert [(t.text, t.future) for t in times] == [("Am 12. März 2025", False), ("im Oktober", True)]
    assert document_date(None, times, text).value == "2025-03-12"


def test_an_open_question_after_a_comma_lies_ahead() -> None:
    times = find_times("Unklar bleibt, ob die Regierung im Juni neue Zölle erhebt.")
    assert [(t.text, t.future) for t in times] == [("im Juni", True)]


def test_an_open_question_about_the_past_is_past() -> None:
    times = find_times("Unklar bleibt, ob der Präsident im Juni nach Lima gereist war.")
    assert [(t.text, t.future) for t in times] == [("im Juni", False)]
