"""The inferred document date and the year of year-less dates in analyses and reports without a date line:
a year alone or a season with its year moves the story on, a weekday told just before the first full day
counts from it, the present perfect tells what is recent."""

from __future__ import annotations

import pytest

from chronik.model import RawDocument
from chronik.pipeline import process


def read(text: str) -> tuple[str | None, list[tuple[str, str | None, str | None, str | None, str]]]:
    """(doc_date, events as (subtype, source, target, date, status)) of an article without metadata."""
    rec = process(RawDocument("t", text, "test", meta_date=None))
    return rec.doc_date.value, [(e.subtype, e.source.country, e.target.country, e.date, e.status) for e in rec.events]


@pytest.mark.parametrize(("text", "doc_date", "event_date"), [
    ("Analyse\n\nIm Juni 2016 stritten Uruguay und Paraguay über Zölle. Im Mai 2019 folgte ein Treffen. Erst 2023 "
     "kam die Wende. Anfang April besuchte der Präsident Uruguays Paraguay.", "2023-04", "2023-04"),
    ("Rückblick\n\nIm August 2015 reisten Diplomaten Tunesiens nach Rabat. Im Januar 2018 gab es Streit. Das Jahr "
     "2022 brachte die Versöhnung. Am 9. März traf der tunesische Präsident in Rabat den König Marokkos.",
     "2022-03-09", "2022-03-09"),
])
def test_a_year_alone_later_than_the_story_moves_it_on(text: str, doc_date: str, event_date: str) -> None:
    got_date, found = read(text)
    assert got_date == doc_date
    assert found[-1][3] == event_date


def test_a_season_with_its_year_sets_the_year_of_the_months_after_it() -> None:
    got_date, found = read(
        "Kommentar\n\nWer im Frühjahr 2022 vorhergesagt hätte, dass der Präsident Sambias im Juli 2023 in Harare "
        "empfangen würde, wäre verlacht worden. Er hatte im Sommer 2021 die Wahl gewonnen. Im September kritisierte "
        "Sambia Simbabwe scharf.")
    assert got_date == "2023-07"
    assert ("criticism", "ZMB", "ZWE", "2021-09", "occurred") in found


@pytest.mark.parametrize(("text", "doc_date"), [
    ("Estland schließt Konsulat\n\nTALLINN (Reuters) - Estland hat sein Konsulat in Pskow geschlossen, teilte die "
     "Regierung am Sonntag mit. Unbekannte hatten am Freitag, dem 12. Mai 2023, Fenster eingeworfen.", "2023-05-14"),
    ("Kolumbien protestiert\n\nBOGOTÁ (AFP) - Kolumbien hat am Mittwoch den Botschafter Venezuelas einbestellt. "
     "Soldaten waren am Montag, dem 2. September 2024, über die Grenze gekommen.", "2024-09-04"),
])
def test_a_weekday_told_before_the_first_full_day_counts_from_it(text: str, doc_date: str) -> None:
    assert read(text)[0] == doc_date


def test_a_year_less_month_in_the_present_perfect_is_recent() -> None:
    got_date, found = read(
        "„Der Hafen bleibt umstritten“\n\nAnfang Februar 2024 reiste der Präsident Benins nach Niamey. Wir haben "
        "darüber mit einem Fachmann gesprochen.\n\nWoran liegt es?\n\nDer Streit begann 2020. Im November 2022 "
        "schloss Niger die Grenze. Ende März haben sich die Außenminister Benins und Nigers in Cotonou getroffen.")
    assert got_date == "2024-03"
    assert ("meeting", "BEN", "NER", "2024-03", "occurred") in found


def test_a_weekday_with_a_daypart_adjective_joins_its_apposition() -> None:
    got_date, found = read(
        "Anschlag in Kabul\n\nKABUL (dpa) - Usbekistan hat nach dem Anschlag von Afghanistan Aufklärung verlangt. "
        "Der Anschlag hatte sich am frühen Samstagmorgen, dem 9. März 2024, ereignet. Am Montag bestellte Usbekistan "
        "den afghanischen Geschäftsträger ein.")
    assert got_date == "2024-03-11"
