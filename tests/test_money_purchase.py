"""Buying, selling and exchanging goods is trade; buying other things (arms, aircraft) is a deal's value."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, value", [
    ("Marokko verkaufte 2023 Phosphatdünger im Wert von 1,8 Milliarden Dollar an Indien.", 1.8e9),
    ("Die Türkei kaufte im vergangenen Jahr Erdgas für mehr als 12 Milliarden Dollar in Aserbaidschan.", 12e9),
    ("Nach Ägypten wurden 2022 Waren im Wert von 900 Millionen Euro aus Tunesien verkauft.", 9e8),
    ("Peru und Ecuador tauschten 2023 Güter im Wert von 2,1 Milliarden Dollar aus.", 2.1e9),
    ("Im Jahr 2023 wurden zwischen Chile und Japan Waren für rund 11 Milliarden Dollar ausgetauscht.", 11e9),
])
def test_goods_bought_sold_or_exchanged_are_trade(text: str, value: float) -> None:
    assert _kinds(text) == [("trade_volume", value)]


@pytest.mark.parametrize("text, value", [
    ("Rumänien kauft in den USA Kampfflugzeuge für 6,5 Milliarden Dollar.", 6.5e9),
    ("Katar bestellte bei Italien sieben Korvetten für 4 Milliarden Euro.", 4e9),
    ("Washington genehmigte den Verkauf von Hubschraubern an Marokko im Wert von 1 Milliarde Dollar.", 1e9),
    ("Die Philippinen kaufen in Südkorea Fregatten für 600 Millionen Dollar.", 6e8),
])
def test_other_purchases_are_a_deals_value(text: str, value: float) -> None:
    assert _kinds(text) == [("contract_value", value)]


def test_a_contract_value_named_as_such_is_one_even_for_a_delivery() -> None:
    assert _kinds("Der Auftragswert für die Lieferung der Korvetten an Ägypten liegt bei 2 Mrd. Euro.") == \
        [("contract_value", 2e9)]


def test_a_purchase_of_a_stake_stays_an_investment() -> None:
    assert _kinds("Der Staatsfonds Katars kaufte für 900 Millionen Euro Anteile an einem Hafen in Griechenland.") == \
        [("investment", 9e8)]


def test_an_acquisition_is_a_deal_or_a_companys_investment() -> None:
    assert _kinds("Marokko erwarb 24 Hubschrauber für 1,2 Milliarden Dollar.") == [("contract_value", 1.2e9)]
    assert _kinds("Der Konzern DP World erwarb den Hafen von Dakar für 800 Millionen Euro.") == [("investment", 8e8)]


def test_a_companys_takeover_is_an_investment_a_states_is_none() -> None:
    assert _kinds("Der Konzern Nestlé übernimmt für 1,2 Milliarden Franken einen Hersteller in Brasilien.") == \
        [("investment", 1.2e9)]
    assert [k for k, _ in _kinds("Kuwait übernimmt die Kosten der Schulen in Jordanien mit 20 Millionen Dollar.")] \
        != ["investment"]
