"""A year that belongs to a noun ("den 1995 unter Vermittlung der UN geschlossenen Vertrag", "das Abkommen von
1987", "der Schiedsspruch aus dem Jahr 2018") or a time inside a relative clause dates that noun or clause only,
not the act of the sentence around it."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events


@pytest.mark.parametrize(("text", "want"), [
    ("Am Montag setzte Bolivien den 1992 unter Vermittlung Brasiliens geschlossenen Grenzvertrag mit Peru aus.",
     ("BOL", "PER", "2024-06-17")),
    ("Island wies am Dienstag den 2016 unter großem Protest akkreditierten Botschafter Russlands aus.",
     ("ISL", "RUS", "2024-06-18")),
])
def test_a_year_in_an_attributive_phrase_with_a_prepositional_phrase_dates_only_its_noun(
        text: str, want: tuple[str, str, str]) -> None:
    # the treaty named by its year is also its own signing of that year (tests/test_support_named_agreements.py)
    assert [(s, t, d) for sub, s, t, d, _ in dyads(events(text))
            if (s, t) == want[:2] and sub != "agreement_signed"] == [want]


@pytest.mark.parametrize("text", [
    "Am Dienstag setzte Kamerun das Fischereiabkommen von 2011 mit Nigeria außer Kraft.",
    "Am Dienstag setzte Kamerun den Grenzvertrag aus dem Jahr 2011 mit Nigeria aus.",
])
def test_a_year_after_a_noun_inside_a_verb_phrase_is_the_nouns(text: str) -> None:
    assert [d for _, _, _, d, _ in dyads(events(text))] == ["2024-06-18"]


def test_a_treaty_named_with_its_year_keeps_that_year() -> None:
    assert dyads(events("Die Partnerschaft beruht auf dem Freundschaftsvertrag von 1961 zwischen Ghana und Mali.")) \
        == [("agreement_signed", "GHA", "MLI", "1961", "occurred")]


def test_a_von_an_time_is_a_start_not_an_attribute() -> None:
    assert [d for _, _, _, d, _ in dyads(events("Marokko hatte Algerien von 2021 an wirtschaftlich blockiert."))] \
        == ["2021"]


def test_a_time_inside_a_relative_clause_dates_only_that_clause() -> None:
    found = events("Im Mai 2024 führte Außenminister Jean Kabila, der Kongo von 2015 bis 2020 als Botschafter in "
                   "Lissabon vertreten hatte, politische Konsultationen mit dem portugiesischen Außenminister.")
    assert [e.date for e in found] == ["2024-05"]


@pytest.mark.parametrize("text", [
    "Die Grenzerklärung vom 9. Oktober 2017 unterzeichneten die Präsidenten Boliviens und Perus in La Paz.",
    "Das Protokoll vom 9. Oktober 2017 unterschrieben Bolivien und Peru erst nach langem Zögern.",
])
def test_a_date_that_names_the_document_signed_dates_the_signing(text: str) -> None:
    assert [(e.subtype, e.date) for e in events(text)] == [("agreement_signed", "2017-10-09")]


def test_a_time_in_a_relative_clause_after_a_verbs_object_dates_only_that_clause() -> None:
    found = events("Am Montag sprach der Präsident Zyperns vor dem Parlament in Nikosia. Er dankte Griechenland für "
                   "die Löschflugzeuge, die Athen im vergangenen Sommer nach Limassol entsandt hatte.", "2025-03-12")
    assert [e.date for e in found if e.subtype == "support_statement"] == ["2025-03-10"]


def test_a_relative_clause_after_an_event_noun_dates_it() -> None:
    found = events("Zuvor hatte der Premierminister Chinas am Gipfeltreffen mit Laos teilgenommen, das am 10. Oktober "
                   "in Vientiane stattfand.", "2024-10-20")
    assert [e.date for e in found] == ["2024-10-10"]


def test_a_relative_clause_right_after_the_frame_and_its_verb_dates_it() -> None:
    found = events("Große Bedeutung wurde dem kenianisch-ugandischen Wirtschaftsforum beigemessen, das am 14. März in "
                   "Kampala stattgefunden hatte.", "2024-03-20")
    assert [e.date for e in found] == ["2024-03-14"]
