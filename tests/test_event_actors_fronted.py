"""A clause opening with a thing noun and its genitive actor before the verb ("Das Vorgehen Malawis kritisierte
Sambia") has fronted its object: the actor right after the verb is the subject."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Das Vorgehen Malawis kritisierte Sambia am Dienstag scharf.", ("ACCUSE", "criticism", "ZMB", "MWI", "occurred")),
    ("Die Forderung Boliviens nach einem Meerzugang wies Chile erneut zurück.",
     ("REJECT", "rejection", "CHL", "BOL", "occurred")),
])
def test_the_actor_after_the_verb_is_the_subject(text: str, want: tuple) -> None:
    got = found(text)
    assert want in got
    assert (want[0], want[1], want[3], want[2], want[4]) not in got


@pytest.mark.parametrize("text", ["Die Regierung Perus kritisierte am Montag Chile.",
                                  "Der Präsident Perus kritisierte am Montag Chile."])
def test_an_office_with_its_genitive_stays_the_subject(text: str) -> None:
    assert ("ACCUSE", "criticism", "PER", "CHL", "occurred") in found(text)
