"""Verbs of reaction and stance the lexicon lacked: 'zeigte sich verärgert über', 'stieß in X auf Zustimmung /
Unverständnis' (the place's state reacts), 'versicherte Y seines Beistands', 'trat der Darstellung Y entgegen',
'schlossen einen Liefervertrag', 'nahm Y von seiner schwarzen Liste'."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Präsident Kenias zeigte sich verärgert über das Vorgehen Ugandas.", ("ACCUSE", "criticism", "KEN", "UGA")),
    ("Der Vorschlag Perus stieß in Santiago auf Zustimmung.", ("SUPPORT", "support_statement", "CHL", "PER")),
    ("Die Entscheidung Ghanas stieß in Lomé auf Unverständnis.", ("ACCUSE", "criticism", "TGO", "GHA")),
    ("Der Präsident Lettlands versicherte die Ukraine seines Beistands.",
     ("SUPPORT", "support_statement", "LVA", "UKR")),
    ("Der Außenminister Chiles trat der Darstellung Boliviens entschieden entgegen.",
     ("REJECT", "rejection", "CHL", "BOL")),
    ("Kolumbien und Panama schlossen am Montag einen Liefervertrag über Erdgas.",
     ("SUPPORT", "contract_signed", "COL", "PAN")),
    ("Australien nahm Fidschi am Montag von seiner schwarzen Liste.", ("CONCEDE", "other", "AUS", "FJI")),
])
def test_a_reaction_or_stance(text: str, want: tuple[str, str, str, str]) -> None:
    assert [e[:4] for e in found(text)] == [want]


def test_a_domestic_disappointment_is_no_event() -> None:
    assert found("Der Präsident zeigte sich enttäuscht von der eigenen Mannschaft.") == []
