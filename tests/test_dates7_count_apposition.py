"""A count of days from a happening in apposition to a day ("Am 3. Mai 2021, zwei Tage vor dem Besuch …, …") names
that same day again, not one two days earlier; the happening it names lies that many days away."""

from __future__ import annotations

from chronik.extract.time import find_times
from tests.event_reading import dyads, events


def test_the_apposition_is_no_second_time_of_the_sentence() -> None:
    found = events("Am 3. Mai 2021, zwei Tage vor dem Besuch des chinesischen Präsidenten in Astana, unterzeichnete "
                   "Kasachstan mit Russland ein Abkommen.")
    assert [d for d in dyads(found) if d[0] == "agreement_signed"] == [
        ("agreement_signed", "KAZ", "RUS", "2021-05-03", "occurred")]


def test_the_happening_named_before_is_that_many_days_later() -> None:
    found = events("Am 12. März 2019, drei Tage vor dem Angriff Armeniens auf Aserbaidschan, traf der georgische "
                   "Präsident in Baku den aserbaidschanischen Präsidenten.")
    assert ("attack", "ARM", "AZE", "2019-03-15", "occurred") in dyads(found)
    assert ("meeting", "GEO", "AZE", "2019-03-12", "occurred") in dyads(found)


def test_a_happening_named_after_is_that_many_days_earlier() -> None:
    found = events("Am 9. Oktober 2018, vier Tage nach der Unterzeichnung eines Abkommens zwischen Peru und Bolivien, "
                   "besuchte der chilenische Präsident Lima.")
    assert ("agreement_signed", "PER", "BOL", "2018-10-05", "occurred") in dyads(found)
    assert ("visit", "CHL", "PER", "2018-10-09", "occurred") in dyads(found)


def test_a_count_told_on_its_own_still_counts_from_the_day_before() -> None:
    times = find_times("Am 4. Mai 2022 besuchte der peruanische Präsident Chile. Zwei Tage nach dem Besuch reiste der "
                       "bolivianische Präsident nach Chile.")
    assert [t.text for t in times] == ["Am 4. Mai 2022", "Zwei Tage nach dem Besuch"]
    found = events("Am 4. Mai 2022 besuchte der peruanische Präsident Chile. Zwei Tage nach dem Besuch reiste der "
                   "bolivianische Präsident nach Chile.")
    assert ("visit", "BOL", "CHL", "2022-05-06", "occurred") in dyads(found)
