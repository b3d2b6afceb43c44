"""The period of a yearly sum that starts at a year ('ab 2027') versus a sum spread up to a year ('bis 2029')."""

from __future__ import annotations

from chronik.model import RawDocument
from chronik.pipeline import process


def _facts(text: str) -> list[tuple[str, float, str | None]]:
    record = process(RawDocument("t", text, "t", meta_date="2025-05-01"))
    return [(f.kind, f.value, f.period) for f in record.facts]


def test_a_yearly_sum_from_a_start_year_has_that_year() -> None:
    assert _facts("Norwegen zahlt Mosambik ab 2027 jährlich 120 Millionen Euro Entwicklungshilfe.") == \
        [("aid", 120_000_000, "2027")]


def test_a_sum_spread_up_to_an_end_year_has_no_period() -> None:
    assert _facts("Norwegen stellt Mosambik bis 2029 insgesamt 120 Millionen Euro Entwicklungshilfe bereit.") == \
        [("aid", 120_000_000, None)]
