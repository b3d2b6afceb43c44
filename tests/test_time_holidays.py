"""Fixed holidays, finer seasons and "im Laufe des Jahres": read from data/time_holidays.tsv and time_parts.tsv."""

from __future__ import annotations

import pytest

from chronik.extract.time import find_times, resolve_times
from chronik.model import DocDate
from tests.event_reading import dyads, events


@pytest.mark.parametrize("text, anchor, value", [
    ("Die Präsidentin besuchte zu Weihnachten die Truppen in Mali.", "2024-03-14", "2023-12-25"),
    ("An Silvester telefonierten die beiden Regierungschefs.", "2024-03-14", "2023-12-31"),
    ("Am Tag der Deutschen Einheit empfing der Botschafter Gäste aus Namibia.", "2024-03-14", "2023-10-03"),
    ("Am Tag der Arbeit demonstrierten Tausende in Dhaka.", "2024-06-02", "2024-05-01"),
    ("Das Treffen soll im Frühsommer stattfinden.", "2024-03-14", "2024"),
    ("Im Laufe des Jahres will die Regierung das Abkommen ratifizieren.", "2024-03-14", "2024"),
    ("Im Verlauf des Monats sollen die Gespräche beginnen.", "2024-03-14", "2024-03"),
])
def test_holiday_season_and_whole_unit_values(text: str, anchor: str, value: str) -> None:
    times = resolve_times(find_times(text), DocDate(anchor))
    assert [t.value for t in times] == [value]


def test_holiday_dates_the_event() -> None:
    found = dyads(events("Der Präsident Perus führte an Silvester in Lima Gespräche mit dem Präsidenten Boliviens.",
                         "2024-03-14"))
    assert ("talks", "PER", "BOL", "2023-12-31", "occurred") in found


def test_planned_visit_in_the_course_of_the_year() -> None:
    found = dyads(events("Im Laufe des Jahres will der Außenminister Sambias Angola besuchen.", "2024-03-14"))
    assert [(s, a, b, d, st) for s, a, b, d, st in found if a == "ZMB"] == [("visit", "ZMB", "AGO", "2024", "planned")]
