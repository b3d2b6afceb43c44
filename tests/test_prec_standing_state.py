"""A standing state ("Kambodscha ist Partnerland der deutschen Entwicklungszusammenarbeit") tells no
happening; with a start ("ist seit 2019 Partnerland …") it tells the cooperation begun then."""

from __future__ import annotations

from tests.event_reading import dyads, events

LEAD = "Die Beziehungen beider Länder gelten als gut. "


def test_partner_country_without_a_start_is_no_event() -> None:
    assert dyads(events(LEAD + "Kambodscha ist Partnerland der deutschen Entwicklungszusammenarbeit.")) == []
    text = LEAD + "Bolivien ist das größte Partnerland der schwedischen Entwicklungszusammenarbeit."
    assert dyads(events(text)) == []


def test_partner_country_since_a_year_is_cooperation() -> None:
    found = dyads(events(LEAD + "Kambodscha ist seit 2019 Partnerland der deutschen Entwicklungszusammenarbeit."))
    assert found == [("cooperation", "DEU", "KHM", "2019", "occurred")]
