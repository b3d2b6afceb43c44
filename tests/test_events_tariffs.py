"""Tariffs introduced with a separable verb ('führte Zölle gegen China ein') or in a relative clause ('Die Zölle,
die Ottawa 2018 gegen China einführte, …') are a sanction, dated by their own clause."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events


@pytest.mark.parametrize("text", [
    "Die Regierung in Ottawa führte 2018 Zölle gegen China ein.",
    "Die Zölle, die die Regierung in Ottawa 2018 gegen China einführte, bestehen fort.",
])
def test_tariffs_introduced(text: str) -> None:
    assert dyads(events(text)) == [("sanction", "CAN", "CHN", "2018", "occurred")]


def test_tariffs_lowered_are_no_sanction() -> None:
    assert [d for d in dyads(events("Kanada hat die Zölle auf Waren aus China gesenkt.")) if d[0] == "sanction"] == []
