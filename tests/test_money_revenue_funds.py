"""Revenue or fees anywhere in a figure's phrase make it a held sum (kind other); a multilateral fund gives aid,
a sovereign wealth fund invests; an investment announced into a plant stays an investment."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Das Embargo kostete Venezuela nach Schätzung der Zentralbank rund 20 Milliarden Dollar an Ölerlösen.",
     [("other", 2e10)]),
    ("Aus dem Fonds sollen Malawi bis 2026 insgesamt 80 Millionen Euro zufließen.", [("aid", 8e7)]),
    ("Der Klimafonds sagte Bangladesch 50 Millionen Dollar zu.", [("aid", 5e7)]),
    ("Der Staatsfonds Saudi-Arabiens sagte Ägypten 5 Milliarden Dollar zu.", [("investment", 5e9)]),
    ("Der Autobauer Toyota kündigte eine Investition von 600 Millionen Dollar in sein Werk in Brasilien an.",
     [("investment", 6e8)]),
])
def test_revenue_funds_and_announced_investments(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts
