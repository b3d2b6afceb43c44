"""Debt stocks a country owes are held sums (kind other); a waived debt stays aid; loan tranches are aid."""

from __future__ import annotations

import pytest

from tests.fact_reading import only


@pytest.mark.parametrize("text, value", [
    ("Von den rund 9 Milliarden Dollar Auslandsschulden Sambias entfällt ein Drittel auf Anleihen, "
     "die in Europa investiert wurden.", 9e9),
    ("Die Staatsschulden Argentiniens bei ausländischen Investoren belaufen sich auf 150 Milliarden Dollar.", 150e9),
    ("Die Verschuldung Sri Lankas gegenüber ausländischen Investoren erreichte 50 Milliarden Dollar.", 50e9),
])
def test_debts_owed_are_other_not_investment(text: str, value: float) -> None:
    fact = only(text)
    assert (fact.kind, fact.value) == ("other", pytest.approx(value))


def test_waived_debt_is_aid() -> None:
    fact = only("Frankreich erlässt Madagaskar Schulden von 50 Millionen Euro.")
    assert (fact.kind, fact.value) == ("aid", pytest.approx(50e6))


@pytest.mark.parametrize("text, value", [
    ("Japan zahlte Bangladesch die zweite Kredittranche von 500 Millionen Dollar aus.", 500e6),
    ("Die EU überwies der Ukraine zwei Tranchen von zusammen 4 Milliarden Euro.", 4e9),
])
def test_loan_tranches_are_aid(text: str, value: float) -> None:
    fact = only(text)
    assert (fact.kind, fact.value) == ("aid", pytest.approx(value))
