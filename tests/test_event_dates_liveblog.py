"""A live blog's day headings may open with an abbreviated weekday ('Mo., 11. März'); each dates the entries below."""

from __future__ import annotations

from tests.event_reading import dyads, events

BLOG = ("Liveblog: Krise am Horn von Afrika\n\n"
        "Mi., 13. März\n\n"
        "16.40 Uhr: Der Präsident Somalias telefonierte mit dem Präsidenten Kenias.\n\n"
        "Di., 12. März\n\n"
        "20.15 Uhr: Dschibuti bestellte den eritreischen Botschafter ein.\n\n"
        "11.00 Uhr: Die Außenministerin Äthiopiens traf sich in Addis Abeba mit ihrem sudanesischen Amtskollegen.")


def test_entries_take_their_heading_day() -> None:
    found = {(a, b): d for _, a, b, d, _ in dyads(events(BLOG, "2024-03-14"))}
    assert found.get(("SOM", "KEN")) == "2024-03-13", found
    assert found.get(("DJI", "ERI")) == "2024-03-12", found
    assert found.get(("ETH", "SDN")) == "2024-03-12", found
