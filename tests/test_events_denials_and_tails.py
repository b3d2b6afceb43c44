"""A denial ('stritt die Darstellung Chiles ab', 'bestritt die Vorwürfe Ecuadors') is a rejection; an extradition
('lieferte den Ex-Minister nach Argentinien aus') is cooperation; an import banned with a verb is coercion;
'jede weitere Provokation … beantworten' is a threat; 'ergänzte' and 'fügte … hinzu' name the speaker of a
reported clause before them."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Außenminister Boliviens stritt die Darstellung Chiles ab.", ("REJECT", "rejection", "BOL", "CHL")),
    ("Peru bestritt die Vorwürfe Ecuadors.", ("REJECT", "rejection", "PER", "ECU")),
    ("Chile lieferte den gesuchten Ex-Minister nach Argentinien aus.", ("COOPERATE", "cooperation", "CHL", "ARG")),
    ("Kambodscha untersagte 2021 die Einfuhr von Früchten aus Thailand.", ("SANCTION", "sanction", "KHM", "THA")),
    ("Man werde jede weitere Provokation Armeniens entschieden beantworten, ergänzte der aserbaidschanische Minister.",
     ("THREATEN", "threat", "AZE", "ARM")),
    ("Lima solle seine Rhetorik mäßigen, ergänzte der bolivianische Sprecher.", ("REQUEST", "demand", "BOL", "PER")),
])
def test_denials_extraditions_bans_and_report_tails(text: str, want: tuple[str, str, str, str]) -> None:
    assert [e[:4] for e in found(text)] == [want]


@pytest.mark.parametrize("text", [
    "Die Miliz bestritt jede Beteiligung.",
    "Kenia lieferte Waffen nach Somalia aus.",
])
def test_no_state_denial_and_a_delivery_are_no_rejection_or_extradition(text: str) -> None:
    assert [e for e in found(text) if e[1] in ("rejection", "cooperation")] == []
