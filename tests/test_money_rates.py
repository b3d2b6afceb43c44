"""An exchange rate ('Der Euro stieg auf 1,10 Dollar') is no money fact; customs revenue is no trade."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text", [
    "Der Euro fiel gegenüber dem Dollar auf 1,05 Dollar.",
    "Zeitweise kostete ein Franken 1,12 Dollar, so viel wie seit Jahren nicht.",
    "Der Rubel verlor weiter an Wert und notierte bei 98,5 Rubel je Dollar.",
])
def test_an_exchange_rate_is_no_fact(text: str) -> None:
    assert _kinds(text) == []


def test_a_sum_beside_a_currency_noun_is_still_a_fact() -> None:
    assert _kinds("Der Euro ist in Kosovo Zahlungsmittel; die EU sagte dem Land 60 Millionen Euro an Hilfe zu.") == \
        [("aid", 6e7)]


@pytest.mark.parametrize("text, facts", [
    ("Die Zolleinnahmen Ghanas aus dem Handel mit Togo beliefen sich auf 25 Millionen Dollar.", [("other", 2.5e7)]),
    ("Frankreich will Haiti 80 Millionen Euro für den Wiederaufbau zahlen.", [("aid", 8e7)]),
])
def test_revenue_and_reconstruction_money(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts
