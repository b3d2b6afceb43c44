"""Verbal conflict told inside reported speech or by a state's own verb: an accusation only in the quoted clause
('X stünden hinter einem Putschversuch, schrieb Y'), a demand with 'solle … nicht', a state that 'protestierte',
'Vorwürfe aus X' rejected, and two conditional threats of one article that open on 'werde' (both kept)."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die USA stünden hinter einem «Putschversuch», schrieb der Außenminister Nicaraguas.",
     ("ACCUSE", "criticism", "NIC", "USA")),
    ("Frankreich verbreite „Lügen“ über Niger, hieß es aus Niamey.", ("ACCUSE", "criticism", "NER", "FRA")),
    ("Die Diplomaten hätten für iranische Geheimdienste gearbeitet, sagte der Außenminister Schwedens.",
     ("ACCUSE", "criticism", "SWE", "IRN")),
    ("Die Regierung in Monrovia solle die Lage nicht weiter anheizen, sagte der Außenminister Guineas.",
     ("REQUEST", "demand", "GIN", "LBR")),
    ("Die Regierung in Asunción protestierte damals gegen die Abschiebung von Migranten durch Bolivien.",
     ("ACCUSE", "criticism", "PRY", "BOL")),
    ("Die Präsidentin Perus wies Vorwürfe aus Quito zurück, ihre Regierung dulde den Schmuggel.",
     ("ACCUSE", "criticism", "ECU", "PER")),
])
def test_a_reported_or_state_act(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


@pytest.mark.parametrize("text", [
    "Die Geheimdienste Jordaniens und Ägyptens hätten eng zusammengearbeitet, sagte der Minister in Amman.",
    "Gegen die Reform protestierten am Montag Studenten in Bogotá.",
    "Das solle nicht wieder vorkommen, sagte der Trainer der Nationalmannschaft Ghanas.",
])
def test_no_verbal_conflict(text: str) -> None:
    assert not [e for e in found(text) if e[0] in ("ACCUSE", "REQUEST", "PROTEST")]


def test_two_conditional_threats_of_one_article_are_two() -> None:
    text = ("Chile werde scharf reagieren, sollte Peru die Abgabe erheben, sagte der Präsident Chiles. "
            "Chile werde zudem zurückschlagen, falls Peru die Grenze schließe, fügte er hinzu.")
    assert len([e for e in found(text) if e[:4] == ("THREATEN", "threat", "CHL", "PER")]) == 2
