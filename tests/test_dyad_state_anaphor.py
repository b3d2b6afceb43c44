"""A country named by its kind as the opening subject ("Das Land hatte …", "Der Inselstaat …", "Die Junta …") is
the country the sentence before is about, not a country the sentence itself names; an agreement that "followed"
with a partner is the earlier actor's with that partner."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Der Präsident von El Salvador empfing am Montag Gäste. Das Land hatte im März seine Beziehungen zu Taiwan "
     "abgebrochen.", ("SANCTION", "SLV", "TWN"), ("SANCTION", "TWN", "SLV")),
    ("Die Dominikanische Republik sucht neue Partner. Das Land hatte im Mai diplomatische Beziehungen zur "
     "Volksrepublik China aufgenommen.", ("SUPPORT", "DOM", "CHN"), ("SUPPORT", "CHN", "DOM")),
    ("Mali verschärft den Kurs. Die Junta wies am Mittwoch zwei französische Diplomaten aus.",
     ("SANCTION", "MLI", "FRA"), ("SANCTION", "FRA", "MLI")),
    ("Die Lage in Guinea bleibt angespannt. 22.00 Uhr: Die Junta hat ihre Botschafter aus Senegal und Kanada "
     "abberufen.", ("SANCTION", "GIN", "CAN"), ("SANCTION", "CAN", "SEN")),
    ("Katar bemüht sich um Vermittlung. Das Emirat kritisierte am Montag die Angriffe Israels auf Syrien.",
     ("ACCUSE", "QAT", "ISR"), ("ACCUSE", "SYR", "ISR")),
    ("Eritrea schweigt meist. Das Land wies die Vorwürfe Dschibutis am Donnerstag als haltlos zurück.",
     ("REJECT", "ERI", "DJI"), ("REJECT", "DJI", "ERI")),
])
def test_the_state_told_of_before_acts(text: str, want: tuple, wrong: tuple) -> None:
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_an_agreement_that_followed_is_with_the_mit_partner() -> None:
    got = pairs("Nauru hat im Januar die Beziehungen zu Taiwan abgebrochen. Im Mai folgte ein Polizeiabkommen mit "
                "Peking.")
    assert ("SUPPORT", "NRU", "CHN") in got or ("SUPPORT", "CHN", "NRU") in got
    assert ("SUPPORT", "NRU", "TWN") not in got


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Oman und Indien pflegen enge Beziehungen. Der Sultan besuchte Indien 1997 zu einem offiziellen Besuch.",
     ("CONSULT", "OMN", "IND"), ("CONSULT", "IND", "OMN")),
    ("Marokko wirbt um Investitionen. Der König reiste am Montag zu Gesprächen nach Dakar.",
     ("CONSULT", "MAR", "SEN"), ("CONSULT", "SEN", "MAR")),
])
def test_a_leader_named_by_title_alone_is_the_state_told_of(text: str, want: tuple, wrong: tuple) -> None:
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_a_spokesman_of_an_office_is_no_object() -> None:
    got = pairs("Georgien erhebt Vorwürfe gegen Russland. Ein Sprecher des Präsidialamts warf den russischen Behörden "
                "vor, die Grenze zu verschieben.")
    assert ("ACCUSE", "GEO", "RUS") in got
    assert ("ACCUSE", "RUS", "GEO") not in got
