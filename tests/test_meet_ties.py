"""Cooperation told as ties: relations raised to a partnership, a cooperation told by its start, an
embassy that takes up its work or has represented a country since a year (own sentences)."""

from __future__ import annotations

from tests.event_reading import dyads, events, found


def test_relations_raised_to_a_partnership() -> None:
    text = "2010 erhoben Kambodscha und China ihre Beziehungen zur umfassenden strategischen Partnerschaft."
    assert ("COOPERATE", "cooperation", "KHM", "CHN", "occurred") in found(text)
    text = ("Die Beziehungen zwischen Peru und Chile wurden 2019 auf die Ebene einer strategischen "
            "Partnerschaft erhoben.")
    assert ("COOPERATE", "cooperation", "PER", "CHL", "occurred") in found(text)
    assert found("Die Opposition erhob schwere Vorwürfe gegen die Regierung in Lima und Chile.") == []


def test_cooperation_told_by_its_start() -> None:
    assert dyads(events("Die deutsche Entwicklungszusammenarbeit mit Sri Lanka begann 1958.")) == [
        ("cooperation", "DEU", "LKA", "1958", "occurred")]
    assert dyads(events("Die deutsch-mexikanische Energiepartnerschaft besteht seit 2016.")) == [
        ("cooperation", "DEU", "MEX", "2016", "occurred")]


def test_embassy_at_work_or_since_a_year() -> None:
    text = "Die kenianische Botschaft in Berlin nahm im Juli ihre Arbeit auf."
    assert ("COOPERATE", "cooperation", "KEN", "DEU", "occurred") in found(text)
    assert dyads(events("Laos ist seit 1966 mit einer Botschaft in Deutschland vertreten.")) == [
        ("cooperation", "LAO", "DEU", "1966", "occurred")]
    assert found("Deutschland ist mit einer Botschaft in Colombo vertreten.") == []
