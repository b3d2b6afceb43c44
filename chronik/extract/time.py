"""Temporal expressions (first pass: full dates and bare years)."""

from __future__ import annotations

import re

from chronik.model import DocDate, TimeExpr

MONTHS = {m: i for i, m in enumerate("januar februar märz april mai juni juli august september oktober "
                                     "november dezember".split(), 1)}
_FULL = re.compile(r"\b(\d{1,2})\.\s*(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def find_times(text: str) -> list[TimeExpr]:
    """Temporal expressions in `text`, absolute ones normalised."""
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL.finditer(text):
        value = f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
        out.append(TimeExpr(m.start(), m.end(), m.group(), value, "day"))
        taken.append(m.span())
    for m in _YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(TimeExpr(m.start(), m.end(), m.group(), m.group(1), "year"))
    return sorted(out, key=lambda t: t.start)


def document_date(meta_date: str | None, times: list[TimeExpr]) -> DocDate:
    """The metadata date, else the latest absolute date in the text (flagged inferred)."""
    if meta_date:
        return DocDate(meta_date)
    values = [t.value for t in times if t.value and not t.relative]
    return DocDate(max(values), inferred=True) if values else DocDate(None)


def resolve_times(times: list[TimeExpr], anchor: DocDate) -> list[TimeExpr]:
    """Relative expressions resolved against the document date (none in this first pass)."""
    return times
