"""A dateline without a year dates the document; a weekday after it counts back from that day."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_weekday_after_a_dateline_counts_back() -> None:
    text = ("Windhoek, 3. Juni (AFP) – Der Präsident Namibias ist am Montag zu einem Staatsbesuch in Botswana "
            "eingetroffen. Beide Länder hatten im Mai 2023 ein Abkommen über Wasser geschlossen.")
    found = dyads(events(text, None))
    # 3 June 2023 is a Saturday: the Monday before it, an arrival that has happened
    assert ("state_visit", "NAM", "BWA", "2023-05-29", "occurred") in found, found


def test_weekday_after_a_full_date_in_an_undated_text_is_the_nearest() -> None:
    text = ("Am Montag, dem 3. März 2025, besuchte der laotische Außenminister Kambodscha. "
            "Am Dienstag traf der laotische Außenminister in Phnom Penh den Premierminister Thailands.")
    found = dyads(events(text, None))
    assert any(d == "2025-03-04" for _, a, b, d, _ in found if "THA" in (a, b)), found
