"""Two acts in one sentence: a side clause opened by 'während' has its own subject (not a preposition's
object), a noun with its verb ('Hilfsgüter … schickte') is a clause, not a bare presupposed act noun, and a
separable summons closed before 'und' ('bestellten … ein und protestierten') is read."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Kanada verhängte Sanktionen gegen Haiti, während Mexiko Hilfsgüter nach Port-au-Prince schickte.",
     [("SANCTION", "sanction", "CAN", "HTI", "occurred"), ("AID", "aid", "MEX", "HTI", "occurred")]),
    ("Während Mexiko Hilfsgüter nach Haiti schickte, verhängte Kanada Sanktionen gegen Haiti.",
     [("AID", "aid", "MEX", "HTI", "occurred"), ("SANCTION", "sanction", "CAN", "HTI", "occurred")]),
    ("Die Philippinen bestellten den chinesischen Botschafter ein und protestierten gegen die Küstenwache.",
     [("ACCUSE", "criticism", "PHL", "CHN", "occurred"), ("PROTEST", "protest", "PHL", "CHN", "occurred")]),
])
def test_two_acts_in_one_sentence(text: str, want: list) -> None:
    assert found(text) == want


def test_an_act_noun_after_a_presupposing_preposition_still_names_no_actor() -> None:
    text = "Nach tödlichen Gefechten an der Grenze hat Pakistan den Botschafter Afghanistans einbestellt."
    assert found(text) == [("ACCUSE", "criticism", "PAK", "AFG", "occurred")]
