"""A year-less month or season inside the phrase of a planned visit is the next one, not the last one before
the document date; a time before the trigger (when the plan was told) stays as it is."""

from __future__ import annotations

import pytest

from tests.event_reading import dyads, events


@pytest.mark.parametrize(("text", "date"), [
    ("Der Präsident Estlands nahm die Einladung des Präsidenten Finnlands zu einem offiziellen Besuch in Helsinki "
     "im April an.", "2025-04"),
    ("Der Präsident Ghanas nahm eine Einladung des Präsidenten Kenias zu einem Gegenbesuch in Nairobi im Herbst an.",
     "2025"),
])
def test_an_invited_visit_in_a_year_less_month_lies_ahead(text: str, date: str) -> None:
    assert [(d, s) for *_, d, s in dyads(events(text, "2025-02-14"))] == [(date, "planned")]


def test_the_month_a_plan_was_told_in_stays_in_the_past() -> None:
    found = events("Im Januar kündigte der Präsident Tunesiens einen Besuch in Jordanien an.", "2025-02-14")
    assert [(d, s) for *_, d, s in dyads(found)] == [("2025-01", "planned")]


def test_a_month_inside_an_announcing_verb_phrase_stays_in_the_past() -> None:
    found = events("Nach Kürzungen kündigte Japan im März zusätzliche Hilfe für Bangladesch an.", "2025-04-05")
    assert [(d, s) for *_, d, s in dyads(found)] == [("2025-03", "planned")]
