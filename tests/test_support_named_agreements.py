"""An agreement named by the year it was made ('den 2002 geschlossenen Freundschaftsvertrag', 'die 2017 mit X
unterzeichnete Absichtserklärung') is that signing, dated by its own year, also in a clause that suspends or
ends it; one made with rebels is no act between states."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events


@pytest.mark.parametrize(("text", "want"), [
    ("Im Juni 2022 setzte Algerien zudem den 2002 geschlossenen Freundschaftsvertrag mit Spanien aus.",
     ("agreement_signed", "DZA", "ESP", "2002", "occurred")),
    ("Panama werde die 2017 mit Peking unterzeichnete Absichtserklärung nicht verlängern, kündigte der Präsident an.",
     ("agreement_signed", "PAN", "CHN", "2017", "occurred")),
    ("Die im Januar 2024 geschlossene Absichtserklärung zwischen Ghana und Togo kam offen zur Sprache.",
     ("agreement_signed", "GHA", "TGO", "2024-01", "occurred")),
])
def test_agreement_named_by_its_year(text: str, want: tuple) -> None:
    assert want in dyads(events(text))


def test_an_agreement_with_rebels_is_none() -> None:
    text = "Im Januar 2024 hatte Mali das 2015 in Algier unterzeichnete Friedensabkommen mit den Rebellen aufgekündigt."
    assert [d for d in dyads(events(text)) if d[0] == "agreement_signed"] == []


def test_a_further_document_signed_later_in_the_visit_is_its_own_signing() -> None:
    text = ("Am Montag unterzeichneten die Premierminister Polens und Litauens in Warschau ein Abkommen über die "
            "Energieversorgung. Zudem setzten die Außenminister beider Länder ihre Unterschrift unter eine "
            "Absichtserklärung zur Grenzsicherung.")
    assert [(d[0], d[3]) for d in dyads(events(text))] == [("agreement_signed", "2024-06-17"),
                                                            ("agreement_signed", "2024-06-17")]


def test_the_same_documents_told_again_are_one_signing() -> None:
    text = ("Im Zuge des Besuchs unterzeichneten Polen und Litauen zwei Abkommen. Unterzeichnet wurden bei dem "
            "Besuch zwei bilaterale Abkommen: eines zur Energie und eines zur Bildung.")
    assert len([d for d in dyads(events(text)) if d[0] == "agreement_signed"]) == 1
