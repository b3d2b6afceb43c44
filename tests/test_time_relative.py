"""Spans and relative times that count from a date told before: numeric spans whose first day has no
year, "seither", and offsets from a happening ("zwei Tage vor dem Angriff")."""

from __future__ import annotations

import pytest

from chronik.extract.time import document_date, find_times, resolve_times
from chronik.language.text import analyze
from chronik.model import DocDate, TimeExpr


def resolved(text: str, anchor: str = "2025-06-12") -> list[TimeExpr]:
    return resolve_times(find_times(text), DocDate(anchor), analyze(text))


@pytest.mark.parametrize("text, span, value, end_value", [
    ("Vom 14.9. bis 2.10.2023 tagte die Kommission in Tiflis.", "Vom 14.9. bis 2.10.2023", "2023-09-14", "2023-10-02"),
    ("Vom 05.04. bis zum 07.04.2022 war die Delegation in Baku.", "Vom 05.04. bis zum 07.04.2022", "2022-04-05",
     "2022-04-07"),
    ("Die Manöver liefen vom 11. bis 19.8.2021 vor der Küste.", "vom 11. bis 19.8.2021", "2021-08-11", "2021-08-19"),
    ("Vom 29.12.-4.1.2020 blieb die Grenze zu.", "Vom 29.12.-4.1.2020", "2019-12-29", "2020-01-04"),
])
def test_numeric_span_takes_the_year_of_its_last_day(text: str, span: str, value: str, end_value: str) -> None:
    times = resolved(text)
    assert [(t.text, t.value, t.end_value) for t in times] == [(span, value, end_value)]


def test_a_single_numeric_date_stays_one_day() -> None:
    assert [(t.text, t.value) for t in resolved("Am 3.7.2024 unterzeichneten beide Seiten.")] == [
        ("Am 3.7.2024", "2024-07-03")]


def test_seither_is_the_date_told_before_at_its_precision() -> None:
    times = resolved("Im Oktober 2022 begannen Gespräche in Wien. Seither trafen sich die Delegationen sechsmal.")
    assert [(t.text, t.value, t.precision) for t in times] == [
        ("Im Oktober 2022", "2022-10", "month"), ("Seither", "2022-10", "month")]


def test_seither_without_a_date_before_has_no_value() -> None:
    assert [t.value for t in resolved("Die Grenze ist seither geschlossen.")] == [None]


@pytest.mark.parametrize("text, span, value", [
    ("Am 14. März beschossen Einheiten einen Grenzposten. Drei Tage nach dem Beschuss rief Quito seinen "
     "Botschafter zurück.", "Drei Tage nach dem Beschuss", "2025-03-17"),
    ("Am 14. März wurde gewählt. Einen Tag vor der Wahl hatte Lima den Gesandten einbestellt.",
     "Einen Tag vor der Wahl", "2025-03-13"),
])
def test_offset_from_a_happening_counts_from_the_date_told_before(text: str, span: str, value: str) -> None:
    times = resolved(text)
    assert (times[-1].text, times[-1].value) == (span, value)


def test_offset_whose_noun_has_its_own_date_is_no_offset() -> None:
    times = resolved("Am 14. März wurde gewählt. Zwei Tage nach der Abstimmung am 2. April reiste er ab.")
    assert [t.text for t in times] == ["Am 14. März", "am 2. April"]


def test_offset_in_years_from_a_happening_is_not_counted() -> None:
    times = resolved("Am 14. März 2020 wurde gewählt. Zwei Jahre nach der Wahl trat er zurück.")
    assert [t.text for t in times] == ["Am 14. März 2020"]




def test_an_agency_dateline_without_a_year_is_the_document_date_not_a_later_day_the_text_names() -> None:
    text = ("Grenzstreit eskaliert\nAccra, 3. Juni (AFP) – Ghana hatte im Mai 2025 protestiert. Der Gipfel am "
            "20. Juni in Lomé ist abgesagt, ein Treffen im August auch.")
    assert document_date(None, find_times(text), text).value == "2025-06-03"


def test_a_dateline_before_the_month_told_last_lies_in_the_next_year() -> None:
    text = "Lima, 8. Januar (dpa) – Peru hatte im November 2023 den Botschafter einbestellt. Im März ist eine Wahl."
    assert document_date(None, find_times(text), text).value == "2024-01-08"


def test_standing_for_re_election_lies_ahead_and_dates_no_document() -> None:
    text = ("Im März 2025 empfing Präsident Mahama den Gast aus Togo. Mahama, der sich im Dezember 2028 zur "
            "Wiederwahl stellt, lobte die Zusammenarbeit.")
    times = find_times(text)
    assert [t.future for t in times] == [False, True]
    assert document_date(None, times, text).value == "2025-03"


@pytest.mark.parametrize("clause", [
    "Im Oktober stimmt der Senat über das Abkommen ab.",
    "Die Abstimmung im Senat steht im Oktober an.",
    "Präsident Arce, dessen Amtszeit im November 2026 endet, sprach von einem Erfolg.",
    "Die Ratifizierung findet im Oktober 2025 statt.",
])
def test_a_scheduled_happening_told_in_the_present_dates_no_document(clause: str) -> None:
    text = "Bolivien unterzeichnete im Juni 2025 ein Abkommen mit Paraguay. " + clause
    assert document_date(None, find_times(text), text).value == "2025-06"
    past = "Bolivien unterzeichnete im Juni 2025 ein Abkommen mit Paraguay. Im Oktober stimmte der Senat ab."
    assert document_date(None, find_times(past), past).value == "2025-10"
