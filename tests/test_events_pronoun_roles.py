"""A pronoun ('er', 'sie', 'seinen') may stand for a person named only by office ("der Außenminister Perus"):
the second event of a sentence told with 'bevor er', 'wo er', 'nachdem sie' is that person's."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Außenminister Perus traf in Brasília seinen brasilianischen Kollegen, bevor er nach Montevideo weiterreiste.",
     [("CONSULT", "meeting", "PER", "BRA", "occurred"), ("CONSULT", "visit", "PER", "URY", "occurred")]),
    ("Der ugandische Präsident kam am Montag in Nairobi an. Er traf dort seinen kenianischen Amtskollegen.",
     [("CONSULT", "visit", "UGA", "KEN", "occurred"), ("CONSULT", "meeting", "UGA", "KEN", "occurred")]),
    ("Die Präsidentin Tansanias reiste nach Maputo, wo sie den Präsidenten Mosambiks traf.",
     [("CONSULT", "visit", "TZA", "MOZ", "occurred"), ("CONSULT", "meeting", "TZA", "MOZ", "occurred")]),
])
def test_a_pronoun_for_a_person_named_by_office(text: str, want: list) -> None:
    assert found(text) == want


def test_a_topic_without_a_pronoun_stays_a_named_person() -> None:
    text = "Die kenianischen Behörden prüfen den Fall. Ein Besuch in Uganda gilt als möglich."
    assert found(text) == []


def test_a_relative_clause_on_a_delegation_from_a_country() -> None:
    text = "Die Delegation aus Bhutan, die am Dienstag in Dhaka eingetroffen war, reiste am Freitag weiter."
    assert found(text) == [("CONSULT", "visit", "BTN", "BGD", "occurred")]
    text = "Die Touristen aus Bhutan, die am Dienstag in Dhaka eingetroffen waren, reisten weiter."
    assert found(text) == []


def test_a_pronoun_with_no_one_named_before_stands_for_the_speaker_after_its_clause() -> None:
    text = "Er habe am Sonntag lange mit dem Präsidenten Senegals telefoniert, sagte der Präsident Mauretaniens."
    assert found(text) == [("CONSULT", "phone_call", "MRT", "SEN", "occurred")]
