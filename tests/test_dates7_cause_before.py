"""A 'nachdem' clause without a time of its own tells what led to the main clause's act: its act takes the main
clause's time, not the document's date; a time of its own still dates it alone."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_a_nachdem_clause_takes_the_main_clauses_month() -> None:
    found = events("Im Juli 2014 wies Lettland zwei russische Diplomaten aus, nachdem Belarus Lettland scharf "
                   "kritisiert hatte.", "2024-05-10")
    assert ("criticism", "BLR", "LVA", "2014-07", "occurred") in dyads(found)


def test_a_nachdem_clause_takes_the_main_clauses_year() -> None:
    found = events("Kuwait brach 2017 die Beziehungen zu Katar ab, nachdem Demonstranten die kuwaitische Botschaft in "
                   "Bagdad gestürmt hatten.", "2024-05-10")
    assert [d for d in dyads(found) if d[0] == "protest"] == [("protest", "IRQ", "KWT", "2017", "occurred")]


def test_a_nachdem_clause_with_a_time_of_its_own_keeps_it() -> None:
    found = events("Am 4. Mai 2019 wies Ghana einen Diplomaten Nigerias aus, nachdem Nigeria im April 2019 Ghana "
                   "scharf kritisiert hatte.", "2024-05-10")
    assert ("criticism", "NGA", "GHA", "2019-04", "occurred") in dyads(found)
    assert ("expulsion", "GHA", "NGA", "2019-05-04", "occurred") in dyads(found)
