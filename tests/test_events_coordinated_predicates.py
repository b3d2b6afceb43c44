"""Two predicates of one subject joined by 'und' are two clauses with their own acts: a past-tense verb after
'und' ('gegen Chile und drohte Chile') does not join two actors into a list, a threat in the second predicate does
not make the first one's sanction a mere threat, and a signing before 'traf' does not hide the meeting."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Peru verhängte am Montag Sanktionen gegen Chile und drohte Chile mit Konsequenzen.",
     [("SANCTION", "sanction", "PER", "CHL", "occurred"), ("THREATEN", "threat", "PER", "CHL", "occurred")]),
    ("Peru unterzeichnete am Montag ein Abkommen mit Chile und traf den chilenischen Außenminister.",
     [("SUPPORT", "agreement_signed", "PER", "CHL", "occurred"), ("CONSULT", "meeting", "PER", "CHL", "occurred")]),
])
def test_two_predicates_two_acts(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Die EU drohte Russland mit neuen Sanktionen.", [("THREATEN", "sanction", "EUU", "RUS", "planned")]),
    ("Die Entscheidung trafen Benin und Nigeria gemeinsam.", []),
])
def test_a_threatened_sanction_and_a_decision_made_stay_as_they_were(text: str, want: list) -> None:
    assert found(text) == want

