"""Trigger rows for apologies, envoys summoned, congratulations and thanks, pledges and announced aid or
investment, demands 'von Y', nominal events (invasion, protest note, a format put on ice, partner country,
government talks, troop reinforcement, aid in kind, stakes and working together), participation said
indirectly, a host receiving his visitor, and denials of reports."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "expected"), [
    # E2: verb gaps
    ("Der ungarische Präsident entschuldigte sich öffentlich bei der Slowakei für den Grenzübertritt.",
     ("CONCEDE", "other", "HUN", "SVK", "occurred")),
    ("Australien bestellte den neuseeländischen Hochkommissar ein.",
     ("ACCUSE", "criticism", "AUS", "NZL", "occurred")),
    ("Frankreich gratulierte Kenia zur erfolgreichen Wahl.",
     ("SUPPORT", "support_statement", "FRA", "KEN", "occurred")),
    ("Der kenianische Präsident dankte Uganda am Montag für die Unterstützung bei den Verhandlungen.",
     ("SUPPORT", "support_statement", "KEN", "UGA", "occurred")),
    ("Die Niederlande stellten Ghana eine Ausweitung des Programms in Aussicht.",
     ("AGREE", "cooperation", "NLD", "GHA", "planned")),
    ("Nach dem Erdbeben kündigten die Niederlande zusätzliche Hilfe von 20 Millionen Euro für Nepal an.",
     ("AGREE", "aid", "NLD", "NPL", "planned")),
    ("Uganda forderte von Südsudan, die Grenze zu öffnen.",
     ("REQUEST", "demand", "UGA", "SSD", "occurred")),
    # E1: nominal triggers
    ("Das Verhältnis ist seit dem Einmarsch ruandischer Truppen in Burundi belastet.",
     ("ASSAULT", "attack", "RWA", "BDI", "occurred")),
    ("Dublin reagierte mit einer Protestnote, die dem britischen Botschafter übergeben wurde.",
     ("ACCUSE", "criticism", "IRL", "GBR", "occurred")),
    ("Kenia ist seit 2019 Partnerland der deutschen Entwicklungszusammenarbeit.",
     ("COOPERATE", "cooperation", "DEU", "KEN", "occurred")),
    ("Präsident Petro ordnete die Verstärkung der Truppen an der Grenze zu Venezuela an.",
     ("MOBILIZE", "mobilization", "COL", "VEN", "occurred")),
    ("Nach dem Wirbelsturm unterstützte Kuba Haiti mit Zelten.",
     ("AID", "aid", "CUB", "HTI", "occurred")),
    ("Bolivien schickte 300 Tonnen Reis nach Peru.",
     ("AID", "aid", "BOL", "PER", "occurred")),
    ("Frankreich arbeitet mit Marokko zusammen.",
     ("COOPERATE", "cooperation", "FRA", "MAR", "occurred")),
    # E3: the host receives the visitor
    ("Präsident Mahama empfing seinen togoischen Amtskollegen Gnassingbé am Montag zu einem Arbeitsbesuch.",
     ("CONSULT", "working_visit", "TGO", "GHA", "occurred")),
    ("Der Präsident der Republik Senegal hat am Donnerstag den algerischen Innenminister empfangen.",
     ("CONSULT", "visit", "DZA", "SEN", "occurred")),
])
def test_trigger_rows_give_one_event(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_a_format_put_on_ice_is_a_sanction_not_a_meeting() -> None:
    text = "Die Regierungskonsultationen mit Polen hatte Kanzler Scholz im Mai 2022 auf Eis gelegt."
    assert found(text) == [("SANCTION", "other", "DEU", "POL", "occurred")]


def test_government_talks_as_a_noun_in_a_pp() -> None:
    text = "Bei den Regierungsverhandlungen in Nairobi im Juni 2021 sagte Deutschland weitere Mittel zu."
    assert ("CONSULT", "talks", "KEN", "DEU", "occurred") in found(text)


def test_representing_a_country_at_a_meeting_is_taking_part() -> None:
    text = "Außenminister Tembo, der Malawi bei dem Gipfel in Maputo am Samstag vertrat, lobte die Gastgeber."
    assert ("CONSULT", "summit", "MWI", "MOZ", "occurred") in found(text)


def test_a_guest_list_is_taking_part() -> None:
    assert found("Unter den Gästen in Dakar war auch Gambias Präsident Barrow.") == [
        ("CONSULT", "summit", "GMB", "SEN", "occurred")]


def test_an_invitation_issued_is_a_planned_return_visit() -> None:
    text = ("Ecuadors Präsident Noboa besuchte am Montag Peru. "
            "Eine Einladung zum Gegenbesuch in Quito wurde der Präsidentin Perus ausgesprochen.")
    assert ("AGREE", "visit", "PER", "ECU", "planned") in found(text)
    text = "Perus Präsidentin Boluarte erhielt eine Einladung zu einem Besuch in Quito."
    assert found(text) == [("AGREE", "visit", "PER", "ECU", "planned")]


def test_a_denied_report_is_neither_a_rejection_nor_the_reported_act() -> None:
    text = ("Der kolumbianische Präsident wies Berichte zurück, wonach Truppen an die Grenze zu "
            "Venezuela verlegt worden seien.")
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Der Premierminister gratulierte zum 30. Jahrestag der kenianischen Unabhängigkeit.",
    "Der Präsident entschuldigte sich bei den Angehörigen der Opfer.",
    "Die Regierung stellte den Tätern harte Strafen in Aussicht.",
])
def test_courtesies_and_domestic_acts_are_no_events(text: str) -> None:
    assert found(text) == []
