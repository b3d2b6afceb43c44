"""A goal word after a trade figure's comma-bounded phrase sets a later aim, not that figure's kind."""

from __future__ import annotations

import pytest

from tests.fact_reading import only


@pytest.mark.parametrize("text, value, period", [
    ("Beide Seiten hielten fest, dass der bilaterale Handel im Jahr 2023 rund 3 Milliarden Dollar erreicht hat, "
     "und vereinbarten, ihn bis 2030 zu verdoppeln.", 3e9, "2023"),
    ("Der Warenaustausch zwischen Peru und Korea lag 2022 bei 4 Milliarden Dollar, doch beide Regierungen "
     "wollen ihn bis 2027 verdoppeln.", 4e9, "2022"),
])
def test_trade_level_before_a_later_goal_stays_trade(text: str, value: float, period: str) -> None:
    fact = only(text)
    assert (fact.kind, fact.value, fact.period) == ("trade_volume", pytest.approx(value), period)


def test_goal_in_the_figures_own_phrase_is_still_a_goal() -> None:
    fact = only("Beide Regierungen wollen den Handel zwischen Kenia und Indien auf 10 Milliarden Dollar steigern.")
    assert (fact.kind, fact.value) == ("other", pytest.approx(10e9))


def test_goal_with_its_target_year_is_trade() -> None:
    fact = only("Ghana und die Türkei bekräftigten das Ziel, den Handel bis 2028 auf 5 Milliarden Dollar zu steigern.")
    assert (fact.kind, fact.value, fact.period) == ("trade_volume", pytest.approx(5e9), "2028")
