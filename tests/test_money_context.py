"""A figure that continues the previous sentence ('Davon …', 'weitere …') takes its kind."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def _kinds(text: str) -> list[tuple[str, float]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value) for f in record.facts]


@pytest.mark.parametrize("text, facts", [
    ("Korea will in Usbekistan 3 Milliarden Dollar investieren. Davon sollen 1 Milliarde in Kraftwerke fließen.",
     [("investment", 3e9), ("investment", 1e9)]),
    ("Die Golfstaaten sagten Jordanien Hilfen von 400 Millionen Dollar zu. "
     "Darunter sind 150 Millionen Dollar aus Kuwait.",
     [("aid", 4e8), ("aid", 1.5e8)]),
    ("Im Jahr 2021 sagte Kanada Ghana Hilfen von 60 Millionen Dollar zu. "
     "Zwei Jahre später folgten weitere 40 Millionen.",
     [("aid", 6e7), ("aid", 4e7)]),
])
def test_a_continuing_figure_takes_the_previous_kind(text: str, facts: list[tuple[str, float]]) -> None:
    assert _kinds(text) == facts


def test_a_part_with_its_own_kind_keeps_it() -> None:
    assert _kinds("Japan sagte Laos 300 Millionen Dollar an Hilfen zu. Davon sind 100 Millionen Dollar Kredite.") == \
        [("aid", 3e8), ("aid", 1e8)]
