"""A deal noun in a background phrase ('Seit dem Freihandelsabkommen …', 'Dank des Abkommens …') does not
decide the kind of a figure that measures something else."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Seit dem Freihandelsabkommen wuchs der Handel zwischen Peru und Korea 2023 auf ein Volumen von 12 Milliarden "
     "Dollar.", [("trade_volume", 12e9)]),
    ("Dank des Partnerschaftsabkommens stiegen die Exporte Georgiens in die EU 2023 auf 1 Milliarde Euro.",
     [("trade_volume", 1e9)]),
    ("Seit Jahren investieren Firmen aus Japan jährlich rund 3 Milliarden Dollar in Thailand.", [("investment", 3e9)]),
])
def test_a_background_deal_does_not_decide(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts


def test_a_deal_that_is_the_figures_subject_still_decides() -> None:
    assert _kinds("Das Abkommen zwischen Peru und Korea hat einen Wert von 2 Milliarden Dollar.") == \
        [("contract_value", 2e9)]
