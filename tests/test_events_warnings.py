"""A warning against a measure ('warnte X vor einer Blockade', 'warnte vor neuen Sanktionen') tells no
such measure; a measure taken beside the warning still counts."""

from __future__ import annotations

from tests.event_reading import found


def test_blockade_warned_against_is_no_rejection() -> None:
    text = "Der rumänische Präsident Nicușor Dan warnte die Slowakei am Montag vor einer Blockade der Hilfe für Moldau."
    assert not [e for e in found(text) if e[0] in ("REJECT", "SANCTION", "COERCE")]


def test_sanctions_warned_against_are_none() -> None:
    text = "Der rumänische Präsident Nicușor Dan warnte am Montag vor neuen Sanktionen gegen Serbien."
    assert not [e for e in found(text) if e[0] == "SANCTION"]


def test_sanctions_imposed_beside_a_warning_still_count() -> None:
    text = "Rumänien warnte vor einer Eskalation und verhängte am Montag Sanktionen gegen Serbien."
    assert ("SANCTION", "sanction", "ROU", "SRB", "occurred") in found(text)
