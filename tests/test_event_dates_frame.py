"""'Nach der Flut vom 12. Mai 2023 schickte …': a 'nach dem/der' phrase with a dated noun frames its clause."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_after_a_dated_disaster() -> None:
    found = dyads(events("Nach dem Erdbeben vom 6. Februar 2023 lieferte Algerien Hilfsgüter an Tunesien.",
                         "2024-03-14"))
    assert [(s, a, b, (d or "")[:7]) for s, a, b, d, _ in found] == [("aid", "DZA", "TUN", "2023-02")], found


def test_dated_object_noun_still_dates_no_criticism() -> None:
    found = dyads(events("Am Mittwoch kritisierte Tunesien die Erklärung Algeriens vom 6. Februar scharf.",
                         "2024-03-14"))
    assert ("criticism", "TUN", "DZA", "2024-03-13", "occurred") in found, found
