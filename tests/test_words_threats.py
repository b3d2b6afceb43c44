"""Threats the news makes without 'drohen': a warning that X 'werde' act ('warnte, sein Land werde keine …
dulden'), 'warnt X vor jeder weiteren Militäraktion', an act declared a 'Kriegserklärung', a conditional
consequence ('werde … antworten, sollte X …'), and veiled forms ('werde dafür einen hohen Preis zahlen',
'werde nicht lange auf sich warten lassen'). Two threat cues of one sentence are one threat."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Präsident Marokkos hatte gewarnt, sein Land werde keine Militäroperationen an der Grenze zu Algerien "
     "dulden.", ("THREATEN", "threat", "MAR", "DZA")),
    ("Irans Außenminister warnt Katar vor jeder weiteren Militäraktion.", ("THREATEN", "threat", "IRN", "QAT")),
    ("Die Regierung in Minsk hat Litauen gewarnt: Jede Verletzung der Grenze werde als „Kriegserklärung“ "
     "betrachtet.", ("THREATEN", "threat", "BLR", "LTU")),
    ("Der Präsident Chiles kündigte an, Chile werde mit eigenen Zöllen antworten, sollte Peru an seinem Kurs "
     "festhalten.", ("THREATEN", "threat", "CHL", "PER")),
    ("Der Präsident Aserbaidschans sagte, Armenien werde dafür „einen hohen Preis zahlen“.",
     ("THREATEN", "threat", "AZE", "ARM")),
])
def test_a_threat(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


def test_a_warning_with_two_cues_is_one_threat() -> None:
    text = ("Die Regierung in Minsk hat Litauen gewarnt: Jede Verletzung der Grenze werde als „Kriegserklärung“ "
            "betrachtet.")
    assert len([e for e in found(text) if e[0] == "THREATEN"]) == 1


@pytest.mark.parametrize("text", [
    "Der Innenminister Österreichs warnte, viele der Männer würden bald wieder an der Grenze zu Ungarn aktiv.",
    "Der Präsident Ghanas sagte, die Antwort auf die Einladung Togos werde nicht lange auf sich warten lassen.",
    "Der Präsident Indiens sagte, er werde keine Kompromisse eingehen, auch wenn er einen hohen Preis dafür zahlen "
    "müsse.",
])
def test_no_threat(text: str) -> None:
    assert not [e for e in found(text) if e[0] == "THREATEN"]
