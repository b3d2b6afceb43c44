"""Blame and threats under a condition: 'machte X für den Angriff verantwortlich' (not when a militia is blamed),
'seien mit Morden in Verbindung zu bringen', 'verstießen gegen das Völkerrecht', 'werde sich der Klage … anschließen',
'bedauerte die „völlig ungerechtfertigte“ Entscheidung', and a threat in the conditional mood ('würden dafür
einen Preis zahlen', which the hypothetical cue 'würden' no longer drops)."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Die Regierung in Dhaka machte umgehend Myanmar für den Angriff verantwortlich.",
     ("ACCUSE", "criticism", "BGD", "MMR")),
    ("Agenten Russlands seien mit Morden und Erpressungen in Verbindung zu bringen, sagte der Außenminister "
     "Litauens.", ("ACCUSE", "criticism", "LTU", "RUS")),
    ("Das Außenministerium in Nikosia erklärte, die Bohrungen der Türkei verstießen gegen das Völkerrecht.",
     ("ACCUSE", "criticism", "CYP", "TUR")),
    ("Die Regierung Irlands werde sich der Klage gegen Israel anschließen, sagte der Außenminister.",
     ("ACCUSE", "criticism", "IRL", "ISR")),
    ("Das Außenministerium in Accra bedauerte die „völlig ungerechtfertigte“ Entscheidung Togos.",
     ("ACCUSE", "criticism", "GHA", "TGO")),
    ("Der Präsident Aserbaidschans sagte, Armenien würde dafür „einen hohen Preis zahlen“.",
     ("THREATEN", "threat", "AZE", "ARM")),
])
def test_blame_or_conditional_threat(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in [e[:4] for e in found(text)]


def test_blaming_a_militia_names_no_state() -> None:
    text = "Kenia machte die Miliz al-Shabaab für den Anschlag auf Touristen aus Uganda verantwortlich."
    assert not [e for e in found(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Die Opposition in Canberra warf dem australischen Premierminister vor, Interessen des Landes an Indonesien "
    "verkauft zu haben.",
    "Oppositionsführer Ken Mwale warf dem sambischen Präsidenten vor, das Land ohne Debatte an China zu binden.",
    "Die Regierung Ghanas schloss die Grenze zu Togo. Ein ghanaisches Gericht hatte im Frühjahr mehrere "
    "Geschäftsleute wegen solcher Geschäfte verurteilt.",
])
def test_domestic_critics_and_courts_are_no_state_criticism(text: str) -> None:
    assert not [e for e in found(text) if e[0] == "ACCUSE"]
