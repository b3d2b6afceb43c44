"""An undated text's latest happening may be told as a day after the last one ('Tags darauf', 'am Folgetag'):
that day is the document date, and the act on it is no plan."""

from __future__ import annotations

from chronik.extract.time import document_date, find_times
from tests.event_reading import dyads, events


def test_tags_darauf_sets_the_document_date() -> None:
    text = "Am 3. März 2023 traf die Delegation in Lusaka ein. Tags darauf begannen die Gespräche."
    assert document_date(None, find_times(text), text).value == "2023-03-04"


def test_vortag_does_not_move_it_back() -> None:
    text = "Am 3. März 2023 begannen die Gespräche in Lusaka. Am Vortag war die Delegation eingetroffen."
    assert document_date(None, find_times(text), text).value == "2023-03-03"


def test_signing_the_day_after_is_no_plan() -> None:
    text = ("Am 3. März 2023 traf der Präsident Malawis in Lusaka ein. Tags darauf unterzeichneten Malawi und "
            "Sambia ein Abkommen über den Grenzhandel.")
    found = dyads(events(text, None))
    assert ("agreement_signed", "MWI", "ZMB", "2023-03-04", "occurred") in found, found


def test_full_dateline_is_the_document_date() -> None:
    text = ("Lusaka, 12. März 2019 (AFP) – Der Präsident Malawis traf am 11. März in Lusaka ein. Am Folgetag "
            "begannen die Gespräche.")
    assert document_date(None, find_times(text), text).value == "2019-03-12"
