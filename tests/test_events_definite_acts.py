"""A definite act noun whose phrase names its counterpart ('die Sanktionen gegen Nordkorea', 'die Angriffe auf die
Ukraine'), in a clause that names its actor, tells a new act when the article told none of its kind before; an
attribute of another noun ('die Aufhebung der Sanktionen gegen X') or an act told before does not."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Japan hat die Sanktionen gegen Nordkorea bereits im März verhängt.", ("SANCTION", "JPN", "PRK")),
    ("Russland setzte die Angriffe auf die Ukraine am Montag fort.", ("ASSAULT", "RUS", "UKR")),
])
def test_a_definite_act_noun_told_first(text: str, want: tuple[str, str, str]) -> None:
    assert [(kind, src, tgt) for kind, _, src, tgt, _ in found(text)] == [want]


@pytest.mark.parametrize("text", [
    "Die Angriffe auf Israel gingen am Montag weiter.",
    "Nach der Aufhebung der Sanktionen gegen Iran stieg der Handel.",
    "Die EU überwacht die Einhaltung des Embargos gegen Libyen.",
])
def test_no_actor_or_an_attribute_of_another_noun_tells_no_act(text: str) -> None:
    assert found(text) == []


def test_an_act_told_before_is_referred_back_to() -> None:
    text = "Japan hat im März Sanktionen gegen Nordkorea verhängt. Japan hat die Sanktionen gegen Nordkorea gelobt."
    assert [e[1] for e in found(text)].count("sanction") == 1
