"""Document dates inferred from year-less days after a month and from scheduled happenings."""

from __future__ import annotations

import pytest

from chronik.extract.time import document_date, find_times


def _inferred(text: str) -> str | None:
    return document_date(None, find_times(text), text).value


@pytest.mark.parametrize("text, expected", [
    # a year-less day months after a month alone is later that year
    ("Im Januar 2024 brach der Streit um die Fischgründe aus. Am 9. Juli unterzeichneten Chile und Peru "
     "ein Abkommen.", "2024-07-09"),
    ("Seit Februar 2023 stockten die Gespräche. Am 21. Oktober reiste die Außenministerin nach Montevideo.",
     "2023-10-21"),
    # in the pluperfect it is the one a year before, and after a full day too
    ("Im Januar 2024 brach der Streit aus. Am 9. Juli hatten beide Seiten ein Abkommen unterzeichnet.", "2024-01"),
    ("Am 3. März 2026 begann der Streit. Am 28. November hatte Quito einen Posten besetzt.", "2026-03-03"),
])
def test_yearless_day_after_a_month(text: str, expected: str) -> None:
    assert _inferred(text) == expected


@pytest.mark.parametrize("text", [
    "Im Oktober 2024 trafen sich die Minister in Asunción. Die im Februar 2025 anstehende Abstimmung gilt als offen.",
    "Im Oktober 2024 trafen sich die Minister in Asunción. Das Referendum ist auf Februar 2025 terminiert.",
    "Im Oktober 2024 trafen sich die Minister in Asunción. Die im März 2025 vorgesehenen Wahlen gelten als offen.",
])
def test_a_scheduled_happening_dates_no_document(text: str) -> None:
    assert _inferred(text) == "2024-10"


def test_weekdays_after_a_full_date_go_on_through_the_week() -> None:
    text = ("Am Montag, dem 10. März 2025, traf die Außenministerin in Reykjavík ein. Am Mittwoch sprach sie mit "
            "dem Premierminister. Am Freitag reiste sie weiter nach Tórshavn.")
    assert _inferred(text) == "2025-03-14"
