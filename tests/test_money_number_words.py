"""Swiss thousands ('800'000 Franken') and the rarer German number words ('dreizehn', 'vierhundert',
'viereinhalb') before a scale word."""

from __future__ import annotations

import pytest

from chronik.extract.money import find_figures, parse_number
from chronik.language.text import analyze


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for s in analyze(sentence).sentences for f in find_figures(s)]


@pytest.mark.parametrize("text, value", [("800'000", 800_000), ("1'250'000", 1_250_000), ("2\u2019500", 2500)])
def test_parse_number_reads_swiss_thousands(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("sentence, figures", [
    ("Bern stellt Benin 600'000 Franken zur Verfügung.", [(600_000, "CHF")]),
    ("Die Hilfe beträgt Fr. 1'200'000.", [(1_200_000, "CHF")]),
    ("Der Handel erreichte siebzehn Milliarden Euro.", [(17e9, "EUR")]),
    ("Die Firma investiert sechshundert Millionen Dollar.", [(6e8, "USD")]),
    ("Die Geber sagten fünfeinhalb Milliarden Dollar zu.", [(5.5e9, "USD")]),
])
def test_figures_in_rarer_forms(sentence: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(sentence) == figures


def test_a_swiss_count_without_currency_is_no_figure() -> None:
    assert _figures("In der Stadt leben 400'000 Menschen.") == []
