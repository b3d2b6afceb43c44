"""Light-verb and idiomatic acts: forced to turn back ('zwang den chinesischen Frachter zur Umkehr': coercion of the
ship's country), calling a leader names ('nannte den Präsidenten Guyanas einen Verräter': criticism), a restitution
('Rückgabe von 30 Masken an Kamerun': a concession); a delegation received in the passive is its country's visit."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Ein Patrouillenboot der Philippinen zwang den chinesischen Frachter zur Umkehr.",
     ("COERCE", "coercion", "PHL", "CHN")),
    ("Der Präsident Venezuelas nannte den Präsidenten Guyanas einen Verräter.", ("ACCUSE", "criticism", "VEN", "GUY")),
    ("Mit der Rückgabe von 30 Masken an Kamerun setzte Belgien im Juni ein Zeichen.",
     ("CONCEDE", "other", "BEL", "CMR")),
    ("Zuvor war die Delegation aus Nepal vom Parlamentspräsidenten Indiens empfangen worden.",
     ("CONSULT", "visit", "NPL", "IND")),
])
def test_a_light_verb_or_idiomatic_act(text: str, want: tuple[str, str, str, str]) -> None:
    assert [e[:4] for e in found(text)] == [want]


def test_a_restitution_demanded_is_no_concession() -> None:
    text = "Kamerun fordert von Belgien die Rückgabe von Masken an das Land."
    assert [e for e in found(text) if e[0] == "CONCEDE"] == []
