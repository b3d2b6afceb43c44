"""Money paid into a fund or mobilised by a partnership is aid; a company or fund that gives money invests."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, value", [
    ("Dänemark zahlt 300 Millionen Kronen in den Fonds für Klimaschäden ein.", 3e8),
    ("Island hat 2023 rund 20 Millionen Euro in den Wiederaufbaufonds für die Ukraine eingezahlt.", 2e7),
    ("Die Klimapartnerschaft mit Indonesien soll Mittel von 20 Milliarden Dollar mobilisieren.", 2e10),
])
def test_payments_into_a_fund_and_mobilised_money_are_aid(text: str, value: float) -> None:
    assert _kinds(text) == [("aid", value)]


def test_a_fund_that_gives_money_invests() -> None:
    assert _kinds("Der Staatsfonds Katars sagte Ruanda 200 Millionen Dollar zu.") == [("investment", 2e8)]
