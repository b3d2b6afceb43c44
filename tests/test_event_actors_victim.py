"""Condemning an act whose culprit the sentence does not name ("verurteilte den Angriff auf Armenien") accuses no
state: the victim after 'auf' is not the target; a named culprit is."""

from __future__ import annotations

from tests.event_reading import found


def test_the_victim_of_a_condemned_attack_is_not_accused() -> None:
    assert all(t != "ACCUSE" for t, _, _, _, _ in found("Frankreich verurteilte am Montag den Angriff auf Armenien."))
    got = found("„Wir verurteilen den Angriff auf Armenien“, sagte der französische Außenminister.")
    assert ("ACCUSE", "criticism", "FRA", "ARM", "occurred") not in got


def test_the_named_culprit_is_accused() -> None:
    got = found("Frankreich verurteilte am Montag den Angriff Aserbaidschans auf Armenien.")
    assert ("ACCUSE", "criticism", "FRA", "AZE", "occurred") in got
    assert ("ASSAULT", "attack", "AZE", "ARM", "occurred") in got
