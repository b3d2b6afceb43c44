"""Aid told by its goods: a delivery noun with them ('Mit der Lieferung von 20 Tonnen Medikamenten an Syrien hat
Jordanien …'), boats or vaccines promised ('sagte … Patrouillenboote zu'), support with a sum in the infinitive
('werde Sudan mit 50 Millionen Kronen unterstützen'); a delivery delayed or stopped is none."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Mit der Lieferung von 20 Tonnen Medikamenten an Syrien hat Jordanien am Montag ein Zeichen gesetzt.",
     [("AID", "aid", "JOR", "SYR", "occurred")]),
    ("Japan sagte den Philippinen am Montag zwei weitere Patrouillenboote zu.",
     [("AGREE", "aid", "JPN", "PHL", "planned")]),
    ("Norwegen werde Sudan in diesem Jahr mit weiteren 50 Millionen Kronen unterstützen, kündigte die Ministerin an.",
     [("AGREE", "aid", "NOR", "SDN", "planned")]),
])
def test_aid_told_by_its_goods(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "Die Lieferung von Panzern an die Ukraine durch Spanien verzögert sich.",
    "Die Debatte über die Lieferung von Waffen an die Ukraine hält in Madrid an.",
])
def test_a_delivery_delayed_or_debated_is_no_aid(text: str) -> None:
    assert [e for e in found(text) if e[1] == "aid"] == []
