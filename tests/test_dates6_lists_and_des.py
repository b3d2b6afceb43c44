"""A list of years joined by a repeating adverb ("2009 und erneut 2018") gives one event per year; an attributive
phrase opened by "des" before its preposition ("des im Mai 2019 unterzeichneten Abkommens") dates its noun."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events


@pytest.mark.parametrize("adverb", ["erneut", "abermals", "nochmals", "zuletzt"])
def test_a_repeating_adverb_inside_a_list_of_years(adverb: str) -> None:
    found = events(f"Die Außenministerin Norwegens besuchte Vietnam 2013 und {adverb} 2021.")
    assert [d for *_, d, _ in dyads(found)] == ["2013", "2021"]


def test_an_attributive_phrase_opened_by_des_dates_the_agreement() -> None:
    found = events("Am Montag trafen sich die Präsidenten Armeniens und Georgiens. Beide betonten den Wert des im "
                   "Oktober 2018 unterzeichneten Abkommens zwischen Armenien und Georgien.", "2024-03-12")
    assert ("agreement_signed", "2018-10") in [(e.subtype, e.date) for e in found]


def test_a_frame_after_the_list_and_a_semicolon_takes_the_nearest_item_only() -> None:
    found = events("Der Präsident Chiles reiste im April 2011 und erneut im Mai 2019 nach Japan; bei seinem zweiten "
                   "Aufenthalt führte er in Tokio Gespräche mit dem Premierminister Japans.")
    assert [e.date for e in found if e.subtype == "talks"] == ["2019-05"]
