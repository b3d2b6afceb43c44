"""An act told as an attributive participle with its agent ('der von Ecuador ausgewiesene mexikanische Botschafter',
'die von Norwegen zugesagte Hilfe für Somalia'): the von-phrase acts, the noun undergoes it, and only the
participle's own phrase tells its status, not the verb of the clause it stands in."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der von Ecuador ausgewiesene mexikanische Botschafter äußerte sich nicht.",
     [("SANCTION", "expulsion", "ECU", "MEX", "occurred")]),
    ("Der von Vietnam einbestellte chinesische Botschafter äußerte sich nicht.",
     [("ACCUSE", "criticism", "VNM", "CHN", "occurred")]),
    ("Der von Ecuador ausgewiesene mexikanische Botschafter soll das Land bis Freitag verlassen.",
     [("SANCTION", "expulsion", "ECU", "MEX", "occurred")]),
    ("Die von Norwegen zugesagte Hilfe für Somalia beläuft sich auf zehn Millionen Kronen.",
     [("AGREE", "aid", "NOR", "SOM", "planned")]),
])
def test_an_attributive_participle_with_its_agent(text: str, want: list) -> None:
    assert found(text) == want


def test_a_finite_verb_keeps_its_clause_status() -> None:
    assert found("Der Präsident Perus kritisierte Chile nicht.") == []
    assert found("Die ausgewiesenen Diplomaten verließen das Land.") == []
