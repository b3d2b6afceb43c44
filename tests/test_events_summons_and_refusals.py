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


def test_demand_rejected_in_reported_speech_is_a_rejection() -> None:
    text = "Die Präsidentin Malawis sagte am Montag, sie lehne die Forderungen Sambias ab."
    found = [(d[0], d[1], d[2]) for d in dyads(events(text, date="2024-05-08"))]
    assert found == [("rejection", "MWI", "ZMB")]
    text = "Die Regierungen Malawis und Mosambiks wiesen die Forderung Sambias nach einer Entschädigung zurück."
    found = {(d[0], d[1], d[2]) for d in dyads(events(text))}
    assert found == {("rejection", "MWI", "ZMB"), ("rejection", "MOZ", "ZMB")}


def test_demand_made_stays_a_demand() -> None:
    found = [(d[0], d[1], d[2]) for d in dyads(events("Sambia forderte von Malawi eine Entschädigung."))]
    assert found == [("demand", "ZMB", "MWI")]


def test_threat_criticised_is_no_new_threat() -> None:
    found = [(d[0], d[1], d[2]) for d in dyads(events("Lettland verurteilte die jüngsten Drohungen Moskaus scharf."))]
    assert found == [("criticism", "LVA", "RUS")]
    found = [(d[0], d[1], d[2]) for d in dyads(events("Die Drohungen Moskaus gegen Lettland nehmen zu."))]
    assert found == [("threat", "RUS", "LVA")]
