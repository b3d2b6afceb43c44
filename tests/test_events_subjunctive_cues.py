"""Status cues are looked for in the sentence read with its Konjunktiv I verbs as indicative, like the
triggers: an act that is only the content of an accusation told in reported speech ('werfe … vor') is
no act of its own."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Kenia werfe Somalia vor, Truppen an die Grenze verlegt zu haben, sagte ein Sprecher in Nairobi.",
     [("ACCUSE", "criticism", "KEN", "SOM", "occurred")]),
    ("Uganda werfe Ruanda vor, den Rebellen Waffen geliefert zu haben, sagte der Minister.",
     [("ACCUSE", "criticism", "UGA", "RWA", "occurred")]),
])
def test_an_act_inside_a_reported_accusation_is_no_act(text: str, want: list) -> None:
    assert found(text) == want


def test_the_indicative_accusation_reads_alike() -> None:
    assert found("Kenia wirft Somalia vor, Truppen an die Grenze verlegt zu haben.") == [
        ("ACCUSE", "criticism", "KEN", "SOM", "occurred")]
