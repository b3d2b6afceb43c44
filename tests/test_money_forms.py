"""Number forms: thousands grouped by plain spaces, a currency sign before a figure after a year; a date
after a comparison word is no period only when nothing but link words stand between them."""

from __future__ import annotations

import pytest

from chronik.extract.money import find_figures
from chronik.language.text import analyze
from chronik.model import RawDocument
from chronik.pipeline import process


def _facts(text: str) -> list[tuple[str, float, str | None]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value, f.period) for f in record.facts]


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for s in analyze(sentence).sentences for f in find_figures(s)]


@pytest.mark.parametrize("sentence, figures", [
    ("Die Schweiz stellt Laos 250 000 Franken zur Verfügung.", [(250_000, "CHF")]),
    ("Liechtenstein spendete 1 200 000 Franken.", [(1_200_000, "CHF")]),
    ("Der Handel mit Kenia erreichte 2023 £ 3 Mrd.", [(3e9, "GBP")]),
    ("Die Exporte lagen 2022 bei $ 400 Mio.", [(4e8, "USD")]),
    ("Im Bericht stehen 40 Mio. € 2023 als Hilfe.", [(4e7, "EUR")]),
    ("Die Zusage lautet auf 3,9 Mrd. USD 2024.", [(3.9e9, "USD")]),
])
def test_number_forms(sentence: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(sentence) == figures


def test_a_year_before_a_sum_is_no_thousands_group() -> None:
    assert _figures("Im Jahr 2023 300 Millionen Euro zu zahlen, lehnte Ghana ab.") == [(3e8, "EUR")]


def test_a_date_after_a_countrys_comparison_is_the_period() -> None:
    assert _facts("Das Handelsdefizit Kenias gegenüber Indien betrug 2023 rund 3 Milliarden Dollar.") == \
        [("other", 3e9, "2023")]


def test_a_date_right_after_a_comparison_word_is_no_period() -> None:
    facts = _facts("Der Handel zwischen Kenia und Indien erreichte 7 Milliarden Dollar, "
                   "gegenüber dem Jahr 2021 ein Plus.")
    assert [(k, v) for k, v, _ in facts] == [("trade_volume", 7e9)] and facts[0][2] != "2021"
