"""Who acts in a side clause opened by 'während' ("Während Ghana Togo unterstützte": Ghana is the subject; but
"Während Ghanas Vorsitz": the preposition governs the genitive), and a
country in the title of an apposition stands for the person ("Lino Aramburu, der Präsident Perus, besuchte
Bolivien")."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("Während Ghana Togo unterstützte, kritisierte Benin das Vorgehen Nigers.",
     ("SUPPORT", "support_statement", "GHA", "TGO", "occurred")),
    ("Während Ghanas Präsident Togo besuchte, kritisierte Benin das Vorgehen Nigers.",
     ("CONSULT", "visit", "GHA", "TGO", "occurred")),
])
def test_a_conjunction_opens_a_clause_with_its_subject(text: str, want: tuple) -> None:
    assert want in found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Lino Aramburu, der Präsident Perus, besuchte am Montag Bolivien.",
     ("CONSULT", "visit", "PER", "BOL", "occurred")),
    ("Chanda Mwale, Außenministerin Sambias, kritisierte am Dienstag Malawi.",
     ("ACCUSE", "criticism", "ZMB", "MWI", "occurred")),
])
def test_the_country_of_an_apposition_title_stands_for_the_person(text: str, want: tuple) -> None:
    assert want in found(text)


def test_a_preposition_with_a_genitive_still_governs_it() -> None:
    got = found("Während Ghanas Vorsitz kritisierte Benin das Vorgehen Nigers.")
    assert ("ACCUSE", "criticism", "BEN", "NER", "occurred") in got
    assert all(s != "GHA" for _, _, s, _, _ in got)
