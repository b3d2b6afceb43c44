"""Stored money facts for `chronik facts`: records, conversion with the user's rate table, a table view.

Conversion uses only a rate file the user gives (nothing is fetched): CSV or TSV lines
`currency,rate_to_target` (a header line and '#' comments are allowed), where
value_in_target = value * rate_to_target.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

FIELDS = ["doc_id", "kind", "value", "currency", "qualifier", "period", "countries", "change", "evidence"]


@dataclass(frozen=True, slots=True)
class RateTable:
    """Rates into one target currency: value_in_target = value * rates[currency]."""

    target: str
    rates: dict[str, float]

    def convert(self, value: float, currency: str | None) -> float | None:
        """`value` in the target currency, or None when the table has no rate for `currency`."""
        if currency == self.target:
            return value
        rate = self.rates.get((currency or "").upper())
        return None if rate is None else value * rate


def load_rates(path: Path, target: str) -> RateTable:
    """Read a CSV/TSV rate file (currency, rate_to_target); raises ValueError naming a bad line."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    delimiter = "\t" if lines and "\t" in lines[0] else ";" if lines and ";" in lines[0] else ","
    rates: dict[str, float] = {}
    for n, cells in enumerate(csv.reader(lines, delimiter=delimiter), 1):
        if len(cells) < 2:
            raise ValueError(f"{path}: line {n} needs currency and rate")
        code, rate = cells[0].strip().upper(), cells[1].strip().replace(",", ".")
        try:
            rates[code] = float(rate)
        except ValueError:
            if n == 1:
                continue  # header
            raise ValueError(f"{path}: line {n}: rate {cells[1]!r} is not a number") from None
    return RateTable(target.upper(), rates)


def fact_record(row: dict[str, Any], rates: RateTable | None = None) -> dict[str, Any]:
    """A stored fact row as the extract format's fact object plus its document id (and conversion)."""
    value = row["value"]
    record: dict[str, Any] = {
        "doc_id": row["doc_id"], "kind": row["kind"],
        "value": int(value) if float(value).is_integer() else value, "currency": row["currency"],
        "qualifier": row["qualifier"], "period": row["period"], "countries": list(row["countries"] or []),
        "change": bool(row["change"]), "evidence": row["evidence"], "start": row["start_char"],
        "end": row["end_char"]}
    if rates is not None:
        record["converted_value"] = rates.convert(value, row["currency"])
        record["converted_currency"] = rates.target
    return record


def csv_rows(records: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows for CSV output (countries joined with spaces)."""
    fields = FIELDS + [f for f in ("converted_value", "converted_currency") if records and f in records[0]]
    rows = [[" ".join(r[f]) if f == "countries" else r[f] for f in fields] for r in records]
    return fields, rows


def _amount(value: float | None, currency: str | None) -> str:
    """A compact German reading of an amount: '3,9 Mrd. USD', '47,3 Mio. USD', '1.200 EUR'."""
    if value is None:
        return "–"
    for factor, word in ((1e9, "Mrd."), (1e6, "Mio.")):
        if abs(value) >= factor:
            number = f"{value / factor:.4g}".replace(".", ",")
            return f"{number} {word} {currency or ''}".strip()
    return f"{value:,.0f} {currency or ''}".replace(",", ".").strip()


def fact_table(records: list[dict[str, Any]]) -> Table:
    """A rich table of fact records, converted values in their own column when present."""
    converted = bool(records) and "converted_value" in records[0]
    table = Table("period", "kind", "amount", "qualifier", "countries", "document", title="facts")
    if converted:
        table.add_column(f"in {records[0]['converted_currency']}")
    for r in records:
        kind = r["kind"] + (" (change)" if r["change"] else "")
        cells = [r["period"] or "–", kind, _amount(r["value"], r["currency"]), r["qualifier"],
                 " ".join(r["countries"]), r["doc_id"]]
        if converted:
            cells.append(_amount(r["converted_value"], r["converted_currency"]))
        table.add_row(*cells)
    return table
