"""Kind nouns found in the eighth audit batch: donors and pledges ('Geber', 'Zusage'), military packages,
deals concluded ('Abschlüsse') and buyers or suppliers of goods ('Abnehmer', 'Lieferant')."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Schweden ist der größte Geber in Mosambik (2023: 300 Millionen Kronen).", [("aid", 3e8)]),
    ("Die Zusage Kanadas über 90 Millionen Dollar für Jordanien wurde im Parlament begrüßt.", [("aid", 9e7)]),
    ("Finnland kündigte ein Militärpaket für die Ukraine im Umfang von 200 Millionen Euro an.", [("aid", 2e8)]),
    ("In Abu Dhabi wurden Abschlüsse im Wert von 8 Milliarden Dollar zwischen den Emiraten und Indien erzielt.",
     [("contract_value", 8e9)]),
    ("Mit Waren im Wert von 1,1 Milliarden Euro war Algerien 2023 der wichtigste Abnehmer Tunesiens.",
     [("trade_volume", 1.1e9)]),
])
def test_kind_nouns(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts


@pytest.mark.parametrize("text", [
    "Als Gastgeber des Gipfels sagte Katar Investitionen von 5 Milliarden Dollar in Jordanien zu.",
    "Die Investitionszusagen aus Japan für Vietnam beliefen sich auf 4 Milliarden Dollar.",
])
def test_a_host_or_an_investment_pledge_stays_investment(text: str) -> None:
    assert [kind for kind, _ in _kinds(text)] == ["investment"]
