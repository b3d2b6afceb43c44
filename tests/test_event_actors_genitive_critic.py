"""A criticism or appeal noun whose genitive names the critic before 'an' ("die Kritik Tansanias an Uganda",
"der Appell Norwegens an Sri Lanka"): genitive -> an."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die Kritik Tansanias an Uganda wurde am Montag lauter.", ("ACCUSE", "criticism", "TZA", "UGA", "occurred")),
    ("Die scharfe Kritik Brasiliens an Venezuela sorgte für Aufsehen.",
     ("ACCUSE", "criticism", "BRA", "VEN", "occurred")),
    ("Der Appell Norwegens an Sri Lanka blieb ohne Antwort.", ("REQUEST", "demand", "NOR", "LKA", "occurred")),
])
def test_genitive_critic_and_an_target(text: str, want: tuple) -> None:
    assert want in found(text)
