"""A meeting and a signing in one sentence are two events: 'Abkommen' elsewhere in the sentence no longer hides
'traf' (only 'eine Vereinbarung treffen' is no meeting). Also talks resumed ('nahmen die Gespräche wieder auf'),
an invitation accepted (a planned visit, not to a summit) and 'Kritik üben an' with a list of targets."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Präsident Benins traf am Montag den nigerianischen Präsidenten und unterzeichnete ein Abkommen.",
     [("CONSULT", "meeting", "BEN", "NGA", "occurred"), ("SUPPORT", "agreement_signed", "BEN", "NGA", "occurred")]),
    ("Nach dem Besuch des ghanaischen Außenministers in Dakar, bei dem er mit dem senegalesischen Premierminister "
     "zusammentraf, wurde ein Abkommen angekündigt.",
     [("CONSULT", "visit", "GHA", "SEN", "occurred"), ("CONSULT", "meeting", "GHA", "SEN", "occurred")]),
    ("Im Mai nahmen Peru und Kanada die Gespräche über ein Handelsabkommen wieder auf.",
     [("CONSULT", "talks", "PER", "CAN", "occurred")]),
    ("Die Präsidentin Chiles hat eine Einladung ihres Amtskollegen nach Lissabon angenommen.",
     [("AGREE", "visit", "CHL", "PRT", "planned")]),
    ("Harsche Kritik übte die Ministerin Tansanias an den Grenzmanövern Kenias, Ugandas und Ruandas.",
     [("ACCUSE", "criticism", "TZA", "KEN", "occurred"), ("ACCUSE", "criticism", "TZA", "UGA", "occurred"),
      ("ACCUSE", "criticism", "TZA", "RWA", "occurred")]),
])
def test_two_acts_and_new_forms(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "Benin und Nigeria haben ein Abkommen getroffen.",
    "Benin und Nigeria trafen eine Vereinbarung über den Grenzverkehr.",
])
def test_an_agreement_made_is_no_meeting(text: str) -> None:
    assert [e for e in found(text) if e[1] == "meeting"] == []


def test_an_invitation_to_a_summit_accepted_is_no_visit_to_a_third_country() -> None:
    text = "Der Premier Indiens nahm die Einladung zum Gipfel in Tokio an, wo er den US-Präsidenten treffen will."
    assert [e for e in found(text) if e[1] == "visit" and e[3] == "USA"] == []
