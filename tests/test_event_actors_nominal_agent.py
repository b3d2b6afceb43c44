"""A verb's noun form with its object in the genitive and its agent after 'durch' ("die Verurteilung Eritreas
durch Äthiopien"): the durch-phrase acts."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Die Verurteilung Eritreas durch Äthiopien kam nicht überraschend.",
     ("ACCUSE", "criticism", "ETH", "ERI", "occurred"), ("ACCUSE", "criticism", "ERI", "ETH", "occurred")),
    ("Die Ablehnung des Vorschlags Serbiens durch den Kosovo kam nicht überraschend.",
     ("REJECT", "rejection", "XKX", "SRB", "occurred"), ("REJECT", "rejection", "SRB", "XKX", "occurred")),
])
def test_the_durch_phrase_of_a_noun_acts(text: str, want: tuple, wrong: tuple) -> None:
    got = found(text)
    assert want in got
    assert wrong not in got


def test_a_verb_keeps_its_subject_before_durch() -> None:
    got = found("Kenia kritisierte die Besetzung Somalias durch Äthiopien.")
    assert ("ACCUSE", "criticism", "KEN", "ETH", "occurred") in got
