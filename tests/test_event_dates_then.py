"""'damals', 'seinerzeit': an act told with it happened at the time its own sentence names, even in an attribute."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_seinerzeit_takes_the_attributive_time() -> None:
    found = dyads(events("Die im Juni 2019 von Kenia verhängten Einfuhrzölle hatte Uganda seinerzeit scharf "
                         "kritisiert.", "2024-03-14"))
    assert ("criticism", "UGA", "KEN", "2019-06", "occurred") in found, found


def test_without_the_adverb_the_attribute_dates_nothing() -> None:
    found = dyads(events("Die im Juni 2019 von Kenia verhängten Einfuhrzölle kritisierte Uganda am Montag scharf.",
                         "2024-03-14"))
    assert ("criticism", "UGA", "KEN", "2024-03-11", "occurred") in found, found
