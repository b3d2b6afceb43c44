"""Money pledged or lent with a verb and no kind noun is aid: 'sollen … fließen', 'stellte … in Aussicht',
'lieh', the remission of debts ('den Erlass von Schulden'), an aid package inside a compound."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, value", [
    ("Aus dem Programm der Weltgemeinschaft sollen 25 Millionen Euro in die Schulen Malawis fließen.", 25e6),
    ("Spanien stellte Mauretanien Mittel von 200 Millionen Euro für die Grenzkontrolle in Aussicht.", 2e8),
    ("Kuwait lieh dem Sudan 500 Millionen Dollar für den Weizenimport.", 5e8),
    ("Frankreich kündigte den Erlass von Schulden Benins in Höhe von 90 Millionen Euro an.", 9e7),
    ("Kanada kündigte ein Wiederaufbauhilfepaket für Haiti im Umfang von 80 Millionen Dollar an.", 8e7),
])
def test_pledged_or_lent_money_is_aid(text: str, value: float) -> None:
    assert _kinds(text) == [("aid", value)]
