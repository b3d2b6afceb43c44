"""Event readings, round 2: a summons by an official of no stated country, a demand rejected
(own sentences)."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_summoned_diplomat_of_an_embassy_is_the_target() -> None:
    text = ("Helsinki. Das finnische Außenministerium reagierte am Dienstag scharf auf den Vorfall. "
            "Staatssekretärin Aino Leppänen hat den Geschäftsträger der russischen Botschaft einbestellt.")
    found = [(d[0], d[1], d[2]) for d in dyads(events(text, date="2024-05-08"))]
    assert found == [("criticism", "FIN", "RUS")]


def test_summoning_state_named_as_subject_stays_the_source() -> None:
    found = [(d[0], d[1], d[2]) for d in dyads(events("Norwegen bestellte den iranischen Geschäftsträger ein."))]
    assert found == [("criticism", "NOR", "IRN")]
