"""An unscaled figure beside a unit of goods ('ein Liter Benzin … 700 Naira') is a unit price: kind other."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, value", [
    ("Im April kostete ein Liter Diesel in Kenia 190 Schilling.", 190),
    ("Eine Tonne Kupfer aus Sambia kostete zuletzt 9.000 Dollar.", 9000),
])
def test_a_unit_price_is_other(text: str, value: float) -> None:
    assert _kinds(text) == [("other", value)]


def test_a_scaled_cost_beside_a_unit_stays_a_projects_value() -> None:
    assert _kinds("Die Anlage für eine Million Tonnen Flüssiggas im Jahr kostet 2 Milliarden Dollar.") == \
        [("project_value", 2e9)]
