"""In an undated text a year-less day given with its weekday ('Am Dienstag (14. März)') lies in the first year from
the text's year on in which that day is that weekday."""

from __future__ import annotations

from chronik.extract.time import document_date, find_times


def docdate(text: str) -> str | None:
    return document_date(None, find_times(text), text).value


def test_weekday_picks_the_year() -> None:
    assert docdate("Seit 2019 verhandeln Lesotho und Eswatini. Am Dienstag (14. März) trafen sich die Delegationen.") \
        == "2023-03-14"


def test_apposition_after_the_day() -> None:
    assert docdate("Seit 2019 verhandeln die beiden. Am 14. März, einem Dienstag, trafen sich die Delegationen.") \
        == "2023-03-14"


def test_weekday_that_fits_the_year_keeps_it() -> None:
    assert docdate("Im Januar 2023 begann der Streit. Am Dienstag (14. März) trafen sich die Delegationen.") \
        == "2023-03-14"
