"""What a purpose costs ('Der Wiederaufbau … wird 486 Milliarden kosten') is a project's value, not aid;
bought bonds are an investment and a concession a deal."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Der Wiederaufbau von Gaza wird nach Schätzung der Vereinten Nationen 50 Milliarden Dollar kosten.",
     [("project_value", 5e10)]),
    ("Der Neubau des Krankenhauses in Maputo, den Portugal bezahlt, kostet 40 Millionen Euro.",
     [("project_value", 4e7)]),
    ("Kanada stellt für den Wiederaufbau in Haiti Hilfe von 30 Millionen Dollar bereit, die Kosten sind höher.",
     [("aid", 3e7)]),
    ("China kaufte Anleihen Sri Lankas im Wert von 2 Milliarden Dollar.", [("investment", 2e9)]),
    ("Ein türkischer Konzern erhielt die Konzession für den Flughafen von Pristina für 500 Millionen Euro.",
     [("contract_value", 5e8)]),
])
def test_costs_bonds_and_concessions(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts
