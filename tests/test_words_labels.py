"""Criticism told by a label or an evaluative noun: 'bezeichnete X als „unfreundlichen Akt“' (the verb last),
'nennt Y einen «Verräter»' (quoted), 'sprach von einem „Affront“' (also 'sprach man von'), and reproaches in
every form of 'werfen … vor'."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die Regierung in Nairobi hatte das Vorgehen Ugandas am Montag als „völlig inakzeptabel“ bezeichnet.",
     ("ACCUSE", "criticism", "KEN", "UGA")),
    ("Das Außenministerium in Hanoi hat die Manöver Chinas als „bedauerlich“ bezeichnet.",
     ("ACCUSE", "criticism", "VNM", "CHN")),
    ("Der Präsident Nicaraguas nennt den costa-ricanischen Präsidenten einen «Verräter».",
     ("ACCUSE", "criticism", "NIC", "CRI")),
    ("Der Außenminister Kenias sprach von einem „inakzeptablen Vorgehen“ Tansanias.",
     ("ACCUSE", "criticism", "KEN", "TZA")),
    ("In Bangkok sprach man von einem „Verrat“ durch Kambodscha.", ("ACCUSE", "criticism", "THA", "KHM")),
    ("Die Regierungen Estlands und Finnlands werfen Russland vor, Migranten an die Grenze zu bringen.",
     ("ACCUSE", "criticism", "EST", "RUS")),
])
def test_a_label_or_reproach_is_criticism(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


@pytest.mark.parametrize("text", [
    "Der Präsident Ghanas nannte die Gespräche mit Togo „sehr fruchtbar“.",
    "Die Ministerin Kenias sprach von einem „großen Erfolg“ der Gespräche mit Tansania.",
])
def test_praise_is_no_criticism(text: str) -> None:
    assert not [e for e in found(text) if e[0] == "ACCUSE"]
