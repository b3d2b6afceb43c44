"""The place where an envoy is summoned is the summoning state ("die Einbestellung des israelischen Botschafters
in Santiago": Chile -> Israel), and the von-agent of a passive reaction to an act noun is no party of that act
("Der Angriff auf die Ukraine wurde von Chile verurteilt": Chile condemns, it does not attack)."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die Einbestellung des israelischen Botschafters in Santiago war die dritte in diesem Jahr.",
     ("ACCUSE", "criticism", "CHL", "ISR", "occurred")),
    ("Nach der Einbestellung des iranischen Botschafters in Canberra verschärfte sich der Ton.",
     ("ACCUSE", "criticism", "AUS", "IRN", "occurred")),
])
def test_the_place_of_a_summons_summons(text: str, want: tuple) -> None:
    assert want in found(text)


def test_a_passive_condemnation_agent_does_not_attack() -> None:
    got = found("Der Angriff auf die Ukraine wurde von Chile verurteilt.")
    assert ("ACCUSE", "criticism", "CHL", "UKR", "occurred") in got
    assert all(t != "ASSAULT" or s != "CHL" for t, _, s, _, _ in got)


def test_a_passive_agent_that_carries_the_act_out_stays_its_source() -> None:
    got = found("Der Angriff auf die Grenzposten Armeniens wurde von Aserbaidschan verübt.")
    assert ("ASSAULT", "AZE", "ARM") in [(t, s, o) for t, _, s, o, _ in got]
