"""The year of a year-less date in a story told in the past: a pluperfect month right after the story's date
lies before it in its year; "Noch im März …" goes on with the story of an earlier paragraph, a bare "Im Juni"
there does not."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_a_pluperfect_month_right_after_the_storys_date_is_in_its_year() -> None:
    found = events("Am 8. Dezember 2020 trafen sich die Präsidenten Ruandas und Burundis. Der Präsident Tansanias "
                   "hatte Burundi schon im November besucht.")
    assert ("visit", "TZA", "BDI", "2020-11", "occurred") in dyads(found)


def test_a_pluperfect_month_far_from_the_storys_date_is_the_documents() -> None:
    found = events("Am 8. Dezember 2020 trafen sich die Präsidenten Ruandas und Burundis. Die Gespräche blieben "
                   "ohne Ergebnis. Beobachter sprachen von Stillstand. Der Präsident Tansanias hatte Burundi im Mai "
                   "besucht.")
    assert ("visit", "TZA", "BDI", "2024-05", "occurred") in dyads(found)


def test_noch_im_goes_on_with_the_story_of_an_earlier_paragraph() -> None:
    text = "Am 2. Mai 2018 brach Katar die Beziehungen zu Bahrain ab.\n\n{} reiste der Emir Omans nach Doha."
    assert ("visit", "OMN", "QAT", "2018-05", "occurred") in dyads(events(text.format("Noch im Mai")))
    assert ("visit", "OMN", "QAT", "2024-05", "occurred") in dyads(events(text.format("Im Mai")))
