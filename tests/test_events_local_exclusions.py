"""A trigger's exclusion looks at its own phrase, not the whole sentence: 'Abkommen' in a second clause does not
hide a welcome at the airport, 'Unterzeichnung' after 'wo' does not hide an expected visit, and 'Treffen' before
'verständigten sich auf ein Abkommen' does not hide the agreement; the excluded readings stay excluded."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Der Präsident Ghanas wurde am Flughafen von Lomé vom Präsidenten Togos begrüßt; später unterzeichneten beide "
     "ein Abkommen.",
     [("CONSULT", "visit", "GHA", "TGO", "occurred"), ("SUPPORT", "agreement_signed", "GHA", "TGO", "occurred")]),
    ("Der Präsident Perus wird am Montag in Quito erwartet, wo die Unterzeichnung eines Abkommens geplant ist.",
     [("AGREE", "visit", "PER", "ECU", "planned"), ("AGREE", "agreement_signed", "PER", "ECU", "planned")]),
    ("Bei ihrem Treffen in Arusha verständigten sich Kenia und Tansania auf ein Abkommen über den Grenzhandel.",
     [("SUPPORT", "agreement_signed", "KEN", "TZA", "occurred")]),
])
def test_a_second_clause_does_not_hide_an_act(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Kenia und Tansania verständigten sich auf ein Treffen im Mai.", [("AGREE", "meeting", "KEN", "TZA", "planned")]),
    ("Eine Entscheidung des Gerichts in Lima wird für Montag erwartet.", []),
    ("Die Entscheidung Kenias wurde in Kampala vom Präsidenten Ugandas begrüßt.",
     [("SUPPORT", "support_statement", "UGA", "KEN", "occurred")]),
])
def test_the_excluded_readings_stay_excluded(text: str, want: list) -> None:
    assert found(text) == want
