"""A change up to a coming year ('bis 2035 um 3 Milliarden erhöhen') has that year as its period; a debt sum's
part ('entfallen 7 Milliarden auf …') takes the sentence's currency."""

from __future__ import annotations

from chronik.model import RawDocument
from chronik.pipeline import process


def _facts(text: str) -> list[tuple[str, float, str | None, str]]:
    record = process(RawDocument("t", text, "t", meta_date="2024-06-20"))
    return [(f.kind, f.value, f.period, f.currency) for f in record.facts]


def test_a_change_up_to_a_year_has_that_year() -> None:
    assert _facts("Der Vertrag soll die Exporte Norwegens bis 2032 um rund 2 Milliarden Kronen erhöhen.") == \
        [("other", 2e9, "2032", "NOK")]


def test_a_sum_spread_up_to_a_year_has_none() -> None:
    assert _facts("Die EU stellt Jordanien bis 2027 insgesamt 3 Milliarden Euro an Hilfen bereit.") == \
        [("aid", 3e9, None, "EUR")]


def test_a_part_of_a_debt_takes_its_currency() -> None:
    assert _facts("Von den 30 Milliarden Dollar Auslandsschulden Ghanas entfallen 4 Milliarden auf Anleihen.") == \
        [("other", 3e10, None, "USD"), ("other", 4e9, None, "USD")]
