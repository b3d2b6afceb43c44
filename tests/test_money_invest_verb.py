"""What someone invests in a project is an investment; the investment volume of a named project is its value."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, value", [
    ("Der koreanische Konzern Hyundai will 1,5 Milliarden Dollar in ein Werk in Indonesien investieren.", 1.5e9),
    ("Ein indisches Konsortium investiert 300 Millionen Dollar in ein Kraftwerk in Tansania.", 3e8),
    ("Der Stahlkonzern investierte 2 Milliarden Euro in den Bau einer Fabrik in Algerien.", 2e9),
])
def test_money_invested_in_a_plant_is_an_investment(text: str, value: float) -> None:
    assert _kinds(text) == [("investment", value)]


@pytest.mark.parametrize("text, value", [
    ("Das Investitionsvolumen des Windparks vor der Küste Taiwans liegt bei 4 Milliarden Dollar.", 4e9),
    ("Der Solarpark in Ägypten hat ein Investitionsvolumen von 2 Milliarden Dollar.", 2e9),
    ("Die Pipeline zwischen Aserbaidschan und der Türkei hat ein Volumen von 8 Milliarden Dollar.", 8e9),
    ("Der Staudamm am Mekong in Laos hat 3,8 Milliarden Dollar gekostet.", 3.8e9),
    ("Die neue Raffinerie in Mexiko hat einen Wert von 16 Milliarden Dollar.", 16e9),
])
def test_a_named_projects_volume_is_its_value(text: str, value: float) -> None:
    assert _kinds(text) == [("project_value", value)]
