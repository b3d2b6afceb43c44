""""am selben Abend", "am selben Tag", "Tags darauf" count from the last day named, not from a background year
told between them; "Am Vortag" in a new paragraph from the story's day; "zum Abschluss des Besuchs" is the last
day of the visit's span."""

from __future__ import annotations

import pytest

from chronik.extract.time import find_times, resolve_times
from chronik.language.text import analyze
from chronik.model import DocDate
from tests.event_reading import events


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("Am Samstag wies Serbien den Botschafter aus. Er hatte die Vereinigung im Jahr 1918 gelobt. Belgrad reagierte "
     "noch am selben Abend.", "2020-11-30", "2020-11-28"),
    ("Am 4. Mai reiste die Präsidentin Perus nach Quito. Beide Länder hatten 1998 Frieden geschlossen. Tags darauf "
     "traf sie den Präsidenten Ecuadors.", "2024-05-10", "2024-05-05"),
    ("Am Dienstag kritisierte Ghana Togo. Die Grenze ist seit dem Jahr 1960 umstritten. Noch am selben Tag bestellte "
     "Togo den Botschafter Ghanas ein.", "2023-10-20", "2023-10-17"),
])
def test_a_same_day_reference_skips_a_background_year(text: str, anchor: str, value: str) -> None:
    times = resolve_times(find_times(text), DocDate(anchor))
    assert times[-1].value == value


def test_am_vortag_in_a_new_paragraph_counts_from_the_storys_day_not_a_nouns_date() -> None:
    text = ("Lima, 12. März 2024. Der Präsident Chiles ist am 11. März 2024 in Peru eingetroffen. Beide erinnerten an "
            "den Umsturzversuch vom 2. Februar. Chile hatte ihn noch am selben Tag verurteilt.\n\nAm Vortag hatte "
            "der Präsident Chiles Ecuador besucht.")
    times = resolve_times(find_times(text), DocDate("2024-03-12"), analyze(text))
    assert [t.value for t in times][-2:] == ["2024-02-02", "2024-03-10"]


@pytest.mark.parametrize("opening", ["Zum Abschluss des Besuchs", "Am letzten Tag des Besuchs"])
def test_the_close_of_a_visit_is_the_last_day_of_its_span(opening: str) -> None:
    found = events(f"Der Präsident Ghanas weilte vom 10. bis 12. April 2024 in Côte d'Ivoire. {opening} "
                   "unterzeichneten Ghana und Côte d'Ivoire ein Abkommen über Kakao.", "2024-04-20")
    assert [e.date for e in found if e.subtype == "agreement_signed"] == ["2024-04-12"]
